package dev.logveil.opentelemetry;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.internal.status.ThrottledReporter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link LogRecordExporter} that removes secrets from every log record before handing it to the exporter it wraps
 * (OTLP, logging, in-memory...):
 * <ul>
 *   <li>the body, whether a string or a structured value, is redacted;</li>
 *   <li>each string attribute (and each string in an array or structured attribute) is redacted; under a sensitive
 *       attribute name ({@code api_key}, {@code password}, {@code http.request.header.x-api-key}) the value is
 *       masked whole;</li>
 *   <li>{@code exception.message} and {@code exception.stacktrace} are scanned like any other text, so causes and
 *       suppressed exceptions are covered;</li>
 *   <li>a record that holds no secret is passed on as the same object, and a batch with no secret as the same
 *       collection.</li>
 * </ul>
 *
 * <p>Wrapping the exporter, not a {@code LogRecordProcessor}, is what reaches the body: the SDK's records have no body
 * setter. Applications on SDK autoconfigure or the Java agent need no code: this jar registers the wrapper through
 * {@link LogveilAutoConfigurationCustomizerProvider}. Others wrap their exporter themselves:
 * <pre>{@code
 * SdkLoggerProvider.builder()
 *     .addLogRecordProcessor(BatchLogRecordProcessor.builder(
 *         RedactingLogRecordExporter.wrap(OtlpGrpcLogRecordExporter.getDefault())).build())
 *     .build();
 * }</pre>
 *
 * <p>Fails closed: should redacting a record fail, the record is exported with the mask as its body and no
 * attributes, and the fault is reported (at most once a minute) to {@code java.util.logging}, the channel the SDK
 * itself reports on.
 */
public final class RedactingLogRecordExporter implements LogRecordExporter {
    private static final Logger STATUS = Logger.getLogger(RedactingLogRecordExporter.class.getName());

    private final LogRecordExporter delegate;
    private final RecordRedaction redaction;
    private final ThrottledReporter faults =
        new ThrottledReporter(message -> STATUS.log(Level.WARNING, message), Redactor.FAULT_REPORT_INTERVAL_MILLIS);

    private RedactingLogRecordExporter(LogRecordExporter delegate, Redactor redactor) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.redaction = new RecordRedaction(Objects.requireNonNull(redactor, "redactor"));
    }

    /** Wraps {@code exporter} with the built-in detectors, the default key names and the default mask. */
    public static RedactingLogRecordExporter wrap(LogRecordExporter exporter) {
        return wrap(exporter, Redactor.defaults());
    }

    /** Wraps {@code exporter} with a redactor built from the user's options ({@code RedactorConfig}). */
    public static RedactingLogRecordExporter wrap(LogRecordExporter exporter, Redactor redactor) {
        return new RedactingLogRecordExporter(exporter, redactor);
    }

    @Override
    public CompletableResultCode export(Collection<LogRecordData> records) {
        List<LogRecordData> redacted = null;
        int index = 0;
        for (LogRecordData record : records) {
            LogRecordData safe = redactOrWithhold(record);
            if (safe != record && redacted == null) {
                redacted = new ArrayList<>(records.size());
                int copied = 0;
                for (LogRecordData earlier : records) {
                    if (copied++ == index) {
                        break;
                    }
                    redacted.add(earlier);
                }
            }
            if (redacted != null) {
                redacted.add(safe);
            }
            index++;
        }
        return delegate.export(redacted == null ? records : redacted);
    }

    private LogRecordData redactOrWithhold(LogRecordData record) {
        try {
            return redaction.redact(record);
        } catch (RuntimeException | LinkageError e) {
            // A record the wrapper cannot read safely is not exported raw: its text is replaced by the mask.
            faults.report("Logveil could not redact an OpenTelemetry log record (" + e.getClass().getName()
                + "); it was exported with the mask as its body and without attributes");
            return new RedactedLogRecordData(record, redaction.maskedBody(), Attributes.empty());
        }
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }

    /** The exporter this one hands the redacted records to. */
    public LogRecordExporter delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "RedactingLogRecordExporter{" + delegate + '}';
    }
}
