package dev.logveil.opentelemetry;

import dev.logveil.core.redact.Redactor;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps every log record exporter that OpenTelemetry's SDK autoconfigure (or the Java agent, which runs the same
 * autoconfigure) creates in a {@link RedactingLogRecordExporter}. Found through
 * {@code META-INF/services/io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider}: putting the
 * jar on the class path, or passing it to the agent with {@code -Dotel.javaagent.extensions=...}, is all it takes.
 *
 * <p>Options are read from {@code otel.logveil.*} (see {@code docs/opentelemetry.md}); an invalid option is logged as
 * a warning that names it and its value, and the wrapper still starts with the safe default for it.
 */
public final class LogveilAutoConfigurationCustomizerProvider implements AutoConfigurationCustomizerProvider {
    private static final Logger STATUS = Logger.getLogger(LogveilAutoConfigurationCustomizerProvider.class.getName());

    @Override
    public void customize(AutoConfigurationCustomizer autoConfiguration) {
        autoConfiguration.addLogRecordExporterCustomizer(LogveilAutoConfigurationCustomizerProvider::wrap);
    }

    private static LogRecordExporter wrap(LogRecordExporter exporter, ConfigProperties config) {
        if (!OtelRedactionOptions.enabled(config)) {
            STATUS.info("otel.logveil.enabled=false: OpenTelemetry log records are exported without redaction");
            return exporter;
        }
        if (exporter instanceof RedactingLogRecordExporter) {
            return exporter;
        }
        Redactor redactor = OtelRedactionOptions.redactor(config, problem -> STATUS.log(Level.WARNING, problem));
        return RedactingLogRecordExporter.wrap(exporter, redactor);
    }
}
