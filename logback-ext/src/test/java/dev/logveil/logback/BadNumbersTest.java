package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

/** Out-of-range numbers and durations in {@code logback.xml}: reported by name and value, never fatal to logging. */
class BadNumbersTest {

    @Test
    void anOverflowingDurationIsReportedAndLoggingGoesOn() {
        try (LogbackFixture logback = LogbackFixture.configure("reliability/bad-numbers.xml")) {
            Logger root = logback.logger(Logger.ROOT_LOGGER_NAME);
            assertThat(root.getAppender("OUT")).as("the root logger keeps its appenders").isNotNull();
            assertThat(root.getAppender("SPIKE")).isNotNull();
            ErrorRateAnomalyAppender spike = (ErrorRateAnomalyAppender) root.getAppender("SPIKE");
            assertThat(spike.isStarted()).isTrue();
            assertThat(spike.runner().detector().settings().window()).hasSeconds(60);
            assertThat(spike.runner().detector().settings().baseline()).hasMinutes(30);
            assertThat(spike.runner().detector().settings().cooldown()).hasMinutes(10);
            assertThat(logback.messagesAtLeast(Status.WARN)).containsExactly(
                "ErrorRateAnomalyAppender [SPIKE]: window: '100000000000d' is longer than 365d; using the default 1m",
                "ErrorRateAnomalyAppender [SPIKE]: baseline: '100000000000d' is longer than 365d; using the default"
                    + " 30m",
                "ErrorRateAnomalyAppender [SPIKE]: minErrors: '99999999999' is not a whole number; using the default"
                    + " 10",
                "ErrorRateAnomalyAppender [SPIKE]: cooldown: invalid duration 'P99999999999999D': too long; using the"
                    + " default 10m");

            logback.logger("app").error("still logged");
            assertThat(logback.output("OUT")).isEqualTo("ERROR still logged" + System.lineSeparator());
            assertThat(spike.runner().detector().totalErrors()).isEqualTo(1);
        }
    }

    @Test
    void theDocumentedZScoreElementIsRead() {
        try (LogbackFixture logback = LogbackFixture.configure("reliability/bad-numbers.xml")) {
            ErrorRateAnomalyAppender spike =
                (ErrorRateAnomalyAppender) logback.logger(Logger.ROOT_LOGGER_NAME).getAppender("SPIKE");
            assertThat(spike.runner().detector().settings().zScore()).isEqualTo(6.0);
            assertThat(logback.statuses()).extracting(Status::getMessage)
                .noneMatch(message -> message.contains("zScore"));
        }
    }
}
