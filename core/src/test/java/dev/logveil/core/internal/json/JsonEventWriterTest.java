package dev.logveil.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class JsonEventWriterTest {
    private static final JsonFactory PARSER = new JsonFactory();
    private final JsonEventWriter writer = new JsonEventWriter(Redactor.defaults(), Map.of("service", "orders"));

    @Test
    void writesTheSchemaFieldsOnOneLine() throws IOException {
        TestEventView event = new TestEventView();
        event.context.put("key_id", "3f2a9c1b0d4e5f67");
        event.context.put("request_id", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        event.keyValues.put("count", 3);
        event.keyValues.put("ok", true);
        event.tags.add("AUDIT");
        String json = writer.toJson(event);
        assertThat(json).endsWith("}\n").doesNotContain("\n{");
        Map<String, Object> fields = parse(json);
        assertThat(fields).containsEntry("@timestamp", "2026-11-18T11:36:39.123Z")
            .containsEntry("@version", "1")
            .containsEntry("message", "order placed")
            .containsEntry("logger_name", "com.example.Orders")
            .containsEntry("thread_name", "main")
            .containsEntry("level", "INFO")
            .containsEntry("level_value", "20000")
            .containsEntry("service", "orders")
            .containsEntry("key_id", "3f2a9c1b0d4e5f67")
            .containsEntry("request_id", "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            .containsEntry("count", "3")
            .containsEntry("ok", "true")
            .containsEntry("tags", "[AUDIT]")
            .doesNotContainKey("stack_trace");
    }

    @Test
    void redactsEveryStringAndMasksSensitiveKeysWhole() throws IOException {
        TestEventView event = new TestEventView();
        event.message = "login password=hunter2";
        event.context.put("api_key", "no-shape-but-secret");
        event.context.put("note", "token=abc123");
        event.keyValues.put("card", 4111111111111111L);
        event.keyValues.put("password", 12345);
        event.throwable = new IllegalStateException("bad Bearer abcdefgh12345678",
            new RuntimeException("jdbc:mysql://u:pw123@db/x"));
        Map<String, Object> fields = parse(writer.toJson(event));
        assertThat(fields).containsEntry("message", "login password=[REDACTED]")
            .containsEntry("api_key", "[REDACTED]")
            .containsEntry("note", "token=[REDACTED]")
            .containsEntry("card", "[REDACTED]1111")
            .containsEntry("password", "[REDACTED]")
            .containsEntry("throwable_class", "java.lang.IllegalStateException")
            .containsEntry("throwable_message", "bad Bearer [REDACTED]");
        assertThat((String) fields.get("stack_trace")).contains("Caused by: java.lang.RuntimeException")
            .contains("u:[REDACTED]@db").doesNotContain("pw123").doesNotContain("abcdefgh12345678");
    }

    @Test
    void collidingContextKeysArePrefixed() throws IOException {
        TestEventView event = new TestEventView();
        event.context.put("message", "from mdc");
        Map<String, Object> fields = parse(writer.toJson(event));
        assertThat(fields).containsEntry("message", "order placed").containsEntry("ctx_message", "from mdc");
    }

    @Test
    void keysAreJudgedTheSameOnEveryEventThoughCheckedOnce() throws IOException {
        // The same key instances on every event, as an MDC holds them: the verdict of the first event must hold.
        TestEventView event = new TestEventView();
        event.context.put("message", "from mdc");
        event.context.put("token=abc123xyz", "v");
        event.context.put("bad\uD800key", "w");
        event.context.put("order_id", "42");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> fields = parse(writer.toJson(event));
            assertThat(fields).containsEntry("ctx_message", "from mdc").containsEntry("token=[REDACTED]", "v")
                .containsEntry("bad\uFFFDkey", "w").containsEntry("order_id", "42");
        }
    }

    @Test
    void namesAreJudgedTheSameOnEveryEventThoughCheckedOnce() throws IOException {
        TestEventView event = new TestEventView();
        for (String[] threadAndWritten : new String[][] {{"worker token=abc123xyz", "worker token=[REDACTED]"},
            {"pool\uDC00", "pool\uFFFD"}, {"http-nio-8080-exec-1", "http-nio-8080-exec-1"}}) {
            event.thread = threadAndWritten[0];
            event.logger = threadAndWritten[0];
            for (int i = 0; i < 3; i++) {
                assertThat(parse(writer.toJson(event))).containsEntry("thread_name", threadAndWritten[1])
                    .containsEntry("logger_name", threadAndWritten[1]);
            }
        }
    }

    @Test
    void outputIsValidJsonForControlCharactersAndBrokenSurrogates() throws IOException {
        TestEventView event = new TestEventView();
        event.message = "a\u0000b\u001bc\nd\"e\\f \uD800 g \uDC00 h \uD83D\uDE00";
        event.context.put("bad\uD800key", "v\u0007");
        Map<String, Object> fields = parse(writer.toJson(event));
        assertThat(fields.get("message")).isEqualTo("a\u0000b\u001bc\nd\"e\\f \uFFFD g \uFFFD h \uD83D\uDE00");
        assertThat(fields).containsEntry("bad\uFFFDkey", "v\u0007");
    }

    @Test
    void reentrantWriteFromInsideAnEventGetsItsOwnGenerator() throws IOException {
        TestEventView inner = new TestEventView();
        inner.message = "inner token=abc";
        List<String> innerJson = new ArrayList<>();
        TestEventView outer = new TestEventView() {
            @Override
            public void forEachContextEntry(BiConsumer<String, String> action) {
                innerJson.add(writer.toJson(inner));
                action.accept("k", "v");
            }
        };
        Map<String, Object> fields = parse(writer.toJson(outer));
        assertThat(fields).containsEntry("k", "v").containsEntry("message", "order placed");
        assertThat(parse(innerJson.get(0))).containsEntry("message", "inner token=[REDACTED]");
    }

    @Test
    void aThreadKeepsNoHugeBufferAfterAHugeEvent() throws IOException {
        TestEventView huge = new TestEventView();
        huge.message = "x".repeat(10 * 1024 * 1024);
        assertThat(writer.toBytes(huge)).hasSizeGreaterThan(10 * 1024 * 1024);
        assertThat(writer.retainedBytes()).as("after the huge event").isZero();

        writer.writeTo(new TestEventView(), new java.io.ByteArrayOutputStream());
        assertThat(writer.retainedBytes()).as("after an ordinary event").isPositive()
            .isLessThanOrEqualTo(JsonEventWriter.MAX_RETAINED_BYTES);
        writer.writeTo(huge, new java.io.ByteArrayOutputStream());
        assertThat(writer.retainedBytes()).as("after a huge event through writeTo").isZero();
    }

    @Test
    void anErrorWhileReadingTheEventIsWrittenAsAMinimalMaskedEventAndReportedByTypeOnly() throws IOException {
        TestEventView broken = new TestEventView() {
            @Override
            public void forEachKeyValue(BiConsumer<String, Object> action) {
                throw new AssertionError("password=hunter2");
            }
        };
        List<String> faults = new ArrayList<>();
        String json = new JsonEventWriter(Redactor.defaults(), Map.of(), faults::add).toJson(broken);
        assertThat(faults).singleElement().asString().contains("java.lang.AssertionError").doesNotContain("hunter2");
        assertThat(parse(json)).containsEntry("message", "[REDACTED]");
    }

    @Test
    void aFailingEventIsWrittenAsAMinimalMaskedEventAndTheWriterRecovers() throws IOException {
        TestEventView broken = new TestEventView() {
            @Override
            public void forEachContextEntry(BiConsumer<String, String> action) {
                action.accept("password", "hunter2");
                throw new IllegalStateException("adapter bug");
            }
        };
        List<String> faults = new ArrayList<>();
        JsonEventWriter reporting = new JsonEventWriter(Redactor.defaults(), Map.of(), faults::add);
        String json = reporting.toJson(broken);
        assertThat(faults).singleElement().asString().contains("IllegalStateException").doesNotContain("hunter2");
        assertThat(json).doesNotContain("hunter2").endsWith("\n");
        assertThat(parse(json)).containsEntry("message", "[REDACTED]").containsKey("logveil_error");
        assertThat(parse(reporting.toJson(new TestEventView()))).containsEntry("message", "order placed");
    }

    @Test
    void aCleanEventAllocatesNothingWhenStreamed() throws IOException {
        TestEventView event = new TestEventView();
        event.context.put("request_id", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);
        for (int i = 0; i < 50_000; i++) {
            sink.reset();
            writer.writeTo(event, sink);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            sink.reset();
            writer.writeTo(event, sink);
        }
        long perEvent = (threads.getCurrentThreadAllocatedBytes() - before) / 10_000;
        assertThat(perEvent).as("bytes allocated per clean event written to a stream").isLessThan(16);
    }

    @Test
    void writeToStreamsTheSameBytes() throws IOException {
        TestEventView event = new TestEventView();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(event, out);
        assertThat(out.toByteArray()).isEqualTo(writer.toBytes(event));
    }

    @Test
    void fingerprintModeMasksSensitiveKeysWithAFingerprint() throws IOException {
        Redactor redactor = new RedactorConfig().setFingerprint(true).build(null);
        TestEventView event = new TestEventView();
        event.context.put("session_id", "abc");
        Map<String, Object> fields = parse(new JsonEventWriter(redactor, null).toJson(event));
        assertThat((String) fields.get("session_id")).matches("\\[REDACTED:[0-9a-f]{12}]");
    }

    @Test
    void manyThreadsWriteWholeIndependentLines() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            results.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    TestEventView event = new TestEventView();
                    event.message = "thread " + id + " event " + i;
                    Map<String, Object> fields = parse(writer.toJson(event));
                    if (!event.message.equals(fields.get("message"))) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (Future<Boolean> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
    }

    /** Parses one JSON object into field name to text (arrays as {@code [a, b]}), checking it is well formed. */
    static Map<String, Object> parse(String json) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser parser = PARSER.createParser(json.getBytes(StandardCharsets.UTF_8))) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(parser.getText());
                    }
                    fields.put(name, items.toString());
                } else {
                    fields.put(name, parser.getText());
                }
            }
            assertThat(parser.nextToken()).as("one object per line").isNull();
        }
        return fields;
    }
}
