package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
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
 * Values Log4j2 would otherwise misread without a word: an on/off attribute that is neither {@code true} nor
 * {@code false} (Log4j2 reads it as {@code false}, turning a security switch off), and durations that overflow
 * (which threw out of {@code LogManager.getLogger()} into the application). Each is reported naming the element,
 * the option and the value; a security switch takes its safer setting.
 */
class BadValuesTest {
    private static final String FORGED = "password=" + SecretSamples.PASSWORD + "\nINFO forged line";

    private static List<String> errors(ListStatusListener status) {
        return status.findStatusData(Level.WARN).filter(data -> data.getLevel().isMoreSpecificThan(Level.ERROR))
            .map(data -> data.getMessage().getFormattedMessage()).collect(Collectors.toList());
    }

    private static String logThrough(LoggerContext context, String name) {
        context.getLogger(name).info(FORGED);
        ListAppender list = context.getConfiguration().getAppender(name);
        return String.join("", list.getMessages());
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/bad-values.xml")
    void anOnOffValueThatIsNeitherTrueNorFalseIsReportedAndASecuritySwitchTakesItsSaferSetting(
        ListStatusListener status, LoggerContext context) {
        assertThat(errors(status)).contains(
            "RedactingPatternLayout: fingerprint: 'maybe' is neither true nor false; using the default false",
            "RedactingPatternLayout: alwaysWriteExceptions: 'often' is neither true nor false; using the default true",
            // The guard is on by default, so its safer setting is its default.
            "RedactingPatternLayout: escapeLineBreaks: 'sometimes' is neither true nor false; using the default true",
            "%redact: fingerprint: 'maybe' is neither true nor false; using the default false",
            "%redact: escapeLineBreaks: 'sometimes' is neither true nor false; using the default true",
            "RedactingJsonLayout: fingerprint: 'maybe' is neither true nor false; using the default false");
        String escaped = "password=[REDACTED]\\nINFO forged line" + System.lineSeparator();
        assertThat(logThrough(context, "LAYOUT")).isEqualTo(escaped);
        assertThat(logThrough(context, "CONVERTER")).isEqualTo(escaped);
        assertThat(Json.parse(logThrough(context, "JSON")))
            .containsEntry("message", "password=[REDACTED]\nINFO forged line");
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/bad-values.xml")
    void anOverflowingDurationIsReportedAndTheAppenderStartsOnItsDefaults(ListStatusListener status,
                                                                         LoggerContext context) {
        assertThat(errors(status)).contains(
            "ErrorRateAnomaly [SPIKE]: window: '100000000000d' is longer than 365d; using the default 1m",
            "ErrorRateAnomaly [SPIKE]: baseline: '100000000000d' is longer than 365d; using the default 30m",
            "ErrorRateAnomaly [SPIKE]: cooldown: invalid duration 'P99999999999999D': too long; using the default"
                + " 10m",
            "ErrorRateAnomaly [SPIKE]: ratioMode: 'perhaps' is neither true nor false; using the default false");
        ErrorRateAnomalyAppender spike = context.getConfiguration().getAppender("SPIKE");
        assertThat(spike.isStarted()).isTrue();
        assertThat(spike.getSettings().window()).hasSeconds(60);
        assertThat(spike.getSettings().zScore()).isEqualTo(6.0);
        context.getLogger("app").error("counted");
        assertThat(spike.runner().detector().totalErrors()).isEqualTo(1);
    }
}
