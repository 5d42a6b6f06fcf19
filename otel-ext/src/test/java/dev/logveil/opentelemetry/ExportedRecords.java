package dev.logveil.opentelemetry;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OpenTelemetry SDK whose only log record exporter is an in-memory one wrapped in
 * {@link RedactingLogRecordExporter}: what the wrapper hands on is what an OTLP exporter would send.
 */
final class ExportedRecords implements AutoCloseable {
    private final InMemoryLogRecordExporter memory = InMemoryLogRecordExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setLoggerProvider(SdkLoggerProvider.builder()
            .addLogRecordProcessor(SimpleLogRecordProcessor.create(RedactingLogRecordExporter.wrap(memory)))
            .build())
        .build();

    OpenTelemetrySdk sdk() {
        return sdk;
    }

    void clear() {
        memory.reset();
    }

    List<LogRecordData> records() {
        return memory.getFinishedLogRecordItems();
    }

    /** Every exported record as text: its body, then each attribute as {@code key=value}, one record a line. */
    String text() {
        return records().stream().map(ExportedRecords::render).collect(Collectors.joining("\n"));
    }

    static String render(LogRecordData record) {
        StringBuilder sb = new StringBuilder();
        sb.append(record.getBodyValue() == null ? "" : record.getBodyValue().asString());
        record.getAttributes().forEach((key, value) -> sb.append(' ').append(key.getKey()).append('=').append(value));
        return sb.toString();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
