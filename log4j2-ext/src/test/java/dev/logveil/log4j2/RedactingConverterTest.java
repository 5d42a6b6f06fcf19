package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.core.test.junit.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@LoggerContextSource("redact-converter.xml")
class RedactingConverterTest {
    private static final String NL = System.lineSeparator();
    private static final String SECRET = SecretSamples.PASSWORD;

    private LoggerContext context;

    @BeforeEach
    void setUp(LoggerContext context) {
        this.context = context;
        context.getConfiguration().getAppenders().values().forEach(appender -> ((ListAppender) appender).clear());
    }

    @AfterEach
    void clearThreadContext() {
        ThreadContext.clearAll();
    }

    private static Exception failureWithSecrets() {
        Exception cause = new IllegalArgumentException("bad token=" + SECRET);
        Exception top = new IllegalStateException("upstream rejected Bearer " + SecretSamples.BEARER, cause);
        top.addSuppressed(new IllegalStateException("cleanup with password=" + SECRET));
        return top;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void redactsTheNestedPatternAndLeavesACleanLineAlone(@Named("MESSAGE_ONLY") ListAppender list) {
        context.getLogger("MESSAGE_ONLY").info("login user={} password={}", "bob", SECRET);
        context.getLogger("MESSAGE_ONLY").info("order {} shipped to {}", 1042, "Berlin");

        assertThat(list.getMessages()).containsExactly(
            "INFO  - login user=bob password=[REDACTED]" + NL,
            "INFO  - order 1042 shipped to Berlin" + NL);
    }

    @Test
    void messageOnlyPatternCannotLeakTheStackTrace(@Named("MESSAGE_ONLY") ListAppender list) {
        context.getLogger("MESSAGE_ONLY").error("payment failed", failureWithSecrets());

        String out = String.join("", list.getMessages());
        assertThat(out).startsWith("ERROR - payment failed")
            .doesNotContain(SECRET).doesNotContain(SecretSamples.BEARER)
            .contains("java.lang.IllegalStateException: upstream rejected Bearer [REDACTED]")
            .contains("Caused by: java.lang.IllegalArgumentException: bad token=[REDACTED]")
            .contains("at dev.logveil.log4j2.RedactingConverterTest");
        assertThat(occurrences(out, "upstream rejected")).as("the layout appends no second, raw stack trace")
            .isEqualTo(1);
    }

    @Test
    void appliesItsOptionsToTheWholeNestedPattern(@Named("WHOLE_LINE") ListAppender list) {
        ThreadContext.put("user", "https://svc:" + SECRET + "@api.internal");
        context.getLogger("WHOLE_LINE").warn("verify pin=4821 password={}", SECRET, failureWithSecrets());

        String out = String.join("", list.getMessages());
        assertThat(out).startsWith("WARN  [https://svc:***@api.internal] verify pin=*** password=***" + NL)
            .doesNotContain(SECRET).doesNotContain(SecretSamples.BEARER)
            .contains("Caused by: java.lang.IllegalArgumentException: bad token=***");
        assertThat(occurrences(out, "upstream rejected")).isEqualTo(1);
    }

    @Test
    void takesCustomRulesAsOptions(@Named("RULES") ListAppender list) {
        context.getLogger("RULES").info("ticket tk_123 order ord_abc kept tk_ ord_1");

        assertThat(list.getMessages()).containsExactly("ticket *** order *** kept tk_ ord_1" + System.lineSeparator());
    }

    @Test
    void guardEscapesTheMessageButNotTheStackTrace(@Named("GUARDED") ListAppender list) {
        context.getLogger("GUARDED").warn("bob\nINFO forged line password=" + SECRET,
            new IllegalStateException("boom"));

        String out = String.join("", list.getMessages());
        assertThat(out).startsWith("bob\\nINFO forged line password=[REDACTED]").doesNotContain(SECRET)
            .contains("java.lang.IllegalStateException: boom" + NL + "\tat ");
    }

    @Test
    void severalRedactedPartsWriteTheExceptionOnce(@Named("TWO_PARTS") ListAppender list) {
        ThreadContext.put("user", "token=" + SECRET);
        context.getLogger("TWO_PARTS").error("failed", failureWithSecrets());

        String out = String.join("", list.getMessages());
        assertThat(out).startsWith("[token=[REDACTED]] failed" + NL).doesNotContain(SECRET);
        assertThat(occurrences(out, "upstream rejected")).isEqualTo(1);
    }
}
