package dev.logveil.core.internal.anomaly;

import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One running life of an anomaly appender: its detector, the timer thread that evaluates it, and the optional
 * Micrometer binding, started and stopped together. An {@link AnomalyRunner} holds one between its appender's
 * {@code start()} and {@code stop()}.
 */
public final class AnomalyRun implements AutoCloseable {
    private final ErrorRateDetector detector;
    private final AnomalyTicker ticker;
    private final AnomalyMetrics.Binding metrics;

    private AnomalyRun(ErrorRateDetector detector, AnomalyTicker ticker, AnomalyMetrics.Binding metrics) {
        this.detector = detector;
        this.ticker = ticker;
        this.metrics = metrics;
    }

    /** Starts a detector for the appender {@code name}, evaluated on a timer thread that delivers to {@code sink}. */
    public static AnomalyRun start(String name, AnomalySettings settings, LongSupplier clock,
        Consumer<AnomalyAlert> sink, ThrottledReporter problems) {
        ErrorRateDetector detector = new ErrorRateDetector(settings, clock.getAsLong());
        return new AnomalyRun(detector, AnomalyTicker.start(name, detector, clock, sink, problems),
            metrics(name, settings, detector));
    }

    /** Starts a detector with no timer thread, for tests that call {@code detector().tick(...)} themselves. */
    public static AnomalyRun manual(String name, AnomalySettings settings, LongSupplier clock) {
        ErrorRateDetector detector = new ErrorRateDetector(settings, clock.getAsLong());
        return new AnomalyRun(detector, null, metrics(name, settings, detector));
    }

    private static AnomalyMetrics.Binding metrics(String name, AnomalySettings settings, ErrorRateDetector detector) {
        return settings.metrics() ? AnomalyMetrics.bindToGlobalRegistry(detector, name) : AnomalyMetrics.Binding.NONE;
    }

    public ErrorRateDetector detector() {
        return detector;
    }

    /** Stops the timer thread and removes the meters. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
        }
        metrics.close();
    }
}
