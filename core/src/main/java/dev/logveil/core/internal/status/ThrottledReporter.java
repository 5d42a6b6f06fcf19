package dev.logveil.core.internal.status;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Passes runtime problems (a redaction fault, an attached appender that throws, a failing tick) to the framework's
 * status channel at most once per interval, and says how many were held back in between, so that a fault that
 * repeats on every event cannot flood the status log. Thread-safe; the one rate limiter of Logveil's components.
 */
public final class ThrottledReporter {
    private final Consumer<String> out;
    private final long intervalMillis;
    private final LongSupplier clock;
    private long lastReportAt = Long.MIN_VALUE;
    private int heldBack;

    /**
     * @param out where problems go (the framework's status channel)
     * @param intervalMillis the least time between two reports
     * @param clock the current time in milliseconds
     */
    public ThrottledReporter(Consumer<String> out, long intervalMillis, LongSupplier clock) {
        this.out = out;
        this.intervalMillis = intervalMillis;
        this.clock = clock;
    }

    /** A reporter on the system clock. */
    public ThrottledReporter(Consumer<String> out, long intervalMillis) {
        this(out, intervalMillis, System::currentTimeMillis);
    }

    /** Reports {@code problem} unless one was reported less than the interval ago. */
    public void report(String problem) {
        String message;
        synchronized (this) {
            long now = clock.getAsLong();
            if (lastReportAt != Long.MIN_VALUE && now - lastReportAt < intervalMillis) {
                heldBack++;
                return;
            }
            message = heldBack == 0 ? problem : problem + " (" + heldBack + " similar problems were not reported)";
            lastReportAt = now;
            heldBack = 0;
        }
        try {
            out.accept(message);
        } catch (RuntimeException ignored) {
            // Reporting must never turn a contained fault into an application exception.
        }
    }
}
