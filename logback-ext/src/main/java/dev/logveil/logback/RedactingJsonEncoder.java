package dev.logveil.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import dev.logveil.core.internal.json.JsonEventWriter;
import dev.logveil.core.internal.options.StaticFields;
import dev.logveil.core.redact.Redactor;
import java.util.Map;

/**
 * Writes each event as one line of JSON (UTF-8), every string redacted:
 *
 * <pre>{@code
 * <encoder class="dev.logveil.logback.RedactingJsonEncoder">
 *   <additionalField><key>service</key><value>checkout</value></additionalField>
 * </encoder>
 * }</pre>
 *
 * <p>The field names are logstash-logback-encoder's defaults ({@code @timestamp}, {@code @version}, {@code message},
 * {@code logger_name}, {@code thread_name}, {@code level}, {@code level_value}, MDC entries and SLF4J key-value pairs
 * as top-level fields, {@code tags} for markers, {@code throwable_class}, {@code throwable_message},
 * {@code stack_trace}), so existing Logstash, Filebeat, Fluent Bit, Vector and Elasticsearch pipelines read it
 * unchanged. MDC and key-value entries whose key names a secret are masked whole; {@code key_id}, {@code key_origin},
 * {@code key_status} and {@code request_id} come out as top-level fields like any MDC entry.
 *
 * <p>Options: the redaction vocabulary ({@code mask}, {@code fingerprint}, {@code sensitiveKeys}, {@code disable},
 * {@code enable}, {@code <rule>}) and static fields ({@code <additionalField>} elements with {@code key} and
 * {@code value}, as Log4j2's {@code <KeyValuePair>}, or an {@code additionalFields} comma list of {@code key=value}).
 * Invalid options (a blank, reserved or repeated key) are reported as ERROR statuses and left out; the encoder still
 * starts. The
 * output is valid JSON for any input; an event that cannot be written becomes a line holding the mask, reported as a
 * rate-limited WARN status.
 */
public class RedactingJsonEncoder extends EncoderBase<ILoggingEvent> {
    private static final String NAME = "RedactingJsonEncoder";

    private final RedactionOptions options = new RedactionOptions();
    private final StaticFields staticFields = new StaticFields("<additionalField>", "<additionalFields>");
    /** Until {@link #start()}: the defaults, so that an event reaching an unstarted encoder is still redacted. */
    private JsonEventWriter writer = new JsonEventWriter(Redactor.defaults(), Map.of());
    private ThrowableProxyConverter stackTraces = new ThrowableProxyConverter();

    /** See {@link RedactingPatternLayout#setMask}. */
    public void setMask(String mask) {
        options.setMask(mask);
    }

    /** See {@link RedactingPatternLayout#setFingerprint}. */
    public void setFingerprint(boolean fingerprint) {
        options.setFingerprint(fingerprint);
    }

    /** See {@link RedactingPatternLayout#setSensitiveKeys}. */
    public void setSensitiveKeys(String commaList) {
        options.setSensitiveKeys(commaList);
    }

    /** See {@link RedactingPatternLayout#setNonSensitiveKeys}. */
    public void setNonSensitiveKeys(String commaList) {
        options.setNonSensitiveKeys(commaList);
    }

    /** See {@link RedactingPatternLayout#setDisable}. */
    public void setDisable(String commaList) {
        options.setDisable(commaList);
    }

    /** See {@link RedactingPatternLayout#setEnable}. */
    public void setEnable(String commaList) {
        options.setEnable(commaList);
    }

    /** See {@link RedactingPatternLayout#addRule}. */
    public void addRule(RedactionRule rule) {
        options.addRule(rule);
    }

    /** The same as {@code <rule>}, under the name of Log4j2's {@code <RedactionRule>}: {@code <redactionRule>}. */
    public void addRedactionRule(RedactionRule rule) {
        addRule(rule);
    }

    /** Adds a field written on every event ({@code <additionalField><key/><value/></additionalField>}). */
    public void addAdditionalField(AdditionalField field) {
        if (field != null) {
            staticFields.add(field.getKey(), field.getValue(), this::reportField);
        }
    }

    /** Fields written on every event, as a comma list of {@code key=value}. */
    public void setAdditionalFields(String commaList) {
        staticFields.addAll(commaList, this::reportField);
    }

    private void reportField(String problem) {
        addError(NAME + ": " + problem);
    }

    @Override
    public void start() {
        writer = new JsonEventWriter(options.build(this, NAME), staticFields.asMap(),
            message -> addWarn(NAME + ": " + message));
        boolean packagingData = getContext() instanceof LoggerContext
            && ((LoggerContext) getContext()).isPackagingDataEnabled();
        stackTraces = packagingData ? new ExtendedThrowableProxyConverter() : new ThrowableProxyConverter();
        stackTraces.setContext(getContext());
        stackTraces.start();
        super.start();
    }

    @Override
    public void stop() {
        if (stackTraces != null) {
            stackTraces.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return writer.toBytes(new LoggingEventView(event, stackTraces));
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
