package dev.logveil.core.internal.anomaly;

import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One running life of an anomaly appender: its detector, the timer thread that evaluates it, and the optional
 * Micrometer binding, started and stopped together. Both adapters hold one of these between their framework's
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

    /**
     * Starts a detector for the appender {@code name}.
     *
     * @param sink receives every alert, on the timer thread
     * @param manualTicks {@code true} for tests that call {@code detector().tick(...)} themselves: no timer thread
     */
    public static AnomalyRun start(String name, AnomalySettings settings, LongSupplier clock,
        Consumer<AnomalyAlert> sink, ThrottledReporter problems, boolean manualTicks) {
        ErrorRateDetector detector = new ErrorRateDetector(settings, clock.getAsLong());
        AnomalyTicker ticker = manualTicks ? null : AnomalyTicker.start(name, detector, clock, sink, problems);
        AnomalyMetrics.Binding metrics = settings.metrics()
            ? AnomalyMetrics.bindToGlobalRegistry(detector, name) : AnomalyMetrics.Binding.NONE;
        return new AnomalyRun(detector, ticker, metrics);
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
