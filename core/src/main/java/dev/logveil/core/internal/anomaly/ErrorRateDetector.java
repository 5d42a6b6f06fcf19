package dev.logveil.core.internal.anomaly;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.anomaly.AnomalySettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the normal error rate of a stream of log events and tells when it spikes and when the spike is over.
 *
 * <p>Logging threads call {@link #recordError} (and, in ratio mode, {@link #recordOther}); these are lock-free, never
 * block and read no clock. One timer thread calls {@link #tick} with the current time; it never reads a clock
 * either, so a test can run a simulated day in milliseconds. Each tick closes the buckets (a sixth of the window
 * each) that ended since the last one and evaluates each:
 *
 * <pre>
 * n = errors in the last window          E = expected errors in the window   (W * mean, or p0 * events in ratio mode)
 * V = max(E, W * variance, 1)            z = (n - E) / sqrt(V)
 * hot  = n &gt;= minErrors and n &gt;= factor * E and z &gt;= zScore
 *        (and, while E &lt; 30, the exact Poisson tail P(X &gt;= n | E) &lt;= P(Z &gt;= zScore))
 * calm = n &lt;= max(resolveFactor * E, minErrors / 2)
 * </pre>
 *
 * <p>{@code sustain} consecutive hot evaluations open an incident (FIRING); {@code resolveAfter} of consecutive calm
 * ones close it. The baseline (an exponentially weighted mean and variance of per-bucket counts, half-life
 * {@code baseline}) learns a bucket when it leaves the window, and only if no evaluation that saw it was hot or
 * firing: frozen while an incident is pending or open, so a spike (not even its leading edge) cannot absorb
 * itself. During the warm-up (a sixth of the baseline half-life, at least two windows) it judges with doubled
 * {@code factor} and {@code minErrors}, and not at all before one full window has been learned.
 *
 * <p>Notices: FIRING when an incident opens, unless a firing notice went out less than {@code cooldown} ago or the
 * hourly cap is spent, in which case it is announced as soon as they allow, or, if it ends first, counted as
 * unannounced in the next notice; STILL_FIRING every {@code digestInterval} while it lasts; RESOLVED when an
 * announced incident ends (never held back, so every announced incident is closed).
 */
public final class ErrorRateDetector {
    private static final long NEVER = Long.MIN_VALUE;

    private final AnomalySettings settings;
    private final ErrorRecorder recorder;
    private final int windowBuckets = AnomalySettings.BUCKETS_PER_WINDOW;
    private final long bucketMillis;
    private final double alpha;
    private final int warmUpBuckets;
    private final int resolveEvaluations;
    private final long cooldownMillis;
    private final long digestMillis;
    private final NotificationBudget budget;

    private final long[] errorRing = new long[windowBuckets];
    private final long[] eventRing = new long[windowBuckets];
    /** Whether the bucket was in the window of a hot or firing evaluation: such a bucket is never learned. */
    private final boolean[] tainted = new boolean[windowBuckets];
    private int position = windowBuckets - 1;
    private long closedBuckets;
    private long nextBoundary;
    private long lastErrorSum;
    private long lastEventSum;

    private final EwmStats errorStats = new EwmStats();
    private final EwmStats eventStats = new EwmStats();
    private final EwmStats residualStats = new EwmStats();
    private long learnedBuckets;

    private DetectorState state = DetectorState.OK;
    private int hotStreak;
    private int calmStreak;
    private long hotSince;
    private Incident incident;
    private long lastFiringNoticeAt = NEVER;
    private int unannounced;

    private volatile DetectorState publishedState = DetectorState.OK;
    private volatile long publishedCount;
    private volatile double publishedExpected;

    /**
     * A detector whose first bucket starts at {@code startMillis}.
     *
     * @param startMillis the current time, in the same milliseconds later passed to {@link #tick}
     */
    public ErrorRateDetector(AnomalySettings settings, long startMillis) {
        this.settings = settings;
        this.recorder = new ErrorRecorder(windowBuckets, settings.ratioMode());
        this.bucketMillis = settings.bucketMillis();
        this.alpha = settings.alpha();
        this.warmUpBuckets = settings.warmUpBuckets();
        this.resolveEvaluations = settings.resolveEvaluations();
        this.cooldownMillis = settings.cooldown().toMillis();
        this.digestMillis = settings.digestInterval().toMillis();
        this.budget = new NotificationBudget(settings.maxAlertsPerHour());
        this.nextBoundary = startMillis + bucketMillis;
    }

    public AnomalySettings settings() {
        return settings;
    }

    /**
     * Counts one error event. Lock-free; safe from any thread. Any argument may be {@code null}.
     *
     * @param logger the event's logger name
     * @param exceptionType the class name of the event's root-cause exception
     * @param keyId the event's {@code key_id}
     */
    public void recordError(String logger, String exceptionType, String keyId) {
        recorder.recordError(logger, exceptionType, keyId);
    }

    /** Counts one event that is not an error (used in ratio mode only; otherwise free). Lock-free. */
    public void recordOther() {
        recorder.recordOther();
    }

    /** When the current bucket ends: the time the next {@link #tick} has work to do. */
    public synchronized long nextEvaluationMillis() {
        return nextBoundary;
    }

    /**
     * Closes every bucket that ended by {@code nowMillis}, evaluates each, and returns the notices they produced, in
     * order (usually none). A tick that comes late spreads the counts it finds evenly over the buckets it closes;
     * one that comes more than a window late skips the older buckets.
     */
    public synchronized List<AnomalyAlert> tick(long nowMillis) {
        if (nowMillis < nextBoundary) {
            return List.of();
        }
        long due = (nowMillis - nextBoundary) / bucketMillis + 1;
        if (due > windowBuckets) {
            nextBoundary += (due - windowBuckets) * bucketMillis;
            due = windowBuckets;
        }
        long errorSum = recorder.errors.sum();
        long eventSum = recorder.events.sum();
        long errors = errorSum - lastErrorSum;
        long events = eventSum - lastEventSum;
        lastErrorSum = errorSum;
        lastEventSum = eventSum;
        List<AnomalyAlert> alerts = new ArrayList<>(1);
        for (long i = 0; i < due; i++) {
            boolean last = i == due - 1;
            closeBucket(nextBoundary, share(errors, i, due), share(events, i, due), last, alerts);
            nextBoundary += bucketMillis;
        }
        return alerts;
    }

    /** The state after the last evaluation. Safe from any thread. */
    public DetectorState state() {
        return publishedState;
    }

    /** Whether an incident is open (announced or not). Safe from any thread. */
    public boolean firing() {
        return publishedState == DetectorState.FIRING;
    }

    /** Every error counted since the detector was made. Safe from any thread. */
    public long totalErrors() {
        return recorder.errors.sum();
    }

    /** Errors per second over the last evaluated window. Safe from any thread. */
    public double windowRate() {
        return publishedCount * 1000.0 / settings.window().toMillis();
    }

    /** The error rate the baseline expected for the last evaluated window, per second. Safe from any thread. */
    public double expectedRate() {
        return publishedExpected * 1000.0 / settings.window().toMillis();
    }

    /** Whether the baseline is still in its warm-up. */
    public synchronized boolean warmingUp() {
        return learnedBuckets < warmUpBuckets;
    }

    private static long share(long amount, long index, long parts) {
        long base = amount / parts;
        return index < amount % parts ? base + 1 : base;
    }

    private void closeBucket(long boundary, long errors, long events, boolean sample, List<AnomalyAlert> alerts) {
        position = (position + 1) % windowBuckets;
        // The bucket leaving the window is learned only if no evaluation that saw it was hot: so neither the
        // leading edge of a spike, nor a blip, nor anything during an incident ever enters the baseline.
        if (closedBuckets >= windowBuckets && !tainted[position]) {
            learn(errorRing[position], eventRing[position]);
        }
        closedBuckets++;
        errorRing[position] = errors;
        eventRing[position] = events;
        tainted[position] = false;
        recorder.closeBucket(position, sample);

        Figures figures = judge(sum(errorRing), sum(eventRing));
        DetectorState before = state;
        if (state == DetectorState.FIRING) {
            incident.addBucket(errors, figures.count());
            if (calm(figures)) {
                calmStreak++;
                if (calmStreak >= resolveEvaluations) {
                    resolve(boundary, figures, alerts);
                }
            } else {
                calmStreak = 0;
            }
        } else if (hot(figures)) {
            hotStreak++;
            if (hotStreak == 1) {
                hotSince = boundary - bucketMillis;
            }
            state = hotStreak >= settings.sustain() ? open(figures) : DetectorState.PENDING;
        } else {
            hotStreak = 0;
            state = DetectorState.OK;
        }
        if (before != DetectorState.OK || state != DetectorState.OK) {
            Arrays.fill(tainted, true);
        }
        if (state == DetectorState.FIRING) {
            announce(boundary, figures, alerts);
        }
        publishedCount = figures.count();
        publishedExpected = figures.expected();
        publishedState = state;
    }

    private Figures judge(long count, long events) {
        double expected;
        double bucketVariance;
        double expectedFraction = 0.0;
        if (settings.ratioMode()) {
            expectedFraction = eventStats.mean() > 0 ? errorStats.mean() / eventStats.mean() : 0.0;
            expected = expectedFraction * events;
            bucketVariance = residualStats.variance();
        } else {
            expected = windowBuckets * errorStats.mean();
            bucketVariance = errorStats.variance();
        }
        double variance = Math.max(1.0, Math.max(expected, windowBuckets * bucketVariance));
        double z = Significance.z(count, expected, variance);
        return new Figures(count, events, expected, variance, z, settings.ratioMode(), expectedFraction);
    }

    private boolean hot(Figures figures) {
        if (learnedBuckets < windowBuckets) {
            return false;
        }
        double strictness = learnedBuckets < warmUpBuckets ? 2.0 : 1.0;
        long n = figures.count();
        return n >= strictness * settings.minErrors()
            && n >= strictness * settings.factor() * figures.expected()
            && (!settings.ratioMode() || figures.events() >= settings.minEvents())
            && Significance.significant(n, figures.expected(), figures.variance(), settings.zScore());
    }

    private boolean calm(Figures figures) {
        double threshold = Math.max(settings.resolveFactor() * figures.expected(), settings.minErrors() / 2.0);
        return figures.count() <= threshold;
    }

    private void learn(long errors, long events) {
        if (settings.ratioMode()) {
            double fraction = eventStats.mean() > 0 ? errorStats.mean() / eventStats.mean() : 0.0;
            if (eventStats.samples() > 0) {
                residualStats.add(errors - fraction * events, alpha);
            }
            eventStats.add(events, alpha);
        }
        errorStats.add(errors, alpha);
        learnedBuckets++;
    }

    private DetectorState open(Figures figures) {
        calmStreak = 0;
        incident = new Incident(hotSince, figures);
        incident.loggers.putAll(recorder.loggers.windowCounts());
        incident.exceptions.putAll(recorder.exceptions.windowCounts());
        incident.keyIds.putAll(recorder.keyIds.windowCounts());
        return DetectorState.FIRING;
    }

    private void announce(long now, Figures figures, List<AnomalyAlert> alerts) {
        if (!incident.announced) {
            boolean cooledDown = lastFiringNoticeAt == NEVER || now - lastFiringNoticeAt >= cooldownMillis;
            if (cooledDown && budget.tryAcquire(now)) {
                alerts.add(windowAlert(AlertKind.FIRING, now, figures));
                unannounced = 0;
                incident.announced = true;
                incident.lastNoticeAt = now;
                lastFiringNoticeAt = now;
            }
        } else if (digestMillis > 0 && now - incident.lastNoticeAt >= digestMillis && budget.tryAcquire(now)) {
            alerts.add(windowAlert(AlertKind.STILL_FIRING, now, figures));
            incident.lastNoticeAt = now;
        }
    }

    private void resolve(long now, Figures figures, List<AnomalyAlert> alerts) {
        if (incident.announced) {
            int k = settings.topK();
            alerts.add(new AnomalyAlert(AlertKind.RESOLVED, now, incident.startedAt, settings.window(), figures,
                incident.total, incident.peak, 0, KeyCounter.top(incident.loggers, k),
                KeyCounter.top(incident.exceptions, k), KeyCounter.top(incident.keyIds, k)));
        } else {
            unannounced++;
        }
        incident = null;
        state = DetectorState.OK;
        hotStreak = 0;
        calmStreak = 0;
    }

    private AnomalyAlert windowAlert(AlertKind kind, long now, Figures figures) {
        int k = settings.topK();
        return new AnomalyAlert(kind, now, incident.startedAt, settings.window(), figures, incident.total,
            incident.peak, kind == AlertKind.FIRING ? unannounced : 0,
            KeyCounter.top(recorder.loggers.windowCounts(), k),
            KeyCounter.top(recorder.exceptions.windowCounts(), k),
            KeyCounter.top(recorder.keyIds.windowCounts(), k));
    }

    private static long sum(long[] ring) {
        long total = 0;
        for (long value : ring) {
            total += value;
        }
        return total;
    }

    /** The open incident: its start, running totals and breakdown (detector thread only). */
    private final class Incident {
        final long startedAt;
        final Map<String, Long> loggers = new HashMap<>();
        final Map<String, Long> exceptions = new HashMap<>();
        final Map<String, Long> keyIds = new HashMap<>();
        long total;
        long peak;
        boolean announced;
        long lastNoticeAt;

        Incident(long startedAt, Figures figures) {
            this.startedAt = startedAt;
            this.total = figures.count();
            this.peak = figures.count();
        }

        void addBucket(long errors, long windowCount) {
            total += errors;
            peak = Math.max(peak, windowCount);
            recorder.loggers.addLastBucket(position, loggers);
            recorder.exceptions.addLastBucket(position, exceptions);
            recorder.keyIds.addLastBucket(position, keyIds);
        }
    }
}
