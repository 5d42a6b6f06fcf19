package dev.logveil.core.internal.line;

import dev.logveil.core.redact.Redactor;

/**
 * Names one converter has written and the engine found clean, such as thread and logger names: a layout checks
 * each name once instead of scanning it on every line.
 *
 * <p>A name is remembered only after the text the converter wrote from it was redacted and came back unchanged, so
 * the set holds no name that could hide a secret. Whether that text also holds something the log-injection guard
 * escapes (a line break in a thread name) is remembered with it, so that a name without any ({@link
 * SegmentTrust#KNOWN_SAFE}, nearly every one) is not escaped on every line either.
 *
 * <p>Two fixed tables, one per verdict, where a newer name evicts an older one in its slot; shared by all threads
 * without locks: a slot holds an immutable {@code String} or {@code null}, each table holds only names that earned
 * its verdict, and a lost race only costs one more scan. Keep one per converter and redactor: the verdict depends
 * on both.
 */
public final class KnownCleanNames {
    private static final int SLOTS = 256;

    /** Names whose text is clean and holds nothing the guard escapes. */
    private final String[] safe = new String[SLOTS];
    /** Names whose text is clean but holds something the guard escapes. */
    private final String[] cleanOnly = new String[SLOTS];

    /**
     * The trust of the text {@code line[from, to)} that a converter has just written from {@code name}:
     * {@link SegmentTrust#KNOWN_SAFE} or {@link SegmentTrust#KNOWN_CLEAN} when the name is known, or when it is new
     * and {@code redactor} finds the text clean (the name is then remembered); {@link SegmentTrust#UNKNOWN}
     * otherwise.
     */
    public SegmentTrust trust(String name, CharSequence line, int from, int to, Redactor redactor) {
        if (name == null) {
            return SegmentTrust.UNKNOWN;
        }
        int slot = name.hashCode() & (SLOTS - 1);
        if (name.equals(safe[slot])) {
            return SegmentTrust.KNOWN_SAFE;
        }
        if (name.equals(cleanOnly[slot])) {
            return SegmentTrust.KNOWN_CLEAN;
        }
        String written = line.subSequence(from, to).toString();
        if (redactor.redact(written) != written) {
            return SegmentTrust.UNKNOWN;
        }
        if (LogInjectionGuard.needsEscape(written, 0, written.length())) {
            cleanOnly[slot] = name;
            return SegmentTrust.KNOWN_CLEAN;
        }
        safe[slot] = name;
        return SegmentTrust.KNOWN_SAFE;
    }
}
