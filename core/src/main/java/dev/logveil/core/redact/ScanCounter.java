package dev.logveil.core.redact;

/**
 * Counts the characters the engine examines, so that a test can prove linear time by counting work instead of
 * timing it. Off unless the JVM starts with {@code -Dlogveil.redact.countExamined=true} (core's test run sets it):
 * the flag is a {@code static final} constant, so when it is off the JIT removes every call, and the hot path pays
 * nothing. The count is a plain field shared by all threads: it is exact for a test that scans on one thread, and
 * only approximate otherwise, which is all a test needs.
 */
final class ScanCounter {
    /** Whether counting is on for this JVM. */
    static final boolean ENABLED = Boolean.getBoolean("logveil.redact.countExamined");

    private static long examined;

    private ScanCounter() {
    }

    /** Records that a scanner looked at {@code characters} more characters (no-op unless counting is on). */
    static void examined(int characters) {
        if (ENABLED) {
            examined += Math.max(characters, 1);
        }
    }

    /** The count since the last {@link #reset}. */
    static long total() {
        return examined;
    }

    static void reset() {
        examined = 0;
    }
}
