package dev.logveil.core.internal.anomaly;

/**
 * An exponentially weighted mean and variance, updated once per bucket (West's incremental form, numerically
 * stable). The first samples are weighted {@code 1/n}, so that during warm-up the figures are the plain running mean
 * and variance rather than an average dragged towards the first bucket.
 */
final class EwmStats {
    private double mean;
    private double variance;
    private long samples;

    void add(double x, double alpha) {
        if (samples == 0) {
            mean = x;
            variance = 0.0;
        } else {
            double weight = Math.max(alpha, 1.0 / (samples + 1));
            double delta = x - mean;
            mean += weight * delta;
            variance = (1.0 - weight) * (variance + weight * delta * delta);
        }
        samples++;
    }

    double mean() {
        return mean;
    }

    double variance() {
        return variance;
    }

    long samples() {
        return samples;
    }
}
