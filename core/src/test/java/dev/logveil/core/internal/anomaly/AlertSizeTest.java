package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalyConfig;
import org.junit.jupiter.api.Test;

/**
 * A notice copies names from the events (loggers, exception types, key_ids): however long they are, the notice stays
 * small, in its text and its context fields. With 20,000-character key_ids and 2,000-character logger names it used
 * to be a 133 KB line.
 */
class AlertSizeTest {

    @Test
    void hugeNamesAreCutAndTheNoticeStaysSmall() {
        DetectorRun run = new DetectorRun(new AnomalyConfig().setTopK("20").build(null)).constant(60, 0);
        for (int i = 0; i < 20; i++) {
            String logger = "com.acme." + (char) ('a' + i) + "x".repeat(2_000);
            String exception = "com.acme.Failure" + (char) ('a' + i) + "y".repeat(2_000);
            String keyId = Integer.toString(i) + "k".repeat(20_000);
            for (int e = 0; e < 20; e++) {
                run.detector.recordError(logger, exception, keyId);
            }
        }
        run.constant(2, 0);

        AnomalyAlert firing = run.of(AlertKind.FIRING).get(0);
        assertThat(firing.topKeyIds()).hasSize(20);
        assertThat(firing.message()).hasSizeLessThan(AnomalyAlert.MAX_NOTICE_CHARS)
            .contains("com.acme.a" + "x".repeat(AnomalyAlert.MAX_ENTRY_CHARS - "com.acme.a".length()) + "...=20")
            .contains(" more)");
        assertThat(firing.contextData().values()).allSatisfy(value ->
            assertThat(value).hasSizeLessThanOrEqualTo(AnomalyAlert.MAX_LIST_CHARS));
        assertThat(String.join("", firing.contextData().values())).hasSizeLessThan(AnomalyAlert.MAX_NOTICE_CHARS);
    }
}
