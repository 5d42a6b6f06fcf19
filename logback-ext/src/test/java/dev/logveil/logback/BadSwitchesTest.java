package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import dev.logveil.core.testing.SecretSamples;
import org.junit.jupiter.api.Test;

/**
 * On/off values in {@code logback.xml} that are neither true nor false. Joran itself refuses them with a WARN naming
 * the property and the value, and does not call the setter, so the option keeps its default (as documented in
 * logback.md's "When something is wrong"); redaction itself is never off, and the line-break guard, on by default,
 * stays on.
 */
class BadSwitchesTest {

    @Test
    void anUnreadableSwitchIsReportedByNameAndValueAndTheDefaultStays() {
        try (LogbackFixture logback = LogbackFixture.configure("reliability/bad-switches.xml")) {
            logback.logger("app").info("password=" + SecretSamples.PASSWORD + " done\nINFO admin login granted");

            assertThat(logback.messagesAtLeast(Status.WARN)).contains(
                "Failed to set property [fingerprint] to value \"maybe\". ",
                "Failed to set property [escapeLineBreaks] to value \"sometimes\". ");
            String expected = "password=[REDACTED] done\\nINFO admin login granted" + System.lineSeparator();
            assertThat(logback.output("ENCODER")).isEqualTo(expected);
            assertThat(logback.output("CONVERTER")).isEqualTo(expected);
        }
    }
}
