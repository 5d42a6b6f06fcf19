package dev.logveil.core.keyid;

/**
 * The current thread's key-value logging context (the SLF4J MDC, the Log4j2 ThreadContext), reduced to the three
 * operations the scopes need. Each adapter implements it in a few lines; the scopes hold the bind and restore logic.
 */
public interface LogContext {

    /** The value under {@code key}, or {@code null} when there is none. */
    String get(String key);

    /** Sets {@code key} to a non-null {@code value}. */
    void put(String key, String value);

    /** Removes {@code key}. */
    void remove(String key);

    /** Puts {@code previous} back under {@code key}, or removes the key when there was no previous value. */
    static void restore(LogContext context, String key, String previous) {
        if (previous == null) {
            context.remove(key);
        } else {
            context.put(key, previous);
        }
    }
}
