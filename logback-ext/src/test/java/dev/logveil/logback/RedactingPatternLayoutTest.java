package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactingPatternLayoutTest {
    private LogbackFixture logback;

    @AfterEach
    void stop() {
        if (logback != null) {
            logback.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENCODER", "LAYOUT"})
    void secretsAreGoneFromEveryChannelAndIdentifiersSurvive(String appender) {
        logback = LogbackFixture.configure("layout/channels.xml");
        Logger log = logback.logger("com.example.Checkout");
        logback.mdc().put("password", "correct horse battery staple");
        logback.mdc().put("request_id", Secrets.REQUEST_ID);
        logback.mdc().put("key_id", Secrets.KEY_ID);
        logback.mdc().put("session", "Bearer " + Secrets.JWT);

        log.atWarn()
            .setMessage("login for {} with password={} from https://bob:{}@db.example.com trace {}")
            .addArgument("bob").addArgument(Secrets.PASSWORD).addArgument(Secrets.URL_PASSWORD)
            .addArgument(Secrets.UUID)
            .addKeyValue("api_key", "plain words that look harmless")
            .addKeyValue("note", "aws " + Secrets.AWS_KEY)
            .setCause(nestedFailure())
            .log();

        String out = logback.output(appender);
        assertThat(out).doesNotContain(Secrets.ALL).doesNotContain("correct horse", "plain words");
        assertThat(out).contains("login for bob with password=[REDACTED] from https://bob:[REDACTED]@db.example.com")
            .contains(Secrets.UUID, Secrets.REQUEST_ID, Secrets.KEY_ID)
            .contains("pw: [REDACTED] |")
            .contains("api_key=\"[REDACTED]\"")
            // the exception Logback appends by itself: type, causes, suppressed and frames are kept
            .contains("java.lang.IllegalStateException: checkout failed for order 42")
            .contains("Caused by: java.lang.RuntimeException: upstream said token [REDACTED]")
            .contains("Suppressed: java.io.IOException: cleanup failed")
            .contains("second line of the message, api_key=[REDACTED]")
            .contains("at dev.logveil.logback.RedactingPatternLayoutTest.nestedFailure")
            .containsPattern("\\.\\.\\. \\d+ common frames omitted");
    }

    @Test
    void aCleanLineIsExactlyWhatTheStockLayoutWrites() {
        logback = LogbackFixture.configure("layout/channels.xml");
        Logger log = logback.logger("com.example.Checkout");
        logback.mdc().put("request_id", Secrets.REQUEST_ID);
        log.atInfo().setMessage("order {} shipped").addArgument(Secrets.UUID).addKeyValue("items", 3).log();
        log.error("no secret here", new IllegalStateException("plain failure", new IOException("disk full")));

        String stock = logback.output("STOCK");
        assertThat(stock).contains("plain failure", "Caused by: java.io.IOException: disk full");
        assertThat(logback.output("ENCODER")).isEqualTo(stock);
        assertThat(logback.output("LAYOUT")).isEqualTo(stock);
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void optionsApplyMaskKeysDetectorsRulesAndTheInjectionGuard() {
        logback = LogbackFixture.configure("layout/options.xml");
        Logger log = logback.logger("options");
        logback.mdc().put("customer_pin", "4242");

        log.info("pin customer_pin=1234 sms_otp=998877 order os-0123456789abcdef emp-123456 card {} monkey_token=ok1",
            Secrets.CARD);
        log.info("forged\nERROR fake line\u2028and more token " + Secrets.GITHUB_TOKEN);

        String[] lines = logback.output("OUT").split(System.lineSeparator());
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
            .startsWith("pin customer_pin=*** sms_otp=*** order os-**** emp-###### card " + Secrets.CARD
                + " monkey_token=ok1")
            .contains("| pin: *** |");
        assertThat(lines[1]).startsWith("forged\\nERROR fake line\\u2028and more token ***")
            .doesNotContain(Secrets.GITHUB_TOKEN);
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void aKeyWrittenAsPatternTextStillMarksTheValueAfterIt() {
        logback = LogbackFixture.configure("layout/literal-key.xml");
        logback.mdc().put("opaque", "plainvalue");
        logback.logger("literal").info("done");

        assertThat(logback.output("OUT")).matches("\\d\\d:\\d\\d:\\d\\d INFO  api_key=\\[REDACTED] done\\R");
    }

    @Test
    void threadAndLoggerNamesAreRedactedOnEveryLineAndStillMeetTheMessageBesideThem() throws InterruptedException {
        logback = LogbackFixture.configure("layout/names.xml");
        Thread leaky = new Thread(() -> {
            logback.logger("orders").info("first");
            logback.logger("orders").info("second");
        }, "worker token=" + Secrets.GITHUB_TOKEN);
        leaky.start();
        leaky.join();
        // Clean names are checked once and then skipped; the logger name still reads as the key of the message.
        logback.logger("orders").info("plain");
        logback.logger("password").info("hunter2");

        String[] lines = logback.output("OUT").split(System.lineSeparator());
        assertThat(lines).containsExactly(
            "INFO  [worker token=[REDACTED]] orders=first",
            "INFO  [worker token=[REDACTED]] orders=second",
            "INFO  [main] orders=plain",
            "INFO  [main] password=[REDACTED]");
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void aCleanNameThatForgesALineIsEscapedOnEveryLineThoughCheckedOnce() throws InterruptedException {
        logback = LogbackFixture.configure("layout/names.xml");
        Thread forging = new Thread(() -> {
            logback.logger("orders").info("first");
            logback.logger("orders").info("second");
        }, "worker\nINFO  [main] admin");
        forging.start();
        forging.join();

        String[] lines = logback.output("OUT").split(System.lineSeparator());
        assertThat(lines).containsExactly(
            "INFO  [worker\\nINFO  [main] admin] orders=first",
            "INFO  [worker\\nINFO  [main] admin] orders=second");
    }

    @Test
    void eachNameConverterJudgesItsOwnTextSoATruncatedNameIsCheckedAgain() throws InterruptedException {
        logback = LogbackFixture.configure("layout/names-truncated.xml");
        // The whole name holds no secret (the key id does not start a word); its last 20 characters are one.
        Thread thread = new Thread(() -> logback.logger("names").info("done"), "xAKIAZLOGVEIL0FAKE0ID");
        thread.start();
        thread.join();

        assertThat(logback.output("OUT")).isEqualTo("[xAKIAZLOGVEIL0FAKE0ID] [[REDACTED]] done"
            + System.lineSeparator());
    }

    @Test
    void aTruncatedMessageIsRedactedBeforeItIsCut() {
        logback = LogbackFixture.configure("layout/options.xml");
        logback.logger("options").info("tok " + Secrets.GITHUB_TOKEN);

        String shortForm = logback.output("OUT").split("\\| short: ")[1].trim();
        assertThat(shortForm).isEqualTo("tok ***");
        assertThat(logback.output("OUT")).doesNotContain("ghp_");
    }

    @Test
    void badOptionsAreReportedWithTheValueAndTheEncoderStillRedacts() {
        logback = LogbackFixture.configure("layout/bad-options.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingPatternLayoutEncoder: disable: unknown detector")
                .contains("'jwtt'"))
            .anySatisfy(m -> assertThat(m).contains("enable: unknown detector 'telepathy'"))
            .anySatisfy(m -> assertThat(m).contains("rule 'broken'").contains("'(unclosed'"));
        logback.logger("bad").info("jwt {} pw password={}", Secrets.JWT, Secrets.PASSWORD);
        assertThat(logback.output("OUT")).isEqualTo("jwt [REDACTED] pw password=[REDACTED]" + System.lineSeparator());
    }

    @Test
    void anEmptyPatternIsReportedAndTheDefaultPatternIsUsed() {
        logback = LogbackFixture.configure("layout/empty-pattern.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR))
            .anySatisfy(m -> assertThat(m).isEqualTo("RedactingPatternLayoutEncoder: <pattern> is empty; using the"
                + " default pattern '" + RedactingPatternLayout.DEFAULT_PATTERN + "'"))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingPatternLayout: <pattern> is empty"));
        logback.logger("empty").info("token {}", Secrets.GITHUB_TOKEN);
        for (String appender : new String[] {"OUT", "LAYOUT"}) {
            assertThat(logback.output(appender)).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  "
                + "\\[[^]]+] empty - token \\[REDACTED]\\R");
        }
    }

    @Test
    void anUnparsablePatternIsReportedAndTheDefaultPatternIsUsed() {
        logback = LogbackFixture.configure("layout/unparsable-pattern.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR)).anySatisfy(m -> assertThat(m)
            .startsWith("RedactingPatternLayoutEncoder: <pattern> '%msg %d{' cannot be parsed"));
        logback.logger("unparsable").info("token {}", Secrets.GITHUB_TOKEN);
        assertThat(logback.output("OUT")).contains("unparsable - token [REDACTED]");
    }

    @Test
    void aFaultWhileFormattingWritesTheMaskOnceReportsOnceAndNeverThrows() {
        logback = LogbackFixture.configure("layout/faulty-converter.xml");
        Logger log = logback.logger("faulty");

        assertThatCode(() -> {
            log.info("before");
            log.info("explode {}", Secrets.PASSWORD);
            log.info("explode again");
            log.info("after");
        }).doesNotThrowAnyException();

        String nl = System.lineSeparator();
        assertThat(logback.output("OUT"))
            .isEqualTo("INFO before ok" + nl + "[REDACTED]" + nl + "[REDACTED]" + nl + "INFO after ok" + nl);
        List<String> warnings = logback.messagesAtLeast(Status.WARN);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("RedactingPatternLayoutEncoder: formatting an event failed "
            + "(java.lang.IllegalStateException)").doesNotContain(Secrets.PASSWORD);
    }

    @Test
    void loggingFromInsideToStringWhileALineIsFormattedWorks() {
        logback = LogbackFixture.configure("layout/reentry.xml");
        Logger inner = logback.logger("inner");
        Object chatty = new Object() {
            @Override
            public String toString() {
                inner.info("inner sees token {}", Secrets.GITHUB_TOKEN);
                return "value-with password=" + Secrets.PASSWORD;
            }
        };

        logback.logger("outer").atInfo().setMessage("outer message {}").addArgument(chatty)
            .addKeyValue("detail", chatty).log();

        assertThat(logback.output("OUTER")).isEqualTo("outer: outer message value-with password=[REDACTED] "
            + "detail=\"value-with password=[REDACTED]\"" + System.lineSeparator());
        assertThat(logback.output("INNER")).isEqualTo(("inner: inner sees token [REDACTED]" + System.lineSeparator())
            .repeat(2));
    }

    @Test
    void theSameLayoutCalledAgainFromInsideItsOwnFormattingKeepsBothLinesWhole() {
        logback = LogbackFixture.configure("layout/reentry.xml");
        LoggerContext context = logback.context();
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ILoggingEvent> encoder =
            (LayoutWrappingEncoder<ILoggingEvent>) logback.capture("OUTER").getEncoder();
        Logger logger = logback.logger("outer");
        List<String> innerLines = new ArrayList<>();
        Object reentrant = new Object() {
            @Override
            public String toString() {
                LoggingEvent innerEvent = new LoggingEvent("x", logger, ch.qos.logback.classic.Level.INFO,
                    "inner token " + Secrets.GITHUB_TOKEN, null, null);
                innerLines.add(encoder.getLayout().doLayout(innerEvent));
                return "kv";
            }
        };
        LoggingEvent outerEvent = new LoggingEvent("x", logger, ch.qos.logback.classic.Level.INFO,
            "outer password=" + Secrets.PASSWORD, null, null);
        outerEvent.addKeyValuePair(new org.slf4j.event.KeyValuePair("k", reentrant));

        String outerLine = encoder.getLayout().doLayout(outerEvent);

        assertThat(context).isNotNull();
        assertThat(outerLine).isEqualTo("outer: outer password=[REDACTED] k=\"kv\"" + System.lineSeparator());
        assertThat(innerLines).containsExactly("outer: inner token [REDACTED] " + System.lineSeparator());
    }

    @Test
    void manyThreadsProduceWholeLines() throws InterruptedException {
        logback = LogbackFixture.configure("layout/concurrent.xml");
        Logger log = logback.logger("concurrent");
        int threads = 8;
        int perThread = 400;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    log.info("worker {} line {} token {} padding {}", id, i, Secrets.GITHUB_TOKEN, "x".repeat(i % 300));
                }
            }, "worker-" + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        String[] lines = logback.output("OUT").split(System.lineSeparator());
        assertThat(lines).hasSize(threads * perThread);
        Pattern whole = Pattern.compile("\\[worker-(\\d)] worker \\1 line (\\d+) token \\[REDACTED] padding x*");
        assertThat(lines).allSatisfy(line -> assertThat(line).matches(whole));
    }

    private static Throwable nestedFailure() {
        RuntimeException cause = new RuntimeException("upstream said token " + Secrets.GITHUB_TOKEN);
        IllegalStateException failure = new IllegalStateException("checkout failed for order 42\n"
            + "second line of the message, api_key=" + Secrets.OPENAI_KEY, cause);
        failure.addSuppressed(new IOException("cleanup failed, jwt " + Secrets.JWT + " card " + Secrets.CARD));
        return failure;
    }
}
