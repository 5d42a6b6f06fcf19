package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.core.test.junit.Named;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@LoggerContextSource("redacting-pattern-layout.xml")
class RedactingPatternLayoutTest {
    private static final String NL = System.lineSeparator();
    private static final String SECRET = SecretSamples.PASSWORD;

    private LoggerContext context;
    private ListAppender list;

    @BeforeEach
    void setUp(LoggerContext context, @Named("LIST") ListAppender list) {
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

    @Test
    void redactsTheMessageAndKeepsTheRestOfTheLine() {
        logger().info("login user={} password={}", "bob", SECRET);

        assertThat(list.getMessages()).containsExactly("INFO  Checkout [] - login user=bob password=[REDACTED]" + NL);
    }

    @Test
    void writesACleanLineExactlyAsPatternLayoutWould() {
        ThreadContext.put("user", "alice");
        logger().warn("order {} shipped to {} in {} ms", 1042, "Berlin", 37);

        assertThat(list.getMessages()).containsExactly("WARN  Checkout [alice] - order 1042 shipped to Berlin in 37 ms"
            + NL);
    }

    @Test
    void threadAndLoggerNamesAreRedactedOnEveryLineAndStillMeetTheMessageBesideThem(
            @Named("NAMES") ListAppender names) throws InterruptedException {
        names.clear();
        Thread leaky = new Thread(() -> {
            context.getLogger("orders").info("first");
            context.getLogger("orders").info("second");
        }, "worker token=" + SECRET);
        leaky.start();
        leaky.join();
        // Clean names are checked once and then skipped; the logger name still reads as the key of the message.
        String main = Thread.currentThread().getName();
        context.getLogger("orders").info("plain");
        context.getLogger("password").info("hunter2");

        assertThat(names.getMessages()).containsExactly(
            "INFO  [worker token=[REDACTED]] orders=first" + NL,
            "INFO  [worker token=[REDACTED]] orders=second" + NL,
            "INFO  [" + main + "] orders=plain" + NL,
            "INFO  [" + main + "] password=[REDACTED]" + NL);
    }

    @Test
    void aCleanNameThatForgesALineIsEscapedOnEveryLineThoughCheckedOnce(@Named("NAMES") ListAppender names)
            throws InterruptedException {
        names.clear();
        Thread forging = new Thread(() -> {
            context.getLogger("orders").info("first");
            context.getLogger("orders").info("second");
        }, "worker\nINFO  [main] admin");
        forging.start();
        forging.join();

        assertThat(names.getMessages()).containsExactly(
            "INFO  [worker\\nINFO  [main] admin] orders=first" + NL,
            "INFO  [worker\\nINFO  [main] admin] orders=second" + NL);
    }

    @Test
    void redactsThreadContextValues() {
        ThreadContext.put("user", "https://svc:" + SECRET + "@api.internal");
        logger().info("called upstream");

        assertThat(String.join("", list.getMessages())).doesNotContain(SECRET)
            .contains("[https://svc:[REDACTED]@api.internal]");
    }

    @Test
    void redactsTheExceptionTheLayoutAppendsWhenThePatternHasNone() {
        Exception cause = new IllegalArgumentException("bad token=" + SECRET);
        Exception top = new IllegalStateException("upstream rejected Bearer " + SecretSamples.BEARER, cause);
        top.addSuppressed(new IllegalStateException("cleanup with password=" + SECRET));

        logger().error("payment failed", top);

        String out = String.join("", list.getMessages());
        assertThat(out).doesNotContain(SECRET).doesNotContain(SecretSamples.BEARER)
            .contains("ERROR Checkout [] - payment failed")
            .contains("java.lang.IllegalStateException: upstream rejected Bearer [REDACTED]")
            .contains("Caused by: java.lang.IllegalArgumentException: bad token=[REDACTED]")
            .contains("Suppressed: java.lang.IllegalStateException: cleanup with password=[REDACTED]")
            .contains("at dev.logveil.log4j2.RedactingPatternLayoutTest");
    }

    @Test
    void appliesExtraSensitiveKeysExemptKeysAndCustomRules() {
        logger().info("verify pin=4821 sms_otp=991204 for ord_AB12cd34 monkey_token=ok1");

        assertThat(list.getMessages()).containsExactly(
            "INFO  Checkout [] - verify pin=[REDACTED] sms_otp=[REDACTED] for ord_[hidden] monkey_token=ok1" + NL);
    }

    @Test
    void appliesMaskFingerprintDisableAndEnable(@Named("FINGERPRINT") ListAppender fingerprinted) {
        Logger logger = context.getLogger("fingerprint");
        logger.info("card 4111 1111 1111 1111 mail bob@example.com password={}", SECRET);
        logger.info("password={}", SECRET);

        List<String> lines = fingerprinted.getMessages();
        assertThat(lines.get(0))
            .matches("card 4111 1111 1111 1111 mail \\*{3}:[0-9a-f]{12} password=\\*{3}:[0-9a-f]{12}\\R")
            .doesNotContain(SECRET).doesNotContain("bob@example.com");
        assertThat(lines.get(1)).as("the same secret gets the same fingerprint")
            .isEqualTo(lines.get(0).substring(lines.get(0).indexOf("password=")));
    }

    @Test
    void encodePathWritesTheSameBytesAsToByteArray() {
        Layout<?> layout = list.getLayout();
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("dev.logveil.Checkout").setLevel(Level.INFO)
            .setMessage(new SimpleMessage("retry with api_key=" + SECRET + " at once, " + "x".repeat(300)))
            .setThrown(new IllegalStateException("token=" + SECRET)).build();
        SmallBufferDestination destination = new SmallBufferDestination();

        layout.encode(event, destination);

        String encoded = destination.text();
        assertThat(encoded).isEqualTo(new String(layout.toByteArray(event), StandardCharsets.UTF_8))
            .doesNotContain(SECRET).contains("api_key=[REDACTED]").contains("token=[REDACTED]");
    }

    @Test
    void guardEscapesLineBreaksInTheMessageButNotInTheStackTrace(@Named("GUARDED") ListAppender guarded) {
        Logger logger = context.getLogger("guarded");
        logger.warn("user input: bob\nINFO forged \u001b[31mline password=" + SECRET,
            new IllegalStateException("boom"));

        String out = String.join("", guarded.getMessages());
        assertThat(out).startsWith("WARN  - user input: bob\\nINFO forged \\u001b[31mline password=[REDACTED]" + NL)
            .doesNotContain(SECRET)
            .contains("java.lang.IllegalStateException: boom" + NL + "\tat ");
    }

    @Test
    void reEntrantLoggingFromToStringIsWrittenAndRedacted() {
        Object reEntrant = new Object() {
            @Override
            public String toString() {
                logger().info("inner password={}", SECRET);
                return "outer-arg";
            }
        };

        logger().info("outer {} token={}", reEntrant, SECRET);

        String out = String.join("", list.getMessages());
        assertThat(out).doesNotContain(SECRET)
            .contains("INFO  Checkout [] - inner password=[REDACTED]" + NL)
            .contains("INFO  Checkout [] - outer outer-arg token=[REDACTED]" + NL);
    }

    @Test
    void manyThreadsLoggingAtOnceGetTheirOwnLinesRedacted() throws Exception {
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
                    ThreadContext.put("user", "t" + thread);
                    logger().info("event {}-{} password={} done", thread, i, SECRET);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> lines = list.getMessages();
        assertThat(lines).hasSize(threads * perThread);
        for (String line : lines) {
            assertThat(line).matches("INFO  Checkout \\[t(\\d)] - event \\1-\\d+ password=\\[REDACTED] done\\R");
        }
    }

    @Test
    @UsingStatusListener
    void aFailingEventIsWrittenAsLevelLoggerAndMaskAndReported(ListStatusListener status) {
        // Log4j2 formats most messages before the appender; a message that fails only inside the layout is
        // handed to the layout the configuration built, on both of its paths.
        Message failing = new SimpleMessage("never shown") {
            @Override
            public String getFormattedMessage() {
                throw new IllegalStateException("formatting failed for password=" + SECRET);
            }

            @Override
            public void formatTo(StringBuilder buffer) {
                getFormattedMessage();
            }
        };
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("dev.logveil.Checkout").setLevel(Level.ERROR)
            .setMessage(failing).build();
        Layout<?> layout = list.getLayout();
        SmallBufferDestination destination = new SmallBufferDestination();

        String written = new String(layout.toByteArray(event), StandardCharsets.UTF_8);
        layout.encode(event, destination);

        assertThat(written).isEqualTo("ERROR dev.logveil.Checkout [REDACTED]" + NL);
        assertThat(destination.text()).isEqualTo(written);
        assertThat(status.findStatusData(Level.WARN).map(StatusData::getFormattedStatus))
            .anySatisfy(message -> assertThat(message).contains("RedactingPatternLayout: formatting an event failed")
                .contains("java.lang.IllegalStateException").doesNotContain(SECRET));
    }
}
