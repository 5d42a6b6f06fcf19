package dev.logveil.core.anomaly;

import java.time.Duration;
import java.util.List;

/**
 * Validated, immutable options of one error-rate detector (made by {@link AnomalyConfig#build}), and the figures
 * that follow from them: the bucket width (a sixth of the window), the baseline's smoothing factor per bucket and the
 * warm-up length.
 */
public final class AnomalySettings {
    /** The detector evaluates once per bucket; a window is this many buckets. */
    public static final int BUCKETS_PER_WINDOW = 6;

    private final Severity level;
    private final Duration window;
    private final Duration baseline;
    private final int minErrors;
    private final double factor;
    private final Duration cooldown;
    private final double zScore;
    private final int sustain;
    private final double resolveFactor;
    private final Duration resolveAfter;
    private final Duration digestInterval;
    private final int maxAlertsPerHour;
    private final boolean ratioMode;
    private final int minEvents;
    private final int topK;
    private final boolean metrics;
    private final List<String> markers;
    private final List<String> loggers;

    AnomalySettings(Severity level, Duration window, Duration baseline, int minErrors, double factor,
                    Duration cooldown, double zScore, int sustain, double resolveFactor, Duration resolveAfter,
                    Duration digestInterval, int maxAlertsPerHour, boolean ratioMode, int minEvents, int topK,
                    boolean metrics, List<String> markers, List<String> loggers) {
        this.level = level;
        this.window = window;
        this.baseline = baseline;
        this.minErrors = minErrors;
        this.factor = factor;
        this.cooldown = cooldown;
        this.zScore = zScore;
        this.sustain = sustain;
        this.resolveFactor = resolveFactor;
        this.resolveAfter = resolveAfter;
        this.digestInterval = digestInterval;
        this.maxAlertsPerHour = maxAlertsPerHour;
        this.ratioMode = ratioMode;
        this.minEvents = minEvents;
        this.topK = topK;
        this.metrics = metrics;
        this.markers = List.copyOf(markers);
        this.loggers = List.copyOf(loggers);
    }

    /** The settings with every option at its default. */
    public static AnomalySettings defaults() {
        return new AnomalyConfig().build(null);
    }

    public Severity level() {
        return level;
    }

    public Duration window() {
        return window;
    }

    public Duration baseline() {
        return baseline;
    }

    public int minErrors() {
        return minErrors;
    }

    public double factor() {
        return factor;
    }

    public Duration cooldown() {
        return cooldown;
    }

    public double zScore() {
        return zScore;
    }

    public int sustain() {
        return sustain;
    }

    public double resolveFactor() {
        return resolveFactor;
    }

    public Duration resolveAfter() {
        return resolveAfter;
    }

    public Duration digestInterval() {
        return digestInterval;
    }

    public int maxAlertsPerHour() {
        return maxAlertsPerHour;
    }

    public boolean ratioMode() {
        return ratioMode;
    }

    public int minEvents() {
        return minEvents;
    }

    public int topK() {
        return topK;
    }

    public boolean metrics() {
        return metrics;
    }

    /** The marker names of which an event must carry one to count; empty when markers do not matter. */
    public List<String> markers() {
        return markers;
    }

    /** The logger names under which an event must be logged to count; empty when loggers do not matter. */
    public List<String> loggers() {
        return loggers;
    }

    /**
     * Whether an event of this logger can count: always when no {@code loggers} are set, otherwise when the name is
     * one of them or a descendant ({@code com.acme.auth} takes {@code com.acme.auth.Login} and
     * {@code com.acme.auth$Inner}, not {@code com.acme.authz}).
     */
    public boolean selectsLogger(String loggerName) {
        if (loggers.isEmpty()) {
            return true;
        }
        if (loggerName == null) {
            return false;
        }
        for (String prefix : loggers) {
            if (loggerName.startsWith(prefix)) {
                int end = prefix.length();
                if (loggerName.length() == end || prefix.endsWith(".")
                    || loggerName.charAt(end) == '.' || loggerName.charAt(end) == '$') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The width of one bucket, the evaluation interval: a sixth of the window. */
    public long bucketMillis() {
        return Math.max(1L, Math.round(window.toMillis() / (double) BUCKETS_PER_WINDOW));
    }

    /** The baseline's smoothing factor per bucket: {@code 1 - 2^(-bucket / baseline)}. */
    public double alpha() {
        return 1.0 - Math.pow(2.0, -(double) bucketMillis() / baseline.toMillis());
    }

    /**
     * How many buckets the baseline learns before the detector judges with its full sensitivity: a sixth of the
     * baseline half-life (5 minutes at the default 30), and never less than two windows.
     */
    public int warmUpBuckets() {
        long buckets = Math.round(baseline.toMillis() / 6.0 / bucketMillis());
        return (int) Math.max(2L * BUCKETS_PER_WINDOW, Math.min(buckets, Integer.MAX_VALUE));
    }

    /** How many consecutive calm evaluations resolve an incident ({@code resolveAfter} in buckets, at least 1). */
    public int resolveEvaluations() {
        long buckets = (resolveAfter.toMillis() + bucketMillis() - 1) / bucketMillis();
        return (int) Math.max(1L, Math.min(buckets, Integer.MAX_VALUE));
    }
}
