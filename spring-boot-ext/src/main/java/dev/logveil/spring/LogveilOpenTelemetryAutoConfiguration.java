package dev.logveil.spring;

import dev.logveil.opentelemetry.RedactingLogRecordExporter;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Redacts Spring Boot's own OpenTelemetry log export: when the OpenTelemetry SDK and {@code logveil-opentelemetry}
 * are on the class path, every {@link LogRecordExporter} bean is wrapped in a {@link RedactingLogRecordExporter}.
 * {@code logging.logveil.enabled=false} turns it off with the rest of the starter.
 */
@AutoConfiguration
@ConditionalOnClass({LogRecordExporter.class, RedactingLogRecordExporter.class})
@ConditionalOnProperty(prefix = LogveilProperties.PREFIX, name = "enabled", matchIfMissing = true)
public class LogveilOpenTelemetryAutoConfiguration {

    /** Static, as a post-processor bean must be, so that it does not pull this configuration in early. */
    @Bean
    static LogRecordExporterRedactionPostProcessor logveilLogRecordExporterRedactionPostProcessor(
            Environment environment) {
        return new LogRecordExporterRedactionPostProcessor(environment);
    }
}
