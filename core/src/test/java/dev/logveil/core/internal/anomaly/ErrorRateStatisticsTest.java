package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalyConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detector on seeded random traffic, at the default options, on a manual clock: a simulated day takes well under
 * a second. Overdispersed traffic draws each 10 s bucket's mean from a gamma distribution of shape 5 (variance
 * {@code mean + mean^2 / 5}), the model of the research report's simulation.
 */
class ErrorRateStatisticsTest {
    private static final long MINUTE = 60_000L;
    private static final long DAY = 24 * 60 * MINUTE;

    @ParameterizedTest(name = "{0} errors/s, overdispersion shape {1}")
    @CsvSource({"0.1, 0", "1, 0", "10, 0", "0.1, 5", "1, 5", "10, 5"})
    void steadyTrafficRaisesAtMostOneFalseAlarmPerSimulatedDay(double ratePerSecond, double shape) {
        DetectorRun run = DetectorRun.defaults();
        run.traffic(new Traffic(42, shape), DAY, t -> ratePerSecond);

        assertThat(run.of(AlertKind.FIRING)).hasSizeLessThanOrEqualTo(1);
        assertThat(run.detector.totalErrors()).isCloseTo((long) (ratePerSecond * DAY / 1000),
            org.assertj.core.data.Percentage.withPercentage(5));
    }

    /**
     * Five-minute spikes after 40 minutes of overdispersed traffic, 8 seeds each: every spike is detected within the
     * stated latency (from the spike's start), and resolved within 6 windows of its end (typically 2).
     */
    @ParameterizedTest(name = "{0} errors/s x{1} at factor {2}: detected within {3} s")
    @CsvSource({
        "0.1, 10, 3, 60",
        "1, 10, 3, 60",
        "10, 10, 3, 60",
        "0.1, 5, 3, 180",
        "1, 5, 3, 90",
        "10, 5, 3, 90",
        "1, 3, 2.5, 240",
        "10, 3, 2.5, 240",
    })
    void spikesAreDetectedWithinTheStatedLatency(double rate, double multiplier, String factor, long maxSeconds) {
        List<Long> delays = new ArrayList<>();
        for (int seed = 1; seed <= 8; seed++) {
            DetectorRun run = new DetectorRun(new AnomalyConfig().setFactor(factor).build(null));
            Traffic traffic = new Traffic(seed, 5);
            run.traffic(traffic, 40 * MINUTE + seed * 1_234L, t -> rate);
            long start = run.now;
            run.traffic(traffic, 5 * MINUTE, t -> rate * multiplier);
            long end = run.now;
            run.traffic(traffic, 15 * MINUTE, t -> rate);

            AnomalyAlert firing = run.first(AlertKind.FIRING, start);
            AnomalyAlert resolved = run.first(AlertKind.RESOLVED, start);
            assertThat(firing).as("seed %d detected", seed).isNotNull();
            assertThat(resolved).as("seed %d resolved", seed).isNotNull();
            assertThat(resolved.atMillis() - end).as("seed %d resolve delay", seed).isLessThanOrEqualTo(6 * MINUTE);
            delays.add((firing.atMillis() - start) / 1000);
        }
        Collections.sort(delays);
        assertThat(delays.get(delays.size() - 1)).as("delays %s", delays).isLessThanOrEqualTo(maxSeconds);
    }
}
