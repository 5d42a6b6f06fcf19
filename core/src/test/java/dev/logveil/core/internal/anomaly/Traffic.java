package dev.logveil.core.internal.anomaly;

import java.util.SplittableRandom;

/**
 * Seeded synthetic error traffic for the detector tests: Poisson counts per bucket, optionally gamma-mixed
 * (overdispersed, as real error streams are: one failing request logs several lines, retries, batch jobs).
 */
final class Traffic {
    private final SplittableRandom random;
    private final double overdispersionShape;

    /**
     * @param seed the random seed
     * @param overdispersionShape the gamma shape k of the per-bucket mean (variance = mean + mean^2 / k), or 0 for
     *     plain Poisson
     */
    Traffic(long seed, double overdispersionShape) {
        this.random = new SplittableRandom(seed);
        this.overdispersionShape = overdispersionShape;
    }

    /** One bucket's count at mean {@code mean}. */
    int count(double mean) {
        double effective = overdispersionShape > 0 ? mean * gamma(overdispersionShape) / overdispersionShape : mean;
        return poisson(effective);
    }

    int poisson(double lambda) {
        int total = 0;
        double remaining = lambda;
        // Knuth's method in chunks keeps exp(-lambda) far from underflow.
        while (remaining > 0) {
            double chunk = Math.min(remaining, 20.0);
            remaining -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                total++;
                product *= random.nextDouble();
            }
        }
        return total;
    }

    /** A Gamma(shape, 1) variate (Marsaglia and Tsang). */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private double gaussian() {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
