package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The runner both anomaly appenders hold: a real evaluation thread, or a manual clock evaluated on demand. */
class AnomalyRunnerTest {
    private static final AnomalySettings FAST = new AnomalyConfig().setWindow("1s").setBaseline("10s")
        .setCooldown("0s").setSustain("1").setMaxAlertsPerHour("0").build(null);
    private static final ThrottledReporter SILENT = new ThrottledReporter(message -> { }, 60_000L,
        System::currentTimeMillis);

    private final List<AnomalyAlert> delivered = new CopyOnWriteArrayList<>();
    private final AnomalyRunner runner = new AnomalyRunner(delivered::add);

    @Test
    void startsWithItsOwnEvaluationThreadAndStopEndsIt() {
        assertThat(runner.detector()).isNull();

        runner.start("RUNNER-REAL", FAST, SILENT);
        assertThat(runner.detector()).isNotNull();
        assertThat(threadsNamed("RUNNER-REAL")).hasSize(1);

        runner.stop();
        assertThat(threadsNamed("RUNNER-REAL")).isEmpty();
    }

    @Test
    void onAManualClockItEvaluatesOnlyWhenAskedAndDeliversOnTheCallingThread() {
        AtomicLong clock = new AtomicLong(1_000_000L);
        runner.useManualClock(clock::get);
        runner.start("RUNNER-MANUAL", FAST, SILENT);
        assertThat(threadsNamed("RUNNER-MANUAL")).isEmpty();

        // Quiet for two windows, then a burst: the next evaluation fires.
        for (int i = 0; i < 12; i++) {
            clock.addAndGet(200L);
            runner.evaluate();
        }
        for (int i = 0; i < 50; i++) {
            runner.detector().recordError("com.acme.Db", null, null);
        }
        clock.addAndGet(400L);
        runner.evaluate();

        assertThat(delivered).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING);
        runner.stop();
    }

    @Test
    void switchingAStartedRunnerToAManualClockRestartsItsCounting() {
        runner.start("RUNNER-SWITCH", FAST, SILENT);
        ErrorRateDetector first = runner.detector();
        first.recordError("com.acme.Db", null, null);

        runner.useManualClock(() -> 5_000_000L);

        assertThat(runner.detector()).isNotSameAs(first);
        assertThat(runner.detector().totalErrors()).isZero();
        assertThat(threadsNamed("RUNNER-SWITCH")).as("the real-time thread is gone").isEmpty();
        runner.stop();
    }

    private static List<Thread> threadsNamed(String appender) {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().equals(AnomalyTicker.THREAD_PREFIX + appender) && thread.isAlive())
            .toList();
    }
}
