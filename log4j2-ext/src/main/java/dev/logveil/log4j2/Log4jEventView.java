package dev.logveil.log4j2;

import dev.logveil.core.internal.json.LogEventView;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.status.Faults;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.util.StringBuilderWriter;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.apache.logging.log4j.util.TriConsumer;

/**
 * Core's read-only {@link LogEventView} over a Log4j2 {@link LogEvent}: it only extracts, the core writer redacts.
 *
 * <ul>
 *   <li>context entries: the ThreadContext map (the event's context data);</li>
 *   <li>key-values: the entries of a {@link MapMessage} or {@link StructuredDataMessage}, except the
 *       {@code message} entry of a {@code MapMessage}, which is its text;</li>
 *   <li>message: the formatted message; for a {@code StructuredDataMessage} its text, for a {@code MapMessage} its
 *       {@code message} entry (none when it has no such entry), so entries are not written twice; for an
 *       {@code ObjectMessage} of a {@code java.util.Map}, the map rendered with each value decided by core's
 *       {@link RedactionPolicy};</li>
 *   <li>tags: the marker's name and its parents' names, then the ThreadContext stack;</li>
 *   <li>stack trace: the JDK's rendering, causes, suppressed exceptions and "... n more" included; when the JDK
 *       cannot render it (a cause chain 20,000 deep overflows the stack), core's bounded chain of types and
 *       redacted messages ({@link Faults#chainText}), so the event is still written whole.</li>
 * </ul>
 *
 * <p>One view is reused per thread by {@link RedactingJsonLayout}; {@link #wrap} and {@link #unwrap} save and restore
 * the previous event, so logging from inside a {@code toString()} while the view is in use leaves it intact.
 */
final class Log4jEventView implements LogEventView {
    /** The {@code MapMessage} entry that holds the text of the event. */
    static final String MESSAGE_KEY = "message";
    /** Guards against a marker graph that loops back on itself. */
    private static final int MAX_MARKER_DEPTH = 16;

    /** Static, non-capturing visitors: visiting the maps allocates nothing. */
    private static final TriConsumer<String, Object, BiConsumer<String, String>> CONTEXT_ENTRY =
        (key, value, action) -> action.accept(key, value == null || value instanceof String
            ? (String) value : String.valueOf(value));
    private static final TriConsumer<String, Object, BiConsumer<String, Object>> KEY_VALUE =
        (key, value, action) -> {
            if (!MESSAGE_KEY.equals(key)) {
                action.accept(key, value);
            }
        };

    private final RedactionPolicy policy;
    private LogEvent event;

    /** A view that renders an {@code ObjectMessage} of a map with each value decided by {@code policy}. */
    Log4jEventView(RedactionPolicy policy) {
        this.policy = policy;
    }

    /** Points the view at {@code next}; returns the event it showed before, to hand back to {@link #unwrap}. */
    LogEvent wrap(LogEvent next) {
        LogEvent previous = event;
        event = next;
        return previous;
    }

    /** Points the view back at the event it showed before {@link #wrap}. */
    void unwrap(LogEvent previous) {
        event = previous;
    }

    @Override
    public long epochSecond() {
        return event.getInstant().getEpochSecond();
    }

    @Override
    public int nanoOfSecond() {
        return event.getInstant().getNanoOfSecond();
    }

    @Override
    public String level() {
        return event.getLevel() == null ? null : event.getLevel().name();
    }

    @Override
    public String loggerName() {
        return event.getLoggerName();
    }

    @Override
    public String threadName() {
        return event.getThreadName();
    }

    @Override
    public String message() {
        Message message = event.getMessage();
        if (message == null) {
            return null;
        }
        if (message instanceof StructuredDataMessage) {
            return ((StructuredDataMessage) message).getFormat();
        }
        if (message instanceof MapMessage) {
            Object text = ((MapMessage<?, ?>) message).getIndexedReadOnlyStringMap().getValue(MESSAGE_KEY);
            return text == null ? null : String.valueOf(text);
        }
        String map = DecidedEvents.objectMapText(message, policy);
        return map != null ? map : message.getFormattedMessage();
    }

    @Override
    public void forEachContextEntry(BiConsumer<String, String> action) {
        if (event.getContextData() != null) {
            event.getContextData().forEach(CONTEXT_ENTRY, action);
        }
    }

    @Override
    public void forEachKeyValue(BiConsumer<String, Object> action) {
        if (event.getMessage() instanceof MapMessage) {
            ((MapMessage<?, ?>) event.getMessage()).forEach(KEY_VALUE, action);
        }
    }

    @Override
    public void forEachTag(Consumer<String> action) {
        if (event.getMarker() != null) {
            visitMarker(event.getMarker(), action, 0);
        }
        ThreadContext.ContextStack stack = event.getContextStack();
        if (stack != null && stack.getDepth() > 0) {
            for (String entry : stack.asList()) {
                action.accept(entry);
            }
        }
    }

    private static void visitMarker(Marker marker, Consumer<String> action, int depth) {
        action.accept(marker.getName());
        if (depth < MAX_MARKER_DEPTH && marker.hasParents()) {
            for (Marker parent : marker.getParents()) {
                visitMarker(parent, action, depth + 1);
            }
        }
    }

    @Override
    public String throwableClassName() {
        return event.getThrown() == null ? null : event.getThrown().getClass().getName();
    }

    @Override
    public String throwableMessage() {
        Throwable thrown = event.getThrown();
        if (thrown == null) {
            return null;
        }
        try {
            return thrown.getMessage();
        } catch (Throwable fault) {
            return "[message unavailable: " + Faults.typeOf(fault) + "]";
        }
    }

    @Override
    public String stackTrace() {
        Throwable thrown = event.getThrown();
        if (thrown == null) {
            return null;
        }
        StringBuilderWriter text = new StringBuilderWriter(2048);
        try (PrintWriter writer = new PrintWriter(text)) {
            thrown.printStackTrace(writer);
        } catch (Throwable fault) {
            // The JDK prints causes recursively: a deep chain overflows the stack. Write what can be written.
            return Faults.chainText(thrown, policy.redactor());
        }
        return text.toString();
    }
}
