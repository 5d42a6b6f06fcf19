package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custom rules that could stall logging: a program too large, a rule that matches the empty string, a rule too costly
 * for a long line. The first two are refused when configured; the third masks the lines it cannot finish, with a
 * rate-limited warning; logging never stalls.
 */
class CostlyRulesTest {
    private static final String NL = System.lineSeparator();

    @Test
    void rulesTooCostlyToRunAreRefusedWhenConfiguredNamingRuleAndRegex() {
        try (LogbackFixture logback = LogbackFixture.configure("reliability/costly-rules.xml")) {
            List<String> errors = logback.messagesAtLeast(Status.ERROR);
            assertThat(errors).anySatisfy(error -> assertThat(error).startsWith(
                "RedactingPatternLayoutEncoder: rule 'nested': regex '(?:.{1,1000}){1,1000}x' repeats 1000000 times"));
            assertThat(errors).anySatisfy(error -> assertThat(error).startsWith(
                "RedactingPatternLayoutEncoder: rule 'stars': regex 'z*' matches the empty string"));

            long start = System.nanoTime();
            logback.logger("app").info("lazy dog ord_AB12cd34 " + "y".repeat(2_000));
            assertThat(System.nanoTime() - start).as("a 2 KB line").isLessThan(1_000_000_000L);
            assertThat(logback.output("OUT")).isEqualTo("lazy dog [REDACTED] " + "y".repeat(2_000) + NL);
        }
    }

    @Test
    void aLineACostlyRuleCannotFinishIsMaskedAndReportedOnce() {
        try (LogbackFixture logback = LogbackFixture.configure("reliability/costly-rules.xml")) {
            logback.logger("costly").info("short line");
            String longLine = "no such letter in here ".repeat(2_000);
            logback.logger("costly").info(longLine);
            logback.logger("costly").info(longLine);

            assertThat(logback.output("COSTLY")).isEqualTo("short line" + NL + "[REDACTED]" + NL + "[REDACTED]" + NL);
            assertThat(logback.messagesAtLeast(Status.WARN)).filteredOn(message -> message.contains("budget"))
                .singleElement().asString().startsWith("RedactingPatternLayoutEncoder: custom rule 'costly' exceeded"
                    + " its budget on a text of");
        }
    }
}
