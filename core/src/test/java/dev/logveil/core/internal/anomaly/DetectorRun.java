package dev.logveil.core.internal.anomaly;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * Drives a detector on a manual clock, one bucket at a time: records the bucket's errors, then ticks at its end.
 */
final class DetectorRun {
    final ErrorRateDetector detector;
    final long bucketMillis;
    final List<AnomalyAlert> alerts = new ArrayList<>();
    long now;

    DetectorRun(AnomalySettings settings) {
        this.detector = new ErrorRateDetector(settings, 0L);
        this.bucketMillis = settings.bucketMillis();
    }

    static DetectorRun defaults() {
        return new DetectorRun(AnomalySettings.defaults());
    }

    /** Runs {@code buckets} buckets, each with {@code errors} errors from logger {@code com.acme.Service}. */
    DetectorRun constant(int buckets, int errors) {
        return constant(buckets, errors, "com.acme.Service", null, null);
    }

    /** Runs {@code buckets} buckets, each with {@code errors} errors of the given logger, exception and key_id. */
    DetectorRun constant(int buckets, int errors, String logger, String exception, String keyId) {
        for (int i = 0; i < buckets; i++) {
            for (int e = 0; e < errors; e++) {
                detector.recordError(logger, exception, keyId);
            }
            step();
        }
        return this;
    }

    /** Runs for {@code millis} (whole buckets) with {@code errors} errors per bucket. */
    DetectorRun constantFor(long millis, int errors) {
        return constant((int) (millis / bucketMillis), errors);
    }

    /** Runs for {@code millis} with random traffic whose mean errors per second at time t is {@code ratePerSecond}. */
    DetectorRun traffic(Traffic traffic, long millis, LongToDoubleFunction ratePerSecond) {
        long end = now + millis;
        while (now < end) {
            double mean = ratePerSecond.applyAsDouble(now) * bucketMillis / 1000.0;
            int errors = traffic.count(mean);
            for (int e = 0; e < errors; e++) {
                detector.recordError("com.acme.Service", "java.io.IOException", null);
            }
            step();
        }
        return this;
    }

    /** Advances the clock one bucket and ticks. */
    void step() {
        now += bucketMillis;
        alerts.addAll(detector.tick(now));
    }

    List<AnomalyAlert> of(AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The first alert of {@code kind} at or after {@code fromMillis}, or null. */
    AnomalyAlert first(AlertKind kind, long fromMillis) {
        return alerts.stream().filter(a -> a.kind() == kind && a.atMillis() >= fromMillis).findFirst().orElse(null);
    }
}
