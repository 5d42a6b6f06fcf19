package dev.logveil.core.redact;

/**
 * Told when redaction failed inside the engine. The redactor has already replaced the text by the mask (it fails
 * closed); the listener only reports. Adapters route it to their framework's status channel. Messages never contain
 * the text being redacted.
 */
@FunctionalInterface
public interface RedactionFaultListener {
    /** A listener that drops reports, for callers with nowhere to send them. */
    RedactionFaultListener IGNORE = message -> { };

    /**
     * Called at most once per {@link Redactor#FAULT_REPORT_INTERVAL_MILLIS} per redactor; the message says how many
     * faults were held back since the previous report.
     */
    void redactionFailed(String message);
}
