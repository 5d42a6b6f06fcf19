package dev.logveil.core.anomaly;

import dev.logveil.core.internal.options.AnomalyOption;
import dev.logveil.core.internal.options.CommaList;
import dev.logveil.core.internal.options.OnOff;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.time.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The options of the error-rate anomaly appender, in the vocabulary shared by the Logback and Log4j2 adapters, and
 * their defaults (this class is the one place they are written). Collects raw values as the configuration supplies
 * them; {@link #build} validates them, reports each problem in words that name the option and the value, and always
 * returns working {@link AnomalySettings}: an invalid option falls back to its default.
 *
 * <p>Not thread-safe: fill it from one configuration thread, then share the built settings.
 */
public final class AnomalyConfig {
    /** Events at or above this level count as errors. */
    public static final Severity DEFAULT_LEVEL = Severity.ERROR;
    /** The detection window: the count of the last window is compared with the baseline. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    /** The half-life of the learned baseline. */
    public static final Duration DEFAULT_BASELINE = Duration.ofMinutes(30);
    /** The fewest errors in one window that can fire. */
    public static final int DEFAULT_MIN_ERRORS = 10;
    /** How many times the expected count the window must reach to fire. */
    public static final double DEFAULT_FACTOR = 3.0;
    /** The least time between two "firing" notices. */
    public static final Duration DEFAULT_COOLDOWN = Duration.ofMinutes(10);
    /** The significance a window must reach, in standard deviations of the overdispersion-aware variance. */
    public static final double DEFAULT_Z_SCORE = 4.0;
    /** How many consecutive evaluations (one per sixth of a window) must be hot before it fires. */
    public static final int DEFAULT_SUSTAIN = 2;
    /** The window must fall to this many times the expected count (or half of minErrors) to count as calm. */
    public static final double DEFAULT_RESOLVE_FACTOR = 1.5;
    /** The interval of "still firing" digests while an incident lasts. */
    public static final Duration DEFAULT_DIGEST_INTERVAL = Duration.ofMinutes(30);
    /** The most firing and still-firing notices in any hour. */
    public static final int DEFAULT_MAX_ALERTS_PER_HOUR = 6;
    /** In ratio mode, the fewest events in a window for the ratio to be judged. */
    public static final int DEFAULT_MIN_EVENTS = 100;
    /** The number of loggers, exception types and key_ids listed in an alert. */
    public static final int DEFAULT_TOP_K = 5;

    /** The shortest window accepted: the detector evaluates six times per window. */
    static final Duration MIN_WINDOW = Duration.ofSeconds(1);
    /**
     * The longest duration any option takes. Far beyond any sensible window or cooldown, and small enough that the
     * figures derived from it (thirty windows, a deadline on the clock) cannot overflow a {@code long}.
     */
    public static final Duration MAX_DURATION = Duration.ofDays(365);
    private static final int MAX_TOP_K = 20;

    private String level;
    private String window;
    private String baseline;
    private String minErrors;
    private String factor;
    private String cooldown;
    private String zScore;
    private String sustain;
    private String resolveFactor;
    private String resolveAfter;
    private String digestInterval;
    private String maxAlertsPerHour;
    private String ratioMode;
    private String minEvents;
    private String topK;
    private String metrics;
    private final List<String> markers = new ArrayList<>();
    private final List<String> loggers = new ArrayList<>();

    /**
     * Applies one option given as text, as properties give them. The name is one of {@link AnomalyOption}'s, in any
     * case, camel or kebab ({@code minErrors}, {@code min-errors}); an unknown name is reported to {@code report} and
     * changes nothing. The value is validated by {@link #build}.
     */
    public AnomalyConfig apply(String name, String value, Consumer<String> report) {
        AnomalyOption option = AnomalyOption.byName(name);
        if (option == null) {
            report.accept("unknown option '" + name + "'; ignored. Options: " + Option.names(AnomalyOption.class));
            return this;
        }
        switch (option) {
            case LEVEL -> setLevel(value);
            case WINDOW -> setWindow(value);
            case BASELINE -> setBaseline(value);
            case MIN_ERRORS -> setMinErrors(value);
            case FACTOR -> setFactor(value);
            case COOLDOWN -> setCooldown(value);
            case Z_SCORE -> setZScore(value);
            case SUSTAIN -> setSustain(value);
            case RESOLVE_FACTOR -> setResolveFactor(value);
            case RESOLVE_AFTER -> setResolveAfter(value);
            case DIGEST_INTERVAL -> setDigestInterval(value);
            case MAX_ALERTS_PER_HOUR -> setMaxAlertsPerHour(value);
            case RATIO_MODE -> setRatioMode(value);
            case MIN_EVENTS -> setMinEvents(value);
            case TOP_K -> setTopK(value);
            case METRICS -> setMetrics(value);
            case MARKERS -> setMarkers(value);
            case LOGGERS -> setLoggers(value);
            default -> throw new IllegalStateException("option not applied: " + option);
        }
        return this;
    }

    /** {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR} (default) or {@code FATAL}. */
    public AnomalyConfig setLevel(String level) {
        this.level = level;
        return this;
    }

    /** The detection window, a duration such as {@code 60s}; default 60 s, at least 1 s. */
    public AnomalyConfig setWindow(String window) {
        this.window = window;
        return this;
    }

    /** The half-life of the learned baseline, such as {@code 30m}; default 30 min, at least two windows. */
    public AnomalyConfig setBaseline(String baseline) {
        this.baseline = baseline;
        return this;
    }

    /** The fewest errors in one window that can fire; default 10. */
    public AnomalyConfig setMinErrors(String minErrors) {
        this.minErrors = minErrors;
        return this;
    }

    /** How many times the expected count a window must reach; default 3, at least 1. */
    public AnomalyConfig setFactor(String factor) {
        this.factor = factor;
        return this;
    }

    /** The least time between two firing notices; default 10 min. */
    public AnomalyConfig setCooldown(String cooldown) {
        this.cooldown = cooldown;
        return this;
    }

    /** The significance threshold in standard deviations; default 4. */
    public AnomalyConfig setZScore(String zScore) {
        this.zScore = zScore;
        return this;
    }

    /** How many consecutive hot evaluations fire; default 2. */
    public AnomalyConfig setSustain(String sustain) {
        this.sustain = sustain;
        return this;
    }

    /** The calm threshold as a multiple of the expected count; default 1.5, below {@code factor}. */
    public AnomalyConfig setResolveFactor(String resolveFactor) {
        this.resolveFactor = resolveFactor;
        return this;
    }

    /** How long the window must stay calm before "resolved"; default one window. */
    public AnomalyConfig setResolveAfter(String resolveAfter) {
        this.resolveAfter = resolveAfter;
        return this;
    }

    /** The interval of "still firing" digests; default 30 min, {@code 0s} for none. */
    public AnomalyConfig setDigestInterval(String digestInterval) {
        this.digestInterval = digestInterval;
        return this;
    }

    /** The most firing and still-firing notices per hour; default 6, {@code 0} for no cap. */
    public AnomalyConfig setMaxAlertsPerHour(String maxAlertsPerHour) {
        this.maxAlertsPerHour = maxAlertsPerHour;
        return this;
    }

    /** {@code true} to judge errors as a fraction of all events the appender sees; default {@code false}. */
    public AnomalyConfig setRatioMode(String ratioMode) {
        this.ratioMode = ratioMode;
        return this;
    }

    /** In ratio mode, the fewest events in a window for it to fire; default 100. */
    public AnomalyConfig setMinEvents(String minEvents) {
        this.minEvents = minEvents;
        return this;
    }

    /** How many loggers, exception types and key_ids an alert lists; default 5. */
    public AnomalyConfig setTopK(String topK) {
        this.topK = topK;
        return this;
    }

    /** {@code false} to skip the Micrometer binding even when Micrometer is present; default {@code true}. */
    public AnomalyConfig setMetrics(String metrics) {
        this.metrics = metrics;
        return this;
    }

    /** Comma-separated marker names; when any is set, only events carrying one of them count. */
    public AnomalyConfig setMarkers(String commaList) {
        markers.addAll(CommaList.split(commaList));
        return this;
    }

    /** Adds marker names (see {@link #setMarkers}). */
    public AnomalyConfig addMarker(String name) {
        markers.addAll(CommaList.split(name));
        return this;
    }

    /**
     * Comma-separated logger names; when any is set, only events of these loggers and their descendants count
     * ({@code com.acme.auth} takes {@code com.acme.auth.Login}, not {@code com.acme.authz}).
     */
    public AnomalyConfig setLoggers(String commaList) {
        loggers.addAll(CommaList.split(commaList));
        return this;
    }

    /** Adds logger names (see {@link #setLoggers}). */
    public AnomalyConfig addLogger(String name) {
        loggers.addAll(CommaList.split(name));
        return this;
    }

    /**
     * Builds the settings. Never fails: each invalid option is reported to {@code problems} (the message names the
     * option and the value) and replaced by its default.
     */
    public AnomalySettings build(Consumer<String> problems) {
        Consumer<String> report = problems == null ? message -> { } : problems;
        Severity effectiveLevel = DEFAULT_LEVEL;
        if (level != null) {
            effectiveLevel = Severity.byName(level);
            if (effectiveLevel == null) {
                report.accept(AnomalyOption.LEVEL.optionName() + ": unknown level '" + level + "' (expected TRACE,"
                    + " DEBUG, INFO, WARN, ERROR or FATAL); using the default " + DEFAULT_LEVEL);
                effectiveLevel = DEFAULT_LEVEL;
            }
        }
        Duration effectiveWindow = duration(AnomalyOption.WINDOW, window, DEFAULT_WINDOW, MIN_WINDOW, report);
        Duration baselineFloor = effectiveWindow.multipliedBy(2);
        Duration baselineDefault = max(DEFAULT_BASELINE, effectiveWindow.multipliedBy(30));
        Duration effectiveBaseline =
            duration(AnomalyOption.BASELINE, baseline, baselineDefault, baselineFloor, report);
        double effectiveFactor = decimal(AnomalyOption.FACTOR, factor, DEFAULT_FACTOR, 1.0, 1_000_000.0, report);
        double resolveDefault = Math.min(DEFAULT_RESOLVE_FACTOR, effectiveFactor);
        double effectiveResolveFactor =
            decimal(AnomalyOption.RESOLVE_FACTOR, resolveFactor, resolveDefault, 0.0, effectiveFactor, report);
        return new AnomalySettings(
            effectiveLevel,
            effectiveWindow,
            effectiveBaseline,
            integer(AnomalyOption.MIN_ERRORS, minErrors, DEFAULT_MIN_ERRORS, 1, report),
            effectiveFactor,
            duration(AnomalyOption.COOLDOWN, cooldown, DEFAULT_COOLDOWN, Duration.ZERO, report),
            decimal(AnomalyOption.Z_SCORE, zScore, DEFAULT_Z_SCORE, 0.5, 100.0, report),
            integer(AnomalyOption.SUSTAIN, sustain, DEFAULT_SUSTAIN, 1, report),
            effectiveResolveFactor,
            duration(AnomalyOption.RESOLVE_AFTER, resolveAfter, effectiveWindow, Duration.ZERO, report),
            duration(AnomalyOption.DIGEST_INTERVAL, digestInterval, DEFAULT_DIGEST_INTERVAL, Duration.ZERO, report),
            integer(AnomalyOption.MAX_ALERTS_PER_HOUR, maxAlertsPerHour, DEFAULT_MAX_ALERTS_PER_HOUR, 0, report),
            bool(AnomalyOption.RATIO_MODE, ratioMode, false, report),
            integer(AnomalyOption.MIN_EVENTS, minEvents, DEFAULT_MIN_EVENTS, 0, report),
            Math.min(integer(AnomalyOption.TOP_K, topK, DEFAULT_TOP_K, 0, report), MAX_TOP_K),
            bool(AnomalyOption.METRICS, metrics, true, report),
            markers,
            loggers);
    }

    private static Duration duration(AnomalyOption option, String value, Duration fallback, Duration floor,
                                     Consumer<String> report) {
        if (value == null) {
            return fallback;
        }
        Duration parsed;
        try {
            parsed = Durations.parse(value);
        } catch (IllegalArgumentException e) {
            report.accept(option.optionName() + ": " + e.getMessage() + "; using the default "
                + Durations.format(fallback));
            return fallback;
        }
        if (parsed.compareTo(floor) < 0) {
            report.accept(option.optionName() + ": '" + value + "' is shorter than " + Durations.format(floor)
                + "; using the default " + Durations.format(fallback));
            return fallback;
        }
        if (parsed.compareTo(MAX_DURATION) > 0) {
            report.accept(option.optionName() + ": '" + value + "' is longer than "
                + Durations.format(MAX_DURATION)
                + "; using the default " + Durations.format(fallback));
            return fallback;
        }
        return parsed;
    }

    private static int integer(AnomalyOption option, String value, int fallback, int min, Consumer<String> report) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min) {
                return parsed;
            }
            report.accept(option.optionName() + ": " + parsed + " is below " + min + "; using the default "
                + fallback);
        } catch (NumberFormatException e) {
            report.accept(option.optionName() + ": '" + value + "' is not a whole number; using the default "
                + fallback);
        }
        return fallback;
    }

    private static double decimal(AnomalyOption option, String value, double fallback, double min, double max,
                                  Consumer<String> report) {
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
            String bound = parsed < min ? "below " + plain(min) : "above " + plain(max);
            report.accept(option.optionName() + ": " + value.trim() + " is " + bound + "; using the default "
                + plain(fallback));
        } catch (NumberFormatException e) {
            report.accept(option.optionName() + ": '" + value + "' is not a number; using the default "
                + plain(fallback));
        }
        return fallback;
    }

    private static boolean bool(AnomalyOption option, String value, boolean fallback, Consumer<String> report) {
        return OnOff.read(option.optionName(), value, fallback, fallback, report);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : Double.toString(value);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
