package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;

/**
 * Custom rules that could stall logging (and, in Log4j2, block reconfiguration and JVM exit behind the stuck call):
 * refused when configured if their program is too large or they match the empty string; otherwise bounded on every
 * line, a line they cannot finish being masked with a rate-limited warning.
 */
class CostlyRulesTest {

    private static List<String> statusesAtLeast(ListStatusListener status, Level level) {
        return status.findStatusData(Level.TRACE).filter(data -> data.getLevel().isMoreSpecificThan(level))
            .map(data -> data.getMessage().getFormattedMessage()).collect(Collectors.toList());
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/costly-rules.xml")
    void rulesTooCostlyToRunAreRefusedWhenConfigured(ListStatusListener status, LoggerContext context) {
        assertThat(statusesAtLeast(status, Level.ERROR))
            .anySatisfy(error -> assertThat(error).startsWith(
                "RedactingPatternLayout: rule 'nested': regex '(?:.{1,1000}){1,1000}x' repeats 1000000 times"))
            .anySatisfy(error -> assertThat(error).startsWith(
                "RedactingPatternLayout: rule 'stars': regex 'z*' matches the empty string"));

        context.getLogger("app").info("lazy dog ord_AB12cd34 " + "y".repeat(2_000));
        ListAppender out = context.getConfiguration().getAppender("OUT");
        assertThat(out.getMessages()).containsExactly("lazy dog [REDACTED] " + "y".repeat(2_000)
            + System.lineSeparator());
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/costly-rules.xml")
    void aLineACostlyRuleCannotFinishIsMaskedAndReportedOnce(ListStatusListener status, LoggerContext context) {
        String longLine = "no such letter in here ".repeat(2_000);
        context.getLogger("costly").info("short line");
        context.getLogger("costly").info(longLine);
        context.getLogger("costly").info(longLine);

        ListAppender costly = context.getConfiguration().getAppender("COSTLY");
        assertThat(costly.getMessages()).extracting(line -> Json.parse(line).get("message"))
            .containsExactly("short line", "[REDACTED]", "[REDACTED]");
        assertThat(statusesAtLeast(status, Level.WARN)).filteredOn(message -> message.contains("budget"))
            .singleElement().asString()
            .startsWith("RedactingJsonLayout: custom rule 'costly' exceeded its budget on a text of");
    }
}
