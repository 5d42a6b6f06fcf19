package dev.logveil.logback;

import ch.qos.logback.core.spi.ContextAware;
import dev.logveil.core.redact.Redactor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports faults that happen while an event is formatted (a converter or the JSON writer threw) as WARN statuses, at
 * most one per {@link Redactor#FAULT_REPORT_INTERVAL_MILLIS}, counting the ones it held back. The report names the
 * exception's type only: its message may hold the very text that was being redacted.
 */
final class FaultReporter {
    private final ContextAware owner;
    private final String component;
    private final AtomicLong suppressed = new AtomicLong();
    private final AtomicLong nextReportNanos = new AtomicLong(System.nanoTime());

    FaultReporter(ContextAware owner, String component) {
        this.owner = owner;
        this.component = component;
    }

    void report(String what, Throwable fault) {
        long now = System.nanoTime();
        long due = nextReportNanos.get();
        long interval = Redactor.FAULT_REPORT_INTERVAL_MILLIS * 1_000_000L;
        if (now - due < 0 || !nextReportNanos.compareAndSet(due, now + interval)) {
            suppressed.incrementAndGet();
            return;
        }
        try {
            owner.addWarn(component + ": " + what + " (" + fault.getClass().getName()
                + "); the text was replaced by the mask and the event was still written. Faults suppressed since the"
                + " last report: " + suppressed.getAndSet(0));
        } catch (RuntimeException ignored) {
            // Reporting must never turn a contained fault into an application exception.
        }
    }
}
