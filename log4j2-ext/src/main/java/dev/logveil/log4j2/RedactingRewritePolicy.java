package dev.logveil.log4j2;

import dev.logveil.core.internal.event.EventValues;
import dev.logveil.core.event.RedactedThrowable;
import dev.logveil.core.redact.Redactor;
import java.util.Map;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ReusableMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;

/**
 * A rewrite policy for Log4j2's {@code Rewrite} appender that forwards a redacted copy of each event, for appenders
 * that read the event object themselves instead of a layout's text (OpenTelemetry's, Sentry's, Kafka's):
 *
 * <pre>{@code
 * <Rewrite name="SAFE">
 *   <AppenderRef ref="OTEL"/>
 *   <RedactingRewritePolicy/>
 * </Rewrite>
 * }</pre>
 *
 * <p>The copy carries the redacted message (a {@code MapMessage} stays one, each value redacted or, under a sensitive
 * key, masked whole; any other message becomes a {@code SimpleMessage} of the redacted text, so its parameters are
 * gone), the redacted context data, and a redacted copy of the thrown exception ({@link RedactedThrowable}). An event
 * with no secret is forwarded as it is. Options as on every Logveil layout: {@code mask}, {@code fingerprint},
 * {@code sensitiveKeys}, {@code disable}, {@code enable} and nested {@code <RedactionRule>}.
 *
 * <p>If building the copy fails, the event is forwarded with the mask as its whole message and without context data
 * or exception, and a rate-limited warning goes to the {@code StatusLogger}.
 */
@Plugin(name = RedactingRewritePolicy.PLUGIN_NAME, category = Core.CATEGORY_NAME, elementType = "rewritePolicy",
    printObject = true)
public final class RedactingRewritePolicy implements RewritePolicy {
    static final String PLUGIN_NAME = "RedactingRewritePolicy";

    private final Redactor redactor;
    private final PluginStatus status = new PluginStatus(PLUGIN_NAME);

    private RedactingRewritePolicy(Redactor redactor) {
        this.redactor = redactor;
    }

    /** A builder, as Log4j2's configuration uses it. */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The redactor this policy applies. */
    public Redactor getRedactor() {
        return redactor;
    }

    @Override
    public LogEvent rewrite(LogEvent source) {
        try {
            return redactedCopy(source);
        } catch (RuntimeException | LinkageError e) {
            status.runtimeFault("building the redacted event failed; forwarded the mask instead", e);
            return new Log4jLogEvent.Builder(source).setMessage(new SimpleMessage(redactor.mask()))
                .setContextData(new SortedArrayStringMap()).setThrown(null).setThrownProxy(null).build();
        }
    }

    private LogEvent redactedCopy(LogEvent source) {
        Message message = source.getMessage();
        Message redactedMessage = message(message);
        ReadOnlyStringMap context = source.getContextData();
        StringMap redactedContext = contextData(context);
        Throwable thrown = source.getThrown();
        Throwable redactedThrown = RedactedThrowable.of(thrown, redactor);
        if (redactedMessage == message && redactedContext == null && redactedThrown == thrown) {
            return source;
        }
        // A reusable message (garbage-free mode) is refilled by the next event of this thread: the copy needs its own.
        Message ownMessage = redactedMessage instanceof ReusableMessage
            ? ((ReusableMessage) redactedMessage).memento() : redactedMessage;
        Log4jLogEvent.Builder copy = new Log4jLogEvent.Builder(source).setMessage(ownMessage);
        if (redactedContext != null) {
            copy.setContextData(redactedContext);
        }
        if (redactedThrown != thrown) {
            copy.setThrown(redactedThrown).setThrownProxy(null);
        }
        return copy.build();
    }

    private Message message(Message message) {
        if (message == null) {
            return null;
        }
        if (message instanceof MapMessage) {
            return mapMessage((MapMessage<?, ?>) message);
        }
        String formatted = message.getFormattedMessage();
        String redacted = redactor.redact(formatted);
        return redacted == formatted ? message : new SimpleMessage(redacted);
    }

    /** A {@code MapMessage} keeps its entries, each redacted (or masked whole under a sensitive key). */
    private Message mapMessage(MapMessage<?, ?> message) {
        Map<String, ?> data = message.getData();
        boolean changed = false;
        for (Map.Entry<String, ?> entry : data.entrySet()) {
            changed |= EventValues.underKey(entry.getKey(), entry.getValue(), redactor) != entry.getValue();
        }
        if (!changed) {
            return message;
        }
        MapMessage<?, Object> copy = new MapMessage<>();
        data.forEach((key, value) -> copy.with(key, EventValues.underKey(key, value, redactor)));
        return copy;
    }

    /** The redacted copy of the context data, or {@code null} when nothing in it changes. */
    private StringMap contextData(ReadOnlyStringMap context) {
        if (context == null || context.isEmpty()) {
            return null;
        }
        Map<String, String> map = context.toMap();
        Map<String, String> redacted = EventValues.contextMap(map, redactor);
        if (redacted == map) {
            return null;
        }
        StringMap copy = new SortedArrayStringMap(redacted.size());
        redacted.forEach(copy::putValue);
        return copy;
    }

    @Override
    public String toString() {
        return PLUGIN_NAME + "[mask=" + redactor.mask() + "]";
    }

    /** Builds a {@link RedactingRewritePolicy} from the shared redaction options. */
    public static final class Builder extends RedactingLayoutBuilder<Builder, RedactingRewritePolicy> {
        private Builder() {
        }

        @Override
        public RedactingRewritePolicy build() {
            return new RedactingRewritePolicy(buildRedactor(PLUGIN_NAME));
        }
    }
}
