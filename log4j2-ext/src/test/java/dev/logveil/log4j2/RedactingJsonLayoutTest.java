package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.logveil.core.testing.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.core.test.junit.Named;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@LoggerContextSource("redacting-json-layout.xml")
class RedactingJsonLayoutTest {
    private static final String SECRET = SecretSamples.PASSWORD;

    private LoggerContext context;
    private ListAppender list;

    @BeforeEach
    void setUp(LoggerContext context, @Named("JSON") ListAppender list) {
        this.context = context;
        this.list = list.clear();
    }

    @AfterEach
    void clearThreadContext() {
        ThreadContext.clearAll();
    }

    private Logger logger() {
        return context.getLogger("dev.logveil.Checkout");
    }

    private List<Map<String, Object>> events() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : list.getMessages()) {
            assertThat(line).endsWith("\n").doesNotContain(SECRET).doesNotContain(SecretSamples.BEARER);
            events.add(Json.parse(line));
        }
        return events;
    }

    private Map<String, Object> onlyEvent() {
        List<Map<String, Object>> events = events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void writesTheSharedSchemaWithMessageParametersRedacted() {
        logger().info("login user={} password={}", "bob", SECRET);

        Map<String, Object> event = onlyEvent();
        assertThat(event.keySet()).containsExactly("@timestamp", "@version", "message", "logger_name", "thread_name",
            "level", "level_value", "service");
        assertThat(event).contains(entry("@version", "1"), entry("message", "login user=bob password=[REDACTED]"),
            entry("logger_name", "dev.logveil.Checkout"), entry("thread_name", Thread.currentThread().getName()),
            entry("level", "INFO"), entry("level_value", 20000), entry("service", "checkout"));
        assertThat((String) event.get("@timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void writesThreadContextEntriesTopLevelMaskingSensitiveKeysWhole() {
        ThreadContext.put("key_id", SecretSamples.KEY_ID);
        ThreadContext.put("key_origin", "header");
        ThreadContext.put("key_status", "ok");
        ThreadContext.put("request_id", SecretSamples.UUID);
        ThreadContext.put("api_key", "plain" + SECRET);
        ThreadContext.put("pin", "4821");
        ThreadContext.put("upstream", "https://svc:" + SECRET + "@api.internal");

        logger().warn("handled ord_AB12cd34");

        assertThat(onlyEvent()).contains(entry("key_id", SecretSamples.KEY_ID), entry("key_origin", "header"),
            entry("key_status", "ok"), entry("request_id", SecretSamples.UUID), entry("api_key", "[REDACTED]"),
            entry("pin", "[REDACTED]"), entry("upstream", "https://svc:[REDACTED]@api.internal"),
            entry("message", "handled [REDACTED]"), entry("level_value", 30000));
    }

    @Test
    void writesMarkersAndTheThreadContextStackAsTags() {
        Marker audit = MarkerManager.getMarker("AUDIT");
        Marker payment = MarkerManager.getMarker("PAYMENT").setParents(audit);
        ThreadContext.push("checkout-flow");

        logger().info(payment, "charged");

        assertThat(onlyEvent()).containsEntry("tags", List.of("PAYMENT", "AUDIT", "checkout-flow"));
    }

    @Test
    void writesMapMessageEntriesAsFieldsAndItsMessageEntryAsTheMessage() {
        logger().info(new StringMapMessage().with("message", "charged card")
            .with("password", SECRET).with("note", "Authorization: Bearer " + SecretSamples.BEARER)
            .with("order", "1042"));

        assertThat(onlyEvent()).contains(entry("message", "charged card"), entry("password", "[REDACTED]"),
            entry("note", "Authorization: Bearer [REDACTED]"), entry("order", "1042"));
    }

    @Test
    void writesStructuredDataMessageTextAndFields() {
        StructuredDataMessage message = new StructuredDataMessage("audit@1", "user signed in", "Audit");
        message.put("token", SECRET);
        message.put("user", "bob");

        logger().info(message);

        assertThat(onlyEvent()).contains(entry("message", "user signed in"), entry("token", "[REDACTED]"),
            entry("user", "bob"));
    }

    @Test
    void writesTheExceptionRedacted() {
        Exception cause = new IllegalArgumentException("bad token=" + SECRET);
        Exception top = new IllegalStateException("upstream rejected Bearer " + SecretSamples.BEARER, cause);
        top.addSuppressed(new IllegalStateException("cleanup with password=" + SECRET));

        logger().error("payment failed", top);

        Map<String, Object> event = onlyEvent();
        assertThat(event).contains(entry("throwable_class", "java.lang.IllegalStateException"),
            entry("throwable_message", "upstream rejected Bearer [REDACTED]"), entry("level_value", 40000));
        assertThat((String) event.get("stack_trace"))
            .startsWith("java.lang.IllegalStateException: upstream rejected Bearer [REDACTED]")
            .contains("\tat dev.logveil.log4j2.RedactingJsonLayoutTest")
            .contains("Suppressed: java.lang.IllegalStateException: cleanup with password=[REDACTED]")
            .contains("Caused by: java.lang.IllegalArgumentException: bad token=[REDACTED]");
    }

    @Test
    void encodePathWritesTheSameBytesAsToByteArray() {
        Layout<?> layout = list.getLayout();
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("dev.logveil.Checkout").setLevel(Level.INFO)
            .setMessage(new SimpleMessage("retry with api_key=" + SECRET + " " + "x".repeat(300)))
            .setContextData(new SortedArrayStringMap(Map.of("request_id", SecretSamples.UUID)))
            .setThrown(new IllegalStateException("token=" + SECRET)).build();
        SmallBufferDestination destination = new SmallBufferDestination();

        layout.encode(event, destination);

        String encoded = destination.text();
        assertThat(encoded).isEqualTo(new String(layout.toByteArray(event), StandardCharsets.UTF_8))
            .doesNotContain(SECRET);
        assertThat(Json.parse(encoded)).containsEntry("request_id", SecretSamples.UUID);
    }

    @Test
    void reEntryIntoTheLayoutFromAToStringLeavesTheOuterEventIntact() {
        Layout<?> layout = list.getLayout();
        LogEvent inner = Log4jLogEvent.newBuilder().setLoggerName("inner").setLevel(Level.WARN)
            .setMessage(new SimpleMessage("inner password=" + SECRET)).build();
        String[] innerJson = new String[1];
        Object reEntrant = new Object() {
            @Override
            public String toString() {
                innerJson[0] = new String(layout.toByteArray(inner), StandardCharsets.UTF_8);
                return "outer-value";
            }
        };
        LogEvent outer = Log4jLogEvent.newBuilder().setLoggerName("outer").setLevel(Level.INFO)
            .setMessage(new StringMapMessage().with("message", "outer token=" + SECRET).with("detail", reEntrant))
            .build();

        Map<String, Object> outerEvent = Json.parse(new String(layout.toByteArray(outer), StandardCharsets.UTF_8));

        assertThat(outerEvent).contains(entry("logger_name", "outer"), entry("message", "outer token=[REDACTED]"),
            entry("detail", "outer-value"));
        assertThat(Json.parse(innerJson[0])).contains(entry("logger_name", "inner"),
            entry("message", "inner password=[REDACTED]"));
    }

    @Test
    void anEventThatCannotBeWrittenBecomesAMinimalMaskedEvent() {
        Layout<?> layout = list.getLayout();
        Object failing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no toString for password=" + SECRET);
            }
        };
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("outer").setLevel(Level.INFO)
            .setMessage(new StringMapMessage().with("message", "token=" + SECRET).with("detail", failing)).build();
        SmallBufferDestination destination = new SmallBufferDestination();

        String written = new String(layout.toByteArray(event), StandardCharsets.UTF_8);
        layout.encode(event, destination);

        assertThat(written).doesNotContain(SECRET).endsWith("\n");
        assertThat(Json.parse(written)).contains(entry("message", "[REDACTED]"))
            .containsKeys("@timestamp", "logveil_error");
        assertThat(destination.text()).isEqualTo(written);
    }

    @Test
    void manyThreadsLoggingAtOnceEachGetTheirOwnEvent() throws Exception {
        int threads = 8;
        int perThread = 300;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    ThreadContext.put("request_id", "req-" + thread);
                    logger().info("event {} of req-{} password={}", i, thread, SECRET);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Map<String, Object>> events = events();
        assertThat(events).hasSize(threads * perThread);
        for (Map<String, Object> event : events) {
            assertThat((String) event.get("message"))
                .matches("event \\d+ of " + event.get("request_id") + " password=\\[REDACTED]");
        }
    }
}
