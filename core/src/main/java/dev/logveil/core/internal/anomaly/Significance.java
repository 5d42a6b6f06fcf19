package dev.logveil.core.internal.anomaly;

/**
 * The significance tests of the detector: a z-score on an overdispersion-aware variance, and, for sparse streams
 * where the normal approximation understates the Poisson tail, the exact Poisson upper tail as well.
 */
final class Significance {
    /** Below this expected count per window the exact Poisson tail must agree as well. */
    static final double SPARSE_EXPECTED = 30.0;

    private static final int LOG_FACTORIAL_TABLE = 256;
    private static final double[] LOG_FACTORIALS = new double[LOG_FACTORIAL_TABLE];

    static {
        for (int i = 1; i < LOG_FACTORIAL_TABLE; i++) {
            LOG_FACTORIALS[i] = LOG_FACTORIALS[i - 1] + Math.log(i);
        }
    }

    private Significance() {
    }

    /**
     * Whether {@code n} observed against {@code expected}, with variance {@code variance}, is significant at
     * {@code zScore}: {@code (n - expected) / sqrt(variance) >= zScore}, and for a sparse stream also
     * {@code P(X >= n | Poisson(expected)) <= P(Z >= zScore)}.
     */
    static boolean significant(long n, double expected, double variance, double zScore) {
        if (z(n, expected, variance) < zScore) {
            return false;
        }
        return expected >= SPARSE_EXPECTED || poissonUpperTail(n, expected) <= normalUpperTail(zScore);
    }

    static double z(long n, double expected, double variance) {
        return (n - expected) / Math.sqrt(variance);
    }

    /** {@code P(Z >= z)} for a standard normal {@code Z}. */
    static double normalUpperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2.0));
    }

    /** The complementary error function, with a fractional error below 1.2e-7 (Numerical Recipes' erfcc). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
            + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
            + t * (-0.82215223 + t * 0.17087277))))))));
        double answer = t * Math.exp(poly);
        return x >= 0 ? answer : 2.0 - answer;
    }

    /** {@code P(X >= n)} for {@code X ~ Poisson(lambda)}, summed from the tail so that tiny values stay exact. */
    static double poissonUpperTail(long n, double lambda) {
        if (n <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        double term = Math.exp(n * Math.log(lambda) - lambda - logFactorial(n));
        double sum = 0.0;
        for (long i = n; ; i++) {
            sum += term;
            term *= lambda / (i + 1);
            if (i + 1 > lambda && term <= sum * 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    static double logFactorial(long n) {
        if (n < LOG_FACTORIAL_TABLE) {
            return LOG_FACTORIALS[(int) n];
        }
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2.0 * Math.PI * x) + 1.0 / (12.0 * x) - 1.0 / (360.0 * x * x * x);
    }
}
