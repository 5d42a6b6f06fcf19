package dev.logveil.core.internal.anomaly;

import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One anomaly appender's detector across its framework's {@code start()} and {@code stop()}: both adapters' appenders
 * hold one, record into {@link #detector()} and receive alerts through the sink they gave it.
 *
 * <p>Tests of an appender replace the evaluation thread by a manual clock ({@link #useManualClock}) and evaluate
 * when they choose ({@link #evaluate}), so that they need no sleeps; those two switches are here, once, rather than
 * in each appender.
 */
public final class AnomalyRunner {
    private final Consumer<AnomalyAlert> sink;
    private LongSupplier clock = System::currentTimeMillis;
    private boolean manualTicks;
    private String name;
    private AnomalySettings settings;
    private ThrottledReporter problems;
    private AnomalyRun run;
    /** Read on every logging thread; replaced only by start and by a switch to the manual clock. */
    private volatile ErrorRateDetector detector;

    /** A runner that hands each alert to {@code sink}: on the evaluation thread, or on the caller of evaluate. */
    public AnomalyRunner(Consumer<AnomalyAlert> sink) {
        this.sink = sink;
    }

    /** Starts a fresh detector for the appender {@code name}, with its evaluation thread unless the clock is manual. */
    public void start(String name, AnomalySettings settings, ThrottledReporter problems) {
        this.name = name;
        this.settings = settings;
        this.problems = problems;
        stop();
        run = manualTicks
            ? AnomalyRun.manual(name, settings, clock)
            : AnomalyRun.start(name, settings, clock, sink, problems);
        detector = run.detector();
    }

    /** Stops the evaluation thread and removes the meters; the last detector stays readable. */
    public void stop() {
        if (run != null) {
            run.close();
            run = null;
        }
    }

    /** The running detector, to record events into; {@code null} before the first start. */
    public ErrorRateDetector detector() {
        return detector;
    }

    /**
     * For tests: evaluations happen only on {@link #evaluate()} calls, on {@code manualClock}. A started runner
     * restarts on the new clock, so counting starts over.
     */
    public void useManualClock(LongSupplier manualClock) {
        this.clock = manualClock;
        this.manualTicks = true;
        if (run != null) {
            start(name, settings, problems);
        }
    }

    /** For tests: evaluates now, on the manual clock, and delivers the alerts on the calling thread. */
    public void evaluate() {
        for (AnomalyAlert alert : detector.tick(clock.getAsLong())) {
            sink.accept(alert);
        }
    }
}
