package dev.logveil.opentelemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OpenTelemetry SDK whose only log record exporter is an in-memory one wrapped in
 * {@link RedactingLogRecordExporter}: what the wrapper hands on is what an OTLP exporter would send.
 */
final class ExportedRecords implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
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

    /**
     * Every exported record as an OTLP/JSON exporter writes its values, one record a line: the body, then each
     * attribute as {@code key=value}, each string a JSON string literal. A record is structured, so a line break
     * inside a value is written escaped and forges no line; joining raw values with line breaks would misrepresent
     * what reaches the collector.
     */
    String text() {
        return records().stream().map(ExportedRecords::renderAsJson).collect(Collectors.joining("\n"));
    }

    static String renderAsJson(LogRecordData record) {
        Value<?> body = record.getBodyValue();
        StringBuilder sb = new StringBuilder(json(body == null ? "" : body.asString()));
        record.getAttributes().forEach((key, value) -> sb.append(' ').append(key.getKey()).append('=')
            .append(json(value)));
        return sb.toString();
    }

    /** One value as a JSON literal. */
    private static String json(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeValue(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Value<?> structured) {
            json.writeString(structured.asString());
        } else if (value instanceof String || value == null) {
            json.writeString((String) value);
        } else {
            // Numbers and booleans are JSON numbers and booleans, as OTLP/JSON writes them.
            json.writeRawValue(String.valueOf(value));
        }
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
