package dev.logveil.core.internal.line;

/**
 * Strings that passed a check, remembered by identity, for callers that see the same {@code String} instances over
 * and over: the field names of a JSON encoder, a logger's name, a thread's name, a level. A String is immutable, so
 * the same instance always gets the same verdict from the same redactor: a hit skips the check entirely.
 *
 * <p>A fixed table where a newer string evicts an older one in its slot, shared by all threads without locks: a slot
 * holds a reference or {@code null}, and a lost race only costs one more check. Long strings are not remembered, so
 * the table never holds much memory. Keep one table per check and redactor: the verdict depends on both.
 */
public final class KnownStrings {
    private static final int SLOTS = 512;
    private static final int MAX_LENGTH = 256;

    private final String[] slots = new String[SLOTS];

    /** Whether {@code text}, this very instance, was remembered. */
    public boolean contains(String text) {
        return text != null && slots[slot(text)] == text;
    }

    /** Remembers {@code text}, unless it is longer than is worth keeping. */
    public void remember(String text) {
        if (text != null && text.length() <= MAX_LENGTH) {
            slots[slot(text)] = text;
        }
    }

    private static int slot(String text) {
        return System.identityHashCode(text) & (SLOTS - 1);
    }
}
