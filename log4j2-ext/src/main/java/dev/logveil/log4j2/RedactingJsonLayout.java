package dev.logveil.log4j2;

import dev.logveil.core.internal.json.JsonEventWriter;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.options.StaticFields;
import dev.logveil.core.redact.Redactor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.util.Constants;
import org.apache.logging.log4j.core.util.KeyValuePair;

/**
 * One JSON object per line, every string redacted, in the schema the Logback {@code RedactingJsonEncoder} writes too
 * (both call core's {@link JsonEventWriter}), so a fleet that mixes the two back ends ships one format:
 * {@code @timestamp}, {@code @version}, {@code message}, {@code logger_name}, {@code thread_name}, {@code level},
 * {@code level_value}, the ThreadContext entries and {@code MapMessage} entries top-level ({@code key_id},
 * {@code key_origin}, {@code key_status}, {@code request_id}, ...), {@code tags} (markers and the ThreadContext
 * stack), {@code throwable_class}, {@code throwable_message}, {@code stack_trace}.
 *
 * <pre>{@code
 * <RedactingJsonLayout sensitiveKeys="pin">
 *   <KeyValuePair key="service" value="checkout"/>
 * </RedactingJsonLayout>
 * }</pre>
 *
 * <p>This class only adapts: {@link Log4jEventView} reads the event, the core writer redacts and writes. On the
 * {@link #encode} path the writer's per-thread buffer is copied straight into the appender's buffer. Immutable and
 * thread-safe; built by {@link Builder}. The writer never throws and never writes raw text: an event it cannot
 * write becomes a minimal JSON event with the mask as its message.
 */
@Plugin(name = RedactingJsonLayout.PLUGIN_NAME, category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE,
    printObject = true)
public final class RedactingJsonLayout extends AbstractStringLayout {
    /** The element name users write in {@code log4j2.xml}. */
    public static final String PLUGIN_NAME = "RedactingJsonLayout";

    private static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private final JsonEventWriter writer;
    private final Redactor redactor;
    private final RedactionPolicy policy;
    private final Map<String, String> additionalFields;
    private final PluginStatus status = new PluginStatus(PLUGIN_NAME);
    /** Per-thread view and stream, when Log4j2 allows thread-locals (not in web applications). */
    private final ThreadLocal<Scratch> scratch = Constants.ENABLE_THREADLOCALS ? new ThreadLocal<>() : null;

    private RedactingJsonLayout(Builder builder, Redactor redactor, Map<String, String> additionalFields) {
        super(builder.getConfiguration(), StandardCharsets.UTF_8, null, null);
        this.redactor = redactor;
        this.policy = RedactionPolicy.of(redactor);
        this.additionalFields = Collections.unmodifiableMap(additionalFields);
        this.writer = new JsonEventWriter(redactor, additionalFields,
            message -> PluginStatus.LOGGER.warn(PLUGIN_NAME + ": " + message));
    }

    /** A builder, as Log4j2's configuration uses it. */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The redactor this layout applies. */
    public Redactor getRedactor() {
        return redactor;
    }

    /** The static fields written on every event, in order. */
    public Map<String, String> getAdditionalFields() {
        return additionalFields;
    }

    @Override
    public byte[] toByteArray(LogEvent event) {
        Scratch s = scratch();
        LogEvent previous = s.view.wrap(event);
        try {
            return writer.toBytes(s.view);
        } finally {
            s.view.unwrap(previous);
        }
    }

    @Override
    public String toSerializable(LogEvent event) {
        return new String(toByteArray(event), StandardCharsets.UTF_8);
    }

    @Override
    public void encode(LogEvent event, ByteBufferDestination destination) {
        Scratch s = scratch();
        LogEvent previousEvent = s.view.wrap(event);
        ByteBufferDestination previousDestination = s.stream.destination;
        s.stream.destination = destination;
        try {
            writer.writeTo(s.view, s.stream);
        } catch (IOException e) {
            // The stream below only hands bytes to Log4j2's destination, which does not throw IOException.
            status.runtimeFault("writing an event failed", e);
        } finally {
            s.stream.destination = previousDestination;
            s.view.unwrap(previousEvent);
        }
    }

    private Scratch scratch() {
        if (scratch == null) {
            return new Scratch(policy);
        }
        Scratch s = scratch.get();
        if (s == null) {
            s = new Scratch(policy);
            scratch.set(s);
        }
        return s;
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String toString() {
        return PLUGIN_NAME + additionalFields;
    }

    /** One thread's reusable view of the event being written and stream onto its destination. */
    private static final class Scratch {
        final Log4jEventView view;
        final DestinationStream stream = new DestinationStream();

        Scratch(RedactionPolicy policy) {
            view = new Log4jEventView(policy);
        }
    }

    /** Hands the writer's bytes to Log4j2's destination in one call, so an event is never interleaved. */
    private static final class DestinationStream extends OutputStream {
        ByteBufferDestination destination;

        @Override
        public void write(int b) {
            destination.writeBytes(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            destination.writeBytes(bytes, offset, length);
        }
    }

    /**
     * Builds a {@link RedactingJsonLayout}. Validates in {@link #build()}: invalid redaction options and invalid
     * {@code <KeyValuePair>} fields are reported as errors naming the layout and the value, and the layout is still
     * built without them.
     */
    public static final class Builder extends RedactingLayoutBuilder<Builder, RedactingJsonLayout> {
        @PluginElement("AdditionalField")
        private KeyValuePair[] additionalFields;

        private Builder() {
        }

        /** Static fields written on every event, e.g. {@code service} and {@code environment}; not redacted. */
        public Builder setAdditionalFields(KeyValuePair... additionalFields) {
            this.additionalFields = additionalFields;
            return this;
        }

        @Override
        public RedactingJsonLayout build() {
            Redactor redactor = buildRedactor(PLUGIN_NAME);
            return new RedactingJsonLayout(this, redactor, validFields());
        }

        private Map<String, String> validFields() {
            StaticFields fields = new StaticFields("KeyValuePair", "KeyValuePair");
            if (additionalFields != null) {
                for (KeyValuePair field : additionalFields) {
                    if (field != null) {
                        fields.add(field.getKey(), field.getValue(),
                            problem -> PluginStatus.configurationError(PLUGIN_NAME, problem));
                    }
                }
            }
            return fields.asMap();
        }
    }
}
