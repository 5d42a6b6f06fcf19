package dev.logveil.logback;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.logveil.core.internal.json.LogEventView;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A Logback {@link ILoggingEvent} seen through core's {@link LogEventView}, for {@link RedactingJsonEncoder}. Values
 * are passed on raw (core's writer redacts them); the stack trace is Logback's own rendering, so causes, suppressed
 * exceptions and {@code ... N common frames omitted} read as users expect.
 *
 * <p>A failure while reading the event (a key-value whose {@code toString()} throws, say) is told to the
 * {@link FaultReporter} and rethrown, so that the writer writes its masked fallback line.
 */
final class LoggingEventView implements LogEventView {
    /** Markers can reference each other; a cycle must not hang the logging thread. */
    private static final int MAX_MARKER_DEPTH = 8;

    private final ILoggingEvent event;
    private final ThrowableProxyConverter stackTraces;

    LoggingEventView(ILoggingEvent event, ThrowableProxyConverter stackTraces) {
        this.event = event;
        this.stackTraces = stackTraces;
    }

    @Override
    public long epochSecond() {
        return Math.floorDiv(event.getTimeStamp(), 1000L);
    }

    @Override
    public int nanoOfSecond() {
        return (int) Math.floorMod(event.getTimeStamp(), 1000L) * 1_000_000;
    }

    @Override
    public String level() {
        return event.getLevel().toString();
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
        try {
            return event.getFormattedMessage();
        } catch (Throwable e) {
            throw reported(e);
        }
    }

    @Override
    public void forEachContextEntry(BiConsumer<String, String> action) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            mdc.forEach(action);
        }
    }

    @Override
    public void forEachKeyValue(BiConsumer<String, Object> action) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs == null) {
            return;
        }
        for (KeyValuePair pair : pairs) {
            action.accept(pair.key, asWritable(pair.value));
        }
    }

    /** Strings, numbers and booleans go to the writer as they are; anything else is turned to text here. */
    private Object asWritable(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        try {
            return String.valueOf(value);
        } catch (Throwable e) {
            throw reported(e);
        }
    }

    @Override
    public void forEachTag(Consumer<String> action) {
        List<Marker> markers = event.getMarkerList();
        if (markers != null) {
            for (Marker marker : markers) {
                visit(marker, action, 0);
            }
        }
    }

    private static void visit(Marker marker, Consumer<String> action, int depth) {
        if (marker == null || depth > MAX_MARKER_DEPTH) {
            return;
        }
        action.accept(marker.getName());
        for (Iterator<Marker> references = marker.iterator(); references.hasNext();) {
            visit(references.next(), action, depth + 1);
        }
    }

    @Override
    public String throwableClassName() {
        IThrowableProxy proxy = event.getThrowableProxy();
        return proxy == null ? null : proxy.getClassName();
    }

    @Override
    public String throwableMessage() {
        IThrowableProxy proxy = event.getThrowableProxy();
        return proxy == null ? null : proxy.getMessage();
    }

    @Override
    public String stackTrace() {
        if (event.getThrowableProxy() == null) {
            return null;
        }
        try {
            return stackTraces.convert(event);
        } catch (Throwable e) {
            throw reported(e);
        }
    }

    /** The writer reports the fault (rate-limited) and writes a masked fallback; the view only passes it on. */
    private RuntimeException reported(Throwable fault) {
        return fault instanceof RuntimeException ? (RuntimeException) fault : new IllegalStateException(fault);
    }
}
