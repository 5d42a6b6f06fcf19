package dev.logveil.log4j2;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Where Logveil's Log4j2 plugins report: Log4j2's {@link StatusLogger}, every message starting with the element the
 * user wrote ({@code RedactingPatternLayout}, {@code %redact}, ...), so that a status line names what to fix.
 *
 * <p>Configuration problems are reported once, as errors, when the plugin is built. Faults while logging are
 * reported as warnings, at most once a minute per plugin instance, with the number of faults suppressed since.
 */
final class PluginStatus {
    static final Logger LOGGER = StatusLogger.getLogger();

    private final String element;
    /** At most one runtime fault report per {@link Redactor#FAULT_REPORT_INTERVAL_MILLIS}, as in core's redactor. */
    private final ThrottledReporter faults = new ThrottledReporter(LOGGER::warn, Redactor.FAULT_REPORT_INTERVAL_MILLIS);

    PluginStatus(String element) {
        this.element = element;
    }

    /**
     * Builds the redactor of {@code config}: each invalid option becomes an error naming {@code element} and the
     * value; engine faults while logging become rate-limited warnings. Never fails.
     */
    static Redactor buildRedactor(String element, RedactorConfig config) {
        config.setFaultListener(message -> LOGGER.warn(element + ": " + message));
        return config.build(problem -> LOGGER.error(element + ": " + problem));
    }

    /** Reports a configuration problem of {@code element}. */
    static void configurationError(String element, String message) {
        LOGGER.error(element + ": " + message);
    }

    /** Reports a configuration problem of this plugin. */
    void configurationError(String message) {
        configurationError(element, message);
    }

    /**
     * Reports a fault while writing an event, rate-limited. Only the fault's class is reported: its message may
     * quote the text being written, which may hold a secret.
     */
    void runtimeFault(String whatHappened, Throwable fault) {
        faults.report(element + ": " + whatHappened + " (" + Faults.typeOf(fault) + ")");
    }
}
