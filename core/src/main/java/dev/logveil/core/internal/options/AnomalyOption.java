package dev.logveil.core.internal.options;

import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.internal.time.Durations;
import java.util.List;

/**
 * The options of the error-rate anomaly appender, in both adapters and Spring Boot. Applied by
 * {@code AnomalyConfig#apply}, which validates them; the defaults are {@link AnomalyConfig}'s.
 */
public enum AnomalyOption implements Option {
    LEVEL("level", OptionType.LEVEL, AnomalyConfig.DEFAULT_LEVEL.name(), "events at or above it count as errors"),
    WINDOW("window", OptionType.DURATION, Durations.format(AnomalyConfig.DEFAULT_WINDOW),
        "the detection window; at least 1 s"),
    BASELINE("baseline", OptionType.DURATION, Durations.format(AnomalyConfig.DEFAULT_BASELINE),
        "the half-life of the learned baseline; at least two windows"),
    MIN_ERRORS("minErrors", OptionType.WHOLE_NUMBER, Integer.toString(AnomalyConfig.DEFAULT_MIN_ERRORS),
        "the fewest errors in one window that can fire"),
    FACTOR("factor", OptionType.DECIMAL, "3", "how many times the expected count a window must reach"),
    COOLDOWN("cooldown", OptionType.DURATION, Durations.format(AnomalyConfig.DEFAULT_COOLDOWN),
        "the least time between two firing notices"),
    Z_SCORE("zScore", OptionType.DECIMAL, "4", "the significance threshold in standard deviations"),
    SUSTAIN("sustain", OptionType.WHOLE_NUMBER, Integer.toString(AnomalyConfig.DEFAULT_SUSTAIN),
        "how many consecutive hot evaluations fire"),
    RESOLVE_FACTOR("resolveFactor", OptionType.DECIMAL, "1.5",
        "the calm threshold as a multiple of the expected count"),
    RESOLVE_AFTER("resolveAfter", OptionType.DURATION, "one window",
        "how long the window must stay calm before resolved"),
    DIGEST_INTERVAL("digestInterval", OptionType.DURATION, Durations.format(AnomalyConfig.DEFAULT_DIGEST_INTERVAL),
        "the interval of still-firing digests; 0s for none"),
    MAX_ALERTS_PER_HOUR("maxAlertsPerHour", OptionType.WHOLE_NUMBER,
        Integer.toString(AnomalyConfig.DEFAULT_MAX_ALERTS_PER_HOUR), "the most notices per hour; 0 for no cap"),
    RATIO_MODE("ratioMode", OptionType.ON_OFF, "false", "judge errors as a fraction of all events"),
    MIN_EVENTS("minEvents", OptionType.WHOLE_NUMBER, Integer.toString(AnomalyConfig.DEFAULT_MIN_EVENTS),
        "in ratio mode, the fewest events in a window for it to fire"),
    TOP_K("topK", OptionType.WHOLE_NUMBER, Integer.toString(AnomalyConfig.DEFAULT_TOP_K),
        "how many loggers, exception types and key_ids an alert lists"),
    METRICS("metrics", OptionType.ON_OFF, "true", "publish the detector's figures through Micrometer"),
    MARKERS("markers", List.of("marker"), OptionType.COMMA_LIST, "",
        "only events carrying one of these markers count"),
    LOGGERS("loggers", List.of("logger"), OptionType.COMMA_LIST, "",
        "only events of these loggers and their descendants count");

    private final Declaration declaration;

    AnomalyOption(String optionName, OptionType type, String defaultValue, String doc) {
        this(optionName, List.of(), type, defaultValue, doc);
    }

    AnomalyOption(String optionName, List<String> aliases, OptionType type, String defaultValue, String doc) {
        this.declaration = new Declaration(optionName, aliases, type, defaultValue, doc);
    }

    /** The option {@code name} names, or {@code null}. */
    public static AnomalyOption byName(String name) {
        return Option.find(AnomalyOption.class, name);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }
}
