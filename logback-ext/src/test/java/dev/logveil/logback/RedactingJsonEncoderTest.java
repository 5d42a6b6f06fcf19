package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MarkerFactory;

class RedactingJsonEncoderTest {
    private LogbackFixture logback;

    @AfterEach
    void stop() {
        if (logback != null) {
            logback.close();
        }
    }

    @Test
    void writesLogstashFieldNamesWithStaticFieldsAndCorrelationIdsAtTheTop() {
        logback = LogbackFixture.configure("json/encoder.xml");
        logback.mdc().put("key_id", Secrets.KEY_ID);
        logback.mdc().put("key_origin", "header");
        logback.mdc().put("key_status", "ok");
        logback.mdc().put("request_id", Secrets.REQUEST_ID);

        logback.logger("com.example.Orders").atWarn().addMarker(MarkerFactory.getMarker("AUDIT"))
            .setMessage("order {} shipped").addArgument(Secrets.UUID).addKeyValue("items", 3)
            .addKeyValue("express", true).log();

        List<Map<String, Object>> events = JsonLines.parse(logback.output("JSON"));
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat((String) event.get("@timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(event).containsEntry("@version", "1")
            .containsEntry("message", "order " + Secrets.UUID + " shipped")
            .containsEntry("logger_name", "com.example.Orders")
            .containsEntry("thread_name", Thread.currentThread().getName())
            .containsEntry("level", "WARN")
            .containsEntry("level_value", 30000)
            .containsEntry("key_id", Secrets.KEY_ID)
            .containsEntry("key_origin", "header")
            .containsEntry("key_status", "ok")
            .containsEntry("request_id", Secrets.REQUEST_ID)
            .containsEntry("items", 3)
            .containsEntry("express", true)
            .containsEntry("tags", List.of("AUDIT"))
            .containsEntry("service", "checkout")
            .containsEntry("environment", "test")
            .containsEntry("region", "eu-west-1")
            .doesNotContainKeys("throwable_class", "stack_trace");
        assertThat(logback.output("JSON")).endsWith("}\n");
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void secretsAreGoneFromEveryFieldAndSensitiveKeysAreMaskedWhole() {
        logback = LogbackFixture.configure("json/encoder.xml");
        logback.mdc().put("customer_pin", "4242");
        logback.mdc().put("password", "correct horse battery staple");
        logback.mdc().put("upstream", "https://svc:" + Secrets.URL_PASSWORD + "@api.internal");

        RuntimeException cause = new RuntimeException("token " + Secrets.GITHUB_TOKEN + " expired");
        IllegalStateException failure = new IllegalStateException("gateway refused api_key=" + Secrets.OPENAI_KEY
            + "\nsecond line jwt " + Secrets.JWT, cause);
        failure.addSuppressed(new IOException("rollback with password=" + Secrets.PASSWORD));
        logback.logger("pay").atError().setMessage("charging card {} with aws {}").addArgument(Secrets.CARD)
            .addArgument(Secrets.AWS_KEY).addKeyValue("api_key", "plain words")
            .addKeyValue("note", "Authorization: Bearer " + Secrets.JWT).setCause(failure).log();

        String out = logback.output("JSON");
        assertThat(out).doesNotContain(Secrets.ALL).doesNotContain("plain words", "horse", "4242");
        Map<String, Object> event = JsonLines.parse(out).get(0);
        assertThat(event).containsEntry("message", "charging card [REDACTED]1111 with aws [REDACTED]")
            .containsEntry("customer_pin", "[REDACTED]")
            .containsEntry("password", "[REDACTED]")
            .containsEntry("upstream", "https://svc:[REDACTED]@api.internal")
            .containsEntry("api_key", "[REDACTED]")
            .containsEntry("note", "Authorization: Bearer [REDACTED]")
            .containsEntry("throwable_class", "java.lang.IllegalStateException")
            .containsEntry("throwable_message", "gateway refused api_key=[REDACTED]\nsecond line jwt [REDACTED]");
        assertThat((String) event.get("stack_trace"))
            .startsWith("java.lang.IllegalStateException: gateway refused api_key=[REDACTED]\nsecond line jwt")
            .contains("\tat dev.logveil.logback.RedactingJsonEncoderTest.")
            .contains("Suppressed: java.io.IOException: rollback with password=[REDACTED]")
            .contains("Caused by: java.lang.RuntimeException: token [REDACTED] expired")
            .containsPattern("\\.\\.\\. \\d+ common frames omitted");
    }

    @Test
    void outputIsValidJsonForControlCharactersAndBrokenSurrogates() {
        logback = LogbackFixture.configure("json/encoder.xml");
        String nasty = "nul\u0000 bell\u0007 esc\u001b[31m line\nbreak \"quoted\" back\\slash lone\ud800 low\udc00 end";
        logback.mdc().put("weird \"key\"\n", nasty);
        logback.logger("nasty\u0001").atInfo().setMessage(nasty).addKeyValue("k\ud83d", nasty)
            .setCause(new IllegalStateException(nasty)).log();

        Map<String, Object> event = JsonLines.parse(logback.output("JSON")).get(0);
        String message = (String) event.get("message");
        assertThat(message).startsWith("nul\u0000 bell\u0007 esc\u001b[31m line\nbreak \"quoted\" back\\slash lone")
            .endsWith(" end").doesNotContain("\ud800", "\udc00");
        assertThat(event).containsKey("weird \"key\"\n").containsKey("logger_name");
        assertThat((String) event.get("throwable_message")).startsWith("nul\u0000");
    }

    @Test
    void badOptionsAreReportedAndTheEncoderStillRedacts() {
        logback = LogbackFixture.configure("json/bad-options.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingJsonEncoder: disable: unknown detector 'jwtt'"))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingJsonEncoder: rule 'broken': invalid regex 'a{2,1}'"))
            .anySatisfy(m -> assertThat(m).isEqualTo("RedactingJsonEncoder: <additionalField> key 'message' is one"
                + " of the fields Logveil writes itself; ignored"))
            .anySatisfy(m -> assertThat(m).isEqualTo("RedactingJsonEncoder: <additionalFields> entry 'nonsense' is"
                + " not key=value; ignored"));
        logback.logger("bad").info("jwt {}", Secrets.JWT);
        Map<String, Object> event = JsonLines.parse(logback.output("JSON")).get(0);
        assertThat(event).containsEntry("message", "jwt [REDACTED]").containsEntry("service", "checkout");
    }

    @Test
    void aFailingToStringYieldsAMaskedLineAndOneWarning() {
        logback = LogbackFixture.configure("json/encoder.xml");
        Object failing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("cannot render password=" + Secrets.PASSWORD);
            }
        };
        Logger log = logback.logger("faulty");

        assertThatCode(() -> {
            log.atInfo().setMessage("first").addKeyValue("detail", failing).log();
            log.atInfo().setMessage("second").addKeyValue("detail", failing).log();
            log.info("third");
        }).doesNotThrowAnyException();

        List<Map<String, Object>> events = JsonLines.parse(logback.output("JSON"));
        assertThat(events).extracting(e -> e.get("message")).containsExactly("[REDACTED]", "[REDACTED]", "third");
        assertThat(logback.output("JSON")).doesNotContain(Secrets.PASSWORD);
        assertThat(logback.messagesAtLeast(Status.WARN)).singleElement().asString()
            .startsWith("RedactingJsonEncoder: an event could not be written as JSON (java.lang.IllegalStateException)")
            .doesNotContain(Secrets.PASSWORD);
    }

    @Test
    void loggingFromInsideToStringWhileAnEventIsWrittenWorks() {
        logback = LogbackFixture.configure("json/encoder.xml");
        Logger inner = logback.logger("inner");
        Object chatty = new Object() {
            @Override
            public String toString() {
                inner.atInfo().setMessage("inner token {}").addArgument(Secrets.GITHUB_TOKEN)
                    .addKeyValue("depth", 2).log();
                return "password=" + Secrets.PASSWORD;
            }
        };

        logback.logger("outer").atInfo().setMessage("outer").addKeyValue("detail", chatty).log();

        Map<String, Object> outer = JsonLines.parse(logback.output("JSON")).get(0);
        assertThat(outer).containsEntry("message", "outer").containsEntry("detail", "password=[REDACTED]")
            .containsEntry("service", "checkout");
        Map<String, Object> innerEvent = JsonLines.parse(logback.output("INNER")).get(0);
        assertThat(innerEvent).containsEntry("message", "inner token [REDACTED]").containsEntry("depth", 2);
    }

    @Test
    void manyThreadsProduceWholeJsonLines() throws InterruptedException {
        logback = LogbackFixture.configure("json/encoder.xml");
        Logger log = logback.logger("concurrent");
        int threads = 8;
        int perThread = 300;
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
                    log.atInfo().setMessage("worker {} line {} token {}").addArgument(id).addArgument(i)
                        .addArgument(Secrets.GITHUB_TOKEN).addKeyValue("padding", "x".repeat(i)).log();
                }
            }, "json-worker-" + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        List<Map<String, Object>> events = JsonLines.parse(logback.output("JSON"));
        assertThat(events).hasSize(threads * perThread).allSatisfy(event -> assertThat((String) event.get("message"))
            .matches("worker (\\d) line \\d+ token \\[REDACTED]")
            .startsWith("worker " + ((String) event.get("thread_name")).substring("json-worker-".length()) + " "));
    }
}
