package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The ticker in real time, briefly: a 1 s window evaluates every ~167 ms. */
class AnomalyTickerTest {

    @Test
    void evaluatesOnItsOwnNamedDaemonThreadAndEndsItOnClose() throws InterruptedException {
        ErrorRateDetector detector = new ErrorRateDetector(
            new AnomalyConfig().setWindow("1s").setBaseline("10s").build(null), System.currentTimeMillis());
        AnomalyTicker ticker = AnomalyTicker.start("TEST", detector, System::currentTimeMillis, alert -> { },
            new ThrottledReporter(message -> { }, 60_000L, System::currentTimeMillis));

        Thread.sleep(500);
        assertThat(tickerThreads()).hasSize(1).allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());
        long evaluatedUpTo = detector.nextEvaluationMillis();
        assertThat(evaluatedUpTo).isGreaterThan(System.currentTimeMillis() - 400);

        ticker.close();
        assertThat(ticker.isRunning()).isFalse();
        assertThat(tickerThreads()).isEmpty();
    }

    @Test
    void aSinkThatThrowsIsReportedThrottledAndTheTickerGoesOn() throws InterruptedException {
        AtomicLong clock = new AtomicLong(System.currentTimeMillis());
        ErrorRateDetector detector = new ErrorRateDetector(
            new AnomalyConfig().setWindow("1s").setBaseline("10s").setCooldown("0s").setSustain("1")
                .setMaxAlertsPerHour("0").build(null), clock.get());
        List<String> problems = new CopyOnWriteArrayList<>();
        List<AnomalyAlert> delivered = new CopyOnWriteArrayList<>();
        AnomalyTicker ticker = AnomalyTicker.start("THROWS", detector, System::currentTimeMillis, alert -> {
            delivered.add(alert);
            throw new IllegalStateException("appender down");
        }, new ThrottledReporter(problems::add, 60_000L, System::currentTimeMillis));
        try {
            // Quiet for two windows, then a burst: one firing, then (quiet again) one resolved.
            Thread.sleep(2_200);
            for (int i = 0; i < 50; i++) {
                detector.recordError("com.acme.Db", null, null);
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (delivered.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            ticker.close();
        }
        assertThat(delivered).extracting(AnomalyAlert::kind).containsExactly(AlertKind.FIRING, AlertKind.RESOLVED);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).isEqualTo("could not deliver an error-rate alert"
            + " (java.lang.IllegalStateException)");
    }

    @Test
    void theReporterSaysHowManyProblemsItHeldBack() {
        AtomicLong now = new AtomicLong();
        List<String> out = new CopyOnWriteArrayList<>();
        ThrottledReporter reporter = new ThrottledReporter(out::add, 1_000L, now::get);
        reporter.report("first");
        reporter.report("second");
        reporter.report("third");
        now.set(1_000L);
        reporter.report("fourth");

        assertThat(out).containsExactly("first", "fourth (2 similar problems were not reported)");
    }

    private static List<Thread> tickerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().startsWith(AnomalyTicker.THREAD_PREFIX) && thread.isAlive())
            .toList();
    }
}
