package dev.logveil.logback;

import ch.qos.logback.core.spi.ContextAware;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;

/**
 * Reports faults that happen while an event is formatted (a converter or the JSON writer threw) as WARN statuses, at
 * most one per {@link Redactor#FAULT_REPORT_INTERVAL_MILLIS}, counting the ones it held back. The report names the
 * exception's type only: its message may hold the very text that was being redacted.
 */
final class FaultReporter {
    private final String component;
    private final ThrottledReporter throttle;

    FaultReporter(ContextAware owner, String component) {
        this.component = component;
        this.throttle = new ThrottledReporter(owner::addWarn, Redactor.FAULT_REPORT_INTERVAL_MILLIS);
    }

    void report(String what, Throwable fault) {
        throttle.report(component + ": " + what + " (" + Faults.typeOf(fault)
            + "); the text was replaced by the mask and the event was still written");
    }
}
