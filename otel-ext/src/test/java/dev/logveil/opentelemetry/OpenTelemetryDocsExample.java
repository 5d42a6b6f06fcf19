package dev.logveil.opentelemetry;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;

/** The code of docs/opentelemetry.md, compiled and run by {@link OpenTelemetryDocsTest}. */
final class OpenTelemetryDocsExample {
    private OpenTelemetryDocsExample() {
    }

    /** The SDK path: the application builds its own SDK and wraps its exporter (OTLP in production). */
    static OpenTelemetrySdk sdkWithRedaction(LogRecordExporter otlpExporter) {
        // tag::sdk[]
        Redactor redactor = new RedactorConfig()
            .setSensitiveKeys("customer_pin")
            .build(problem -> System.err.println("Logveil: " + problem));
        SdkLoggerProvider loggerProvider = SdkLoggerProvider.builder()
            .addLogRecordProcessor(BatchLogRecordProcessor.builder(
                RedactingLogRecordExporter.wrap(otlpExporter, redactor)).build())
            .build();
        OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder().setLoggerProvider(loggerProvider).build();
        // end::sdk[]
        return openTelemetry;
    }
}
