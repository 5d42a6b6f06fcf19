package dev.logveil.core.anomaly;

/**
 * The MDC / context-data keys an alert event carries, so that a JSON layout writes the figures as fields. Every
 * value is a string; numbers use a dot as decimal separator.
 */
public final class AnomalyContextKeys {
    /** The logger name of alert events. */
    public static final String LOGGER = "dev.logveil.anomaly";
    /** The MDC key whose value is listed among the top key_ids. */
    public static final String KEY_ID = "key_id";

    /** {@code firing}, {@code still_firing} or {@code resolved}. */
    public static final String STATE = "anomaly.state";
    /** Errors in the last window. */
    public static final String COUNT = "anomaly.count";
    /** The window, in seconds. */
    public static final String WINDOW = "anomaly.window";
    /** Errors per second over the last window. */
    public static final String RATE = "anomaly.rate";
    /** The count the baseline expected in one window. */
    public static final String EXPECTED = "anomaly.expected";
    /** Count over expected ({@code inf} when nothing was expected). */
    public static final String RATIO = "anomaly.ratio";
    /** The z-score of the window's count. */
    public static final String Z = "anomaly.z";
    /** When the incident began (ISO-8601 instant). */
    public static final String STARTED = "anomaly.started";
    /** How long the incident has lasted, in seconds. */
    public static final String DURATION = "anomaly.duration";
    /** Errors since the incident began (counting the window that revealed it). */
    public static final String TOTAL = "anomaly.total";
    /** The highest window count of the incident. */
    public static final String PEAK = "anomaly.peak";
    /** Earlier incidents that ended before the cooldown or the hourly cap let them be announced. */
    public static final String UNANNOUNCED = "anomaly.unannounced";
    /** Ratio mode: all events the appender saw in the last window. */
    public static final String EVENTS = "anomaly.events";
    /** Ratio mode: errors as a fraction of all events in the last window. */
    public static final String ERROR_FRACTION = "anomaly.error_fraction";
    /** Ratio mode: the fraction the baseline expected. */
    public static final String EXPECTED_FRACTION = "anomaly.expected_fraction";
    /** {@code name=count, ...}: the loggers with the most errors. */
    public static final String TOP_LOGGERS = "anomaly.top_loggers";
    /** {@code class=count, ...}: the root-cause exception types with the most errors. */
    public static final String TOP_EXCEPTIONS = "anomaly.top_exceptions";
    /** {@code key_id=count, ...}: the key_ids with the most errors. */
    public static final String TOP_KEY_IDS = "anomaly.top_key_ids";

    private AnomalyContextKeys() {
    }
}
