package dev.logveil.core.internal.anomaly;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.internal.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One notice of a detector: what happened ({@link #kind()}), the figures that decided it, and what was failing
 * (the top loggers, root-cause exception types and key_ids). The message text and the context-data map are built
 * here, once, so both adapters emit exactly the same alert; they only wrap it in a framework event.
 *
 * <p>The message begins {@code error-rate anomaly firing}, {@code error-rate anomaly still firing} or
 * {@code error-rate anomaly resolved}, for example:
 * <pre>
 * error-rate anomaly firing: 214 errors in 1m (3.57/s), expected 11.3 (18.9x), z=27.4; top loggers:
 * com.acme.Db=180, com.acme.Api=34; top exceptions: java.net.ConnectException=170; top key_ids: 3f2a9c0d1e4b5a6f=120
 * </pre>
 */
public final class AnomalyAlert {
    /** The most characters of one logger name, exception type or key_id in a notice; the rest is cut. */
    public static final int MAX_ENTRY_CHARS = 120;
    /**
     * The most characters of one top list in a notice (text and context field alike); entries beyond are counted,
     * not listed. With the figures, a whole notice stays under {@value #MAX_NOTICE_CHARS} characters.
     */
    public static final int MAX_LIST_CHARS = 1_000;
    /** What a notice's message can reach at most: the figures and three capped lists. */
    public static final int MAX_NOTICE_CHARS = 4_000;
    private final AlertKind kind;
    private final long atMillis;
    private final long startedAtMillis;
    private final Duration window;
    private final long count;
    private final double expected;
    private final double z;
    private final boolean ratioMode;
    private final long events;
    private final double expectedFraction;
    private final long total;
    private final long peak;
    private final int unannounced;
    private final List<TopEntry> topLoggers;
    private final List<TopEntry> topExceptions;
    private final List<TopEntry> topKeyIds;
    private final String message;
    private final Map<String, String> contextData;

    AnomalyAlert(AlertKind kind, long atMillis, long startedAtMillis, Duration window, Figures figures, long total,
                 long peak, int unannounced, List<TopEntry> topLoggers, List<TopEntry> topExceptions,
                 List<TopEntry> topKeyIds) {
        this.kind = kind;
        this.atMillis = atMillis;
        this.startedAtMillis = startedAtMillis;
        this.window = window;
        this.count = figures.count();
        this.expected = figures.expected();
        this.z = figures.z();
        this.ratioMode = figures.ratioMode();
        this.events = figures.events();
        this.expectedFraction = figures.expectedFraction();
        this.total = total;
        this.peak = peak;
        this.unannounced = unannounced;
        this.topLoggers = List.copyOf(topLoggers);
        this.topExceptions = List.copyOf(topExceptions);
        this.topKeyIds = List.copyOf(topKeyIds);
        this.message = buildMessage();
        this.contextData = Collections.unmodifiableMap(buildContextData());
    }

    public AlertKind kind() {
        return kind;
    }

    /** When the detector decided (the end of the evaluated bucket), in the detector's milliseconds. */
    public long atMillis() {
        return atMillis;
    }

    /** When the incident's window first turned hot. */
    public long startedAtMillis() {
        return startedAtMillis;
    }

    /** How long the incident has lasted at this notice. */
    public Duration duration() {
        return Duration.ofMillis(Math.max(0L, atMillis - startedAtMillis));
    }

    public Duration window() {
        return window;
    }

    /** Errors in the last window. */
    public long count() {
        return count;
    }

    /** Errors per second over the last window. */
    public double rate() {
        return count * 1000.0 / window.toMillis();
    }

    /** The count the baseline expected in one window (frozen at the incident's start). */
    public double expected() {
        return expected;
    }

    /** {@code count / expected}; infinite when nothing was expected. */
    public double ratio() {
        return expected > 0 ? count / expected : Double.POSITIVE_INFINITY;
    }

    public double z() {
        return z;
    }

    /** Errors since the incident began, counting the window that revealed it. */
    public long total() {
        return total;
    }

    /** The highest window count of the incident so far. */
    public long peak() {
        return peak;
    }

    /** Earlier incidents that ended before the cooldown or the hourly cap allowed announcing them. */
    public int unannounced() {
        return unannounced;
    }

    /** The loggers with the most errors: in the window, or over the whole incident for {@code RESOLVED}. */
    public List<TopEntry> topLoggers() {
        return topLoggers;
    }

    /** The root-cause exception types with the most errors (window, or incident for {@code RESOLVED}). */
    public List<TopEntry> topExceptions() {
        return topExceptions;
    }

    /** The key_ids with the most errors (window, or incident for {@code RESOLVED}). */
    public List<TopEntry> topKeyIds() {
        return topKeyIds;
    }

    /** The alert's message: the state, then the figures, then the top lists. */
    public String message() {
        return message;
    }

    /** The same figures as {@link AnomalyContextKeys context-data entries}, in a stable order; unmodifiable. */
    public Map<String, String> contextData() {
        return contextData;
    }

    @Override
    public String toString() {
        return message;
    }

    private String buildMessage() {
        StringBuilder text = new StringBuilder(256).append("error-rate anomaly ");
        switch (kind) {
            case FIRING:
                text.append("firing");
                break;
            case STILL_FIRING:
                text.append("still firing for ").append(Durations.format(roundedDuration()));
                break;
            default:
                text.append("resolved after ").append(Durations.format(roundedDuration()));
                break;
        }
        text.append(": ").append(count).append(count == 1 ? " error in " : " errors in ")
            .append(Durations.format(window)).append(" (").append(decimal(rate(), 2)).append("/s), expected ")
            .append(decimal(expected, 1));
        if (expected > 0) {
            text.append(" (").append(ratioText()).append("x)");
        }
        text.append(", z=").append(decimal(z, 1));
        if (ratioMode) {
            text.append("; ").append(percent(fraction())).append(" of ").append(events).append(" events, baseline ")
                .append(percent(expectedFraction));
        }
        if (kind != AlertKind.FIRING) {
            text.append("; ").append(total).append(" errors since ").append(Instant.ofEpochMilli(startedAtMillis))
                .append(", peak ").append(peak).append(" in ").append(Durations.format(window));
        }
        if (unannounced > 0) {
            text.append("; ").append(unannounced).append(unannounced == 1 ? " earlier incident was" : " earlier"
                + " incidents were").append(" not announced (cooldown or hourly cap)");
        }
        appendTop(text, "top loggers", topLoggers);
        appendTop(text, "top exceptions", topExceptions);
        appendTop(text, "top key_ids", topKeyIds);
        return text.toString();
    }

    private Map<String, String> buildContextData() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(AnomalyContextKeys.STATE, kind.label());
        data.put(AnomalyContextKeys.COUNT, Long.toString(count));
        data.put(AnomalyContextKeys.WINDOW, seconds(window.toMillis()));
        data.put(AnomalyContextKeys.RATE, decimal(rate(), 3));
        data.put(AnomalyContextKeys.EXPECTED, decimal(expected, 2));
        data.put(AnomalyContextKeys.RATIO, ratioText());
        data.put(AnomalyContextKeys.Z, decimal(z, 2));
        data.put(AnomalyContextKeys.STARTED, Instant.ofEpochMilli(startedAtMillis).toString());
        data.put(AnomalyContextKeys.DURATION, seconds(duration().toMillis()));
        data.put(AnomalyContextKeys.TOTAL, Long.toString(total));
        data.put(AnomalyContextKeys.PEAK, Long.toString(peak));
        if (unannounced > 0) {
            data.put(AnomalyContextKeys.UNANNOUNCED, Integer.toString(unannounced));
        }
        if (ratioMode) {
            data.put(AnomalyContextKeys.EVENTS, Long.toString(events));
            data.put(AnomalyContextKeys.ERROR_FRACTION, decimal(fraction(), 6));
            data.put(AnomalyContextKeys.EXPECTED_FRACTION, decimal(expectedFraction, 6));
        }
        putTop(data, AnomalyContextKeys.TOP_LOGGERS, topLoggers);
        putTop(data, AnomalyContextKeys.TOP_EXCEPTIONS, topExceptions);
        putTop(data, AnomalyContextKeys.TOP_KEY_IDS, topKeyIds);
        return data;
    }

    private double fraction() {
        return events > 0 ? (double) count / events : 0.0;
    }

    private Duration roundedDuration() {
        return Duration.ofSeconds(Math.round(duration().toMillis() / 1000.0));
    }

    private String ratioText() {
        double ratio = ratio();
        return Double.isInfinite(ratio) ? "inf" : decimal(ratio, 1);
    }

    private static void appendTop(StringBuilder text, String label, List<TopEntry> entries) {
        if (!entries.isEmpty()) {
            text.append("; ").append(label).append(": ").append(join(entries));
        }
    }

    private static void putTop(Map<String, String> data, String key, List<TopEntry> entries) {
        if (!entries.isEmpty()) {
            data.put(key, join(entries));
        }
    }

    /**
     * The entries as {@code key=count, ...}: keys (user-controlled: a logger name, a key_id from the context) cut to
     * {@value #MAX_ENTRY_CHARS} characters, the list to {@value #MAX_LIST_CHARS}, so that no input makes a notice
     * large.
     */
    private static String join(List<TopEntry> entries) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            TopEntry entry = entries.get(i);
            String key = entry.key() == null ? "null" : entry.key();
            String item = (key.length() <= MAX_ENTRY_CHARS ? key : key.substring(0, MAX_ENTRY_CHARS) + "...")
                + "=" + entry.count();
            String more = " (+" + (entries.size() - i) + " more)";
            if (joined.length() + 2 + item.length() + more.length() > MAX_LIST_CHARS) {
                joined.append(more);
                break;
            }
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(item);
        }
        return joined.toString();
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100.0);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : decimal(millis / 1000.0, 3);
    }
}
