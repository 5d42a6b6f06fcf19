package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.logveil.core.anomaly.AnomalyConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignificanceTest {

    @Test
    void normalTailMatchesTheTables() {
        assertThat(Significance.normalUpperTail(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Significance.normalUpperTail(1.6448536)).isCloseTo(0.05, within(1e-7));
        assertThat(Significance.normalUpperTail(4)).isCloseTo(3.1671242e-5, within(1e-10));
        assertThat(Significance.normalUpperTail(-4)).isCloseTo(1 - 3.1671242e-5, within(1e-7));
    }

    /** Critical counts k* (the smallest n with P(X >= n) < alpha) from scipy.stats.poisson.sf, research §4.4. */
    @ParameterizedTest
    @CsvSource({"0.1, 4", "1, 7", "2, 10", "5, 16", "10, 25", "50, 79", "100, 140"})
    void poissonTailGivesTheCriticalCountsAtOneInTenThousand(double expected, int critical) {
        assertThat(Significance.poissonUpperTail(critical, expected)).isLessThan(1e-4);
        assertThat(Significance.poissonUpperTail(critical - 1, expected)).isGreaterThanOrEqualTo(1e-4);
    }

    @Test
    void poissonTailIsExactForTinyValuesAndTrivialEnds() {
        // P(X >= 10 | 0.1) = sum_{i>=10} e^-0.1 0.1^i / i!, a value 1 - (lower sum) could not resolve.
        double first = Math.exp(-0.1) * 1e-10 / 3_628_800.0;
        double expected = first * (1 + 0.1 / 11 + 0.01 / (11 * 12) + 0.001 / (11 * 12 * 13));
        assertThat(Significance.poissonUpperTail(10, 0.1)).isCloseTo(expected, within(expected * 1e-7));
        assertThat(Significance.poissonUpperTail(0, 3)).isEqualTo(1.0);
        assertThat(Significance.poissonUpperTail(5, 0)).isEqualTo(0.0);
        assertThat(Significance.poissonUpperTail(1, 2)).isCloseTo(1 - Math.exp(-2), within(1e-12));
        assertThat(Significance.poissonUpperTail(100_000, 5)).isEqualTo(0.0);
    }

    @Test
    void logFactorialIsExactSmallAndStirlingLarge() {
        assertThat(Significance.logFactorial(0)).isEqualTo(0.0);
        assertThat(Significance.logFactorial(5)).isCloseTo(Math.log(120), within(1e-12));
        double sum = 0;
        for (int i = 1; i <= 300; i++) {
            sum += Math.log(i);
        }
        assertThat(Significance.logFactorial(300)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void sparseStreamsNeedThePoissonTailAsWell() {
        // E = 1, n = 5: z = 4 on the Poisson variance, but P(X >= 5 | 1) = 0.0037 is far from 3e-5.
        assertThat(Significance.z(5, 1, 1)).isEqualTo(4.0);
        assertThat(Significance.significant(5, 1, 1, 4)).isFalse();
        assertThat(Significance.significant(10, 1, 1, 4)).isTrue();
        // Busy streams rely on the z-score alone.
        assertThat(Significance.significant(140, 100, 100, 4)).isTrue();
        assertThat(Significance.significant(139, 100, 100, 4)).isFalse();
        // Overdispersion: the same count is not significant when the observed variance is four times larger.
        assertThat(Significance.significant(140, 100, 400, 4)).isFalse();
    }

    @Test
    void ewmStatsStartAsThePlainMeanAndVarianceThenForget() {
        EwmStats stats = new EwmStats();
        double[] xs = {2, 4, 4, 4, 5, 5, 7, 9};
        for (double x : xs) {
            stats.add(x, 0.001);
        }
        // Population mean 5 and variance 4 of the classic example: the first samples are weighted 1/n.
        assertThat(stats.mean()).isCloseTo(5.0, within(1e-12));
        assertThat(stats.variance()).isCloseTo(4.0, within(1e-12));

        EwmStats slow = new EwmStats();
        slow.add(10, 0.5);
        for (int i = 0; i < 60; i++) {
            slow.add(0, 0.5);
        }
        assertThat(slow.mean()).as("half-life of one sample").isCloseTo(0.0, within(1e-9));
    }

    @Test
    void ewmMeanHalvesItsMemoryEveryHalfLife() {
        double alpha = new AnomalyConfig().build(null).alpha();
        EwmStats stats = new EwmStats();
        for (int i = 0; i < 10_000; i++) {
            stats.add(100, alpha);
        }
        // 30 minutes = 180 buckets of 10 s: a step from 100 to 0 leaves half of it after one half-life.
        for (int i = 0; i < 180; i++) {
            stats.add(0, alpha);
        }
        assertThat(stats.mean()).isCloseTo(50.0, within(1e-6));
    }
}
