package dev.logveil.core.internal.anomaly;

/**
 * The global cap on notices: at most {@code perHour} in any sliding hour (0 = no cap). Detector thread only.
 */
final class NotificationBudget {
    private static final long HOUR_MILLIS = 3_600_000L;

    private final long[] sentAt;
    private int next;
    private int used;

    NotificationBudget(int perHour) {
        this.sentAt = new long[Math.max(0, perHour)];
    }

    /** Takes one notice from the budget at {@code nowMillis}, or returns false when the hour's budget is spent. */
    boolean tryAcquire(long nowMillis) {
        if (sentAt.length == 0) {
            return true;
        }
        if (used == sentAt.length && nowMillis - sentAt[next] < HOUR_MILLIS) {
            return false;
        }
        sentAt[next] = nowMillis;
        next = (next + 1) % sentAt.length;
        used = Math.min(used + 1, sentAt.length);
        return true;
    }
}
