package dev.logveil.core.internal.line;

import dev.logveil.core.redact.Redactor;

/**
 * Names one converter has written and the engine found clean, such as thread and logger names: a layout checks
 * each name once instead of scanning it on every line.
 *
 * <p>A name is remembered only after the text the converter wrote from it was redacted and came back unchanged, so
 * the set holds no name that could hide a secret. It is a fixed table where a newer name evicts an older one in its
 * slot, and it is shared by all threads without locks: a slot holds an immutable {@code String} or {@code null}, and
 * a lost race only costs one more scan. Keep one per converter and redactor: the verdict depends on both.
 */
public final class KnownCleanNames {
    private static final int SLOTS = 256;

    private final String[] slots = new String[SLOTS];

    /**
     * The trust of the text {@code line[from, to)} that a converter has just written from {@code name}:
     * {@link SegmentTrust#KNOWN_CLEAN} when the name is known, or when it is new and {@code redactor} finds the text
     * clean (the name is then remembered); {@link SegmentTrust#UNKNOWN} otherwise.
     */
    public SegmentTrust trust(String name, CharSequence line, int from, int to, Redactor redactor) {
        if (name == null) {
            return SegmentTrust.UNKNOWN;
        }
        int slot = name.hashCode() & (SLOTS - 1);
        if (name.equals(slots[slot])) {
            return SegmentTrust.KNOWN_CLEAN;
        }
        String written = line.subSequence(from, to).toString();
        if (redactor.redact(written) != written) {
            return SegmentTrust.UNKNOWN;
        }
        slots[slot] = name;
        return SegmentTrust.KNOWN_CLEAN;
    }
}
