package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.core.status.Status;
import dev.logveil.core.testing.SecretSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@link Error} (not an {@code Exception}) thrown by a key-value's {@code toString()} used to pass through every
 * Logback component into the application, and the event was lost. Now each writes the event masked, and the status
 * names the fault's type only: its message holds the secret.
 */
class FormattingFaultsTest {
    private static final String SECRET = SecretSamples.PASSWORD;
    private static final List<String> APPENDERS = List.of("ENCODER", "LAYOUT", "CONVERTER", "JSON");

    /** A value whose {@code toString()} throws an Error that quotes a secret. */
    private static final class Poisoned {
        @Override
        public String toString() {
            throw new AssertionError("password=" + SECRET);
        }
    }

    @Test
    void anErrorFromAKeyValueIsContainedInEveryComponentAndTheEventIsWrittenMasked() {
        try (LogbackFixture logback = LogbackFixture.configure("reliability/formatting-faults.xml")) {
            assertThatCode(() -> logback.logger("app").atInfo().addKeyValue("order", new Poisoned())
                .log("checkout failed")).doesNotThrowAnyException();
            logback.logger("app").info("next line");

            for (String appender : APPENDERS) {
                String output = logback.output(appender);
                assertThat(output).as(appender).doesNotContain(SECRET).contains("[REDACTED]").contains("next line");
                assertThat(output.lines()).as(appender).hasSize(2);
            }
            assertThat(JsonLines.parse(logback.output("JSON")).get(0)).containsEntry("message", "[REDACTED]");
            assertThat(logback.statuses()).extracting(Status::getMessage)
                .noneMatch(message -> message.contains(SECRET))
                .anyMatch(message -> message.contains("(java.lang.AssertionError)"));
        }
    }

    /**
     * A deep chain is written, redacted, by every component. (At 20,000 causes Logback itself overflows the stack
     * building its ThrowableProxy inside the logging call, before any appender runs: see logback.md, Limits.)
     */
    @Test
    void aDeepCauseChainIsWrittenByEveryComponent() {
        RuntimeException chain = new IllegalStateException("innermost, password=" + SECRET);
        for (int i = 1; i < 1_000; i++) {
            chain = new IllegalStateException("level " + i + " password=" + SECRET, chain);
        }
        RuntimeException thrown = chain;
        try (LogbackFixture logback = LogbackFixture.configure("reliability/formatting-faults.xml")) {
            assertThatCode(() -> logback.logger("app").error("payment failed", thrown)).doesNotThrowAnyException();
            logback.logger("app").info("next line");

            for (String appender : APPENDERS) {
                assertThat(logback.output(appender)).as(appender).doesNotContain(SECRET).contains("next line");
            }
            assertThat(JsonLines.parse(logback.output("JSON"))).hasSize(2);
            assertThat(logback.statuses()).extracting(Status::getMessage).noneMatch(text -> text.contains(SECRET));
        }
    }
}
