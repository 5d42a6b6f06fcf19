package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The wrapper on corpora, per place in a record: core's benign corpus (realistic lines with look-alikes) and every
 * fixture secret family in many surroundings, each as the body, as a string attribute, as {@code exception.message}
 * and inside a string array. Benign records must pass on as the same objects; every secret must go. Prints the
 * figures per family.
 */
class ExporterCorpusTest {
    private static final List<String> SURROUNDINGS = List.of(
        "%s", "value: %s", "value=%s;", "\"%s\"", "'%s'", "(%s)", "{\"field\":\"%s\"}",
        "https://api.example.com/v1?x=%s&y=1", "X-Custom: %s", "err: failed with %s; retrying",
        "line one\n%s\nline three");

    @Test
    void benignRecordsPassOnAsTheSameObjects() throws IOException {
        List<String> lines = benignCorpus();
        List<LogRecordData> records = new ArrayList<>();
        for (String line : lines) {
            records.add(emit(line, Attributes.of(AttributeKey.stringKey("note"), line,
                AttributeKey.stringKey("exception.message"), line,
                AttributeKey.stringArrayKey("log.body.parameters"), List.of(line),
                AttributeKey.stringKey("token_count"), "3")));
        }
        List<LogRecordData> exported = exportThroughWrapper(records);
        int changed = 0;
        for (int i = 0; i < records.size(); i++) {
            if (exported.get(i) != records.get(i)) {
                changed++;
            }
        }
        System.out.printf("benign corpus: %d records (body, 2 string attributes, 1 array), %d changed%n",
            records.size(), changed);
        assertThat(records).hasSizeGreaterThan(30);
        assertThat(changed).isZero();
    }

    @Test
    void everySecretFamilyIsMaskedInEveryPlace() {
        Map<String, int[]> byFamily = new TreeMap<>();
        for (Map.Entry<String, String> family : SecretSamples.BY_DETECTOR.entrySet()) {
            List<LogRecordData> records = new ArrayList<>();
            for (String surrounding : SURROUNDINGS) {
                String text = surrounding.replace("%s", family.getValue());
                records.add(emit(text, Attributes.empty()));
                records.add(emit("clean body", Attributes.of(AttributeKey.stringKey("note"), text)));
                records.add(emit("failed", Attributes.of(AttributeKey.stringKey("exception.message"), text)));
                records.add(emit("tags", Attributes.of(AttributeKey.stringArrayKey("tags"), List.of("a", text))));
            }
            int masked = 0;
            for (LogRecordData record : exportThroughWrapper(records)) {
                String out = ExportedRecords.render(record);
                if (!out.contains(family.getValue())
                    && !out.replace(" ", "").contains(SecretSamples.pieceOf(family.getValue()))) {
                    masked++;
                }
            }
            byFamily.put(family.getKey(), new int[] {masked, records.size()});
        }
        System.out.println("secret families through RedactingLogRecordExporter (masked/planted): " + byFamily
            .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
            .collect(Collectors.joining(", ")));
        assertThat(byFamily.values()).allSatisfy(counts -> assertThat(counts[0]).isEqualTo(counts[1]));
    }

    private static List<LogRecordData> exportThroughWrapper(List<LogRecordData> records) {
        InMemoryLogRecordExporter memory = InMemoryLogRecordExporter.create();
        RedactingLogRecordExporter.wrap(memory).export(records);
        return memory.getFinishedLogRecordItems();
    }

    /** A record as the SDK builds it, from an unwrapped pipeline. */
    private static LogRecordData emit(String body, Attributes attributes) {
        InMemoryLogRecordExporter raw = InMemoryLogRecordExporter.create();
        try (SdkLoggerProvider provider = SdkLoggerProvider.builder()
                .addLogRecordProcessor(SimpleLogRecordProcessor.create(raw)).build()) {
            provider.get("corpus").logRecordBuilder().setBody(body).setAllAttributes(attributes).emit();
            return raw.getFinishedLogRecordItems().get(0);
        }
    }

    private static List<String> benignCorpus() throws IOException {
        try (InputStream in = ExporterCorpusTest.class.getResourceAsStream("/corpus/benign.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toList());
        }
    }
}
