package dev.logveil.opentelemetry;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.logs.ConfigurableLogRecordExporterProvider;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;

/**
 * Lets SDK autoconfigure create an in-memory exporter by name ({@code otel.logs.exporter=memory}), as it creates
 * {@code otlp} in production, so the test sees what autoconfigure's exporter is handed.
 */
public final class MemoryLogRecordExporterProvider implements ConfigurableLogRecordExporterProvider {
    /** The exporter autoconfigure created last (a new one each time: closing the SDK shuts its exporter down). */
    static volatile InMemoryLogRecordExporter last;

    @Override
    public LogRecordExporter createExporter(ConfigProperties config) {
        last = InMemoryLogRecordExporter.create();
        return last;
    }

    @Override
    public String getName() {
        return "memory";
    }
}
