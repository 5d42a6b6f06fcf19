package dev.logveil.core.internal.anomaly;

/**
 * One evaluation's figures: the window's error count, what the baseline expected, and the variance the z-score
 * used.
 *
 * @param count errors in the window
 * @param events all events in the window (ratio mode; otherwise 0)
 * @param expected the expected error count in the window
 * @param variance {@code max(expected, window buckets * per-bucket variance, 1)}
 * @param z {@code (count - expected) / sqrt(variance)}
 * @param ratioMode whether the expectation is a fraction of the window's events
 * @param expectedFraction the baseline's error fraction (ratio mode; otherwise 0)
 */
record Figures(long count, long events, double expected, double variance, double z, boolean ratioMode,
               double expectedFraction) {
}
