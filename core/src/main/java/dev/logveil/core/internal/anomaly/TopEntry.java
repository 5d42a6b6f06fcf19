package dev.logveil.core.internal.anomaly;

/**
 * One line of an alert's breakdown: a logger name, an exception type or a key_id, and how many errors it had.
 *
 * @param key the logger name, exception class name or key_id ({@code (other)} for keys beyond the tracked ones)
 * @param count the number of errors
 */
public record TopEntry(String key, long count) {
    @Override
    public String toString() {
        return key + "=" + count;
    }
}
