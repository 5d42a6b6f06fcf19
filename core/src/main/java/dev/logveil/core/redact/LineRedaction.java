package dev.logveil.core.redact;

/**
 * Redacts a line as a pattern layout writes it, converter by converter, scanning only the text that can hold a
 * secret. The segments between two {@link SegmentTrust#INERT} ones form a run; a run is redacted as a whole (so a
 * key and its value in neighbouring segments are seen together) unless every segment in it is
 * {@link SegmentTrust#KNOWN_CLEAN}. Each run is redacted as soon as it ends, so later segments are never shifted.
 *
 * <p>With custom rules, which may match across segments, everything from the first segment that is not inert to
 * the end of the line is one run, as if the line were redacted whole.
 *
 * <p>Immutable and thread-safe. The progress through one line is a {@code long} the caller keeps in a local
 * variable, so that re-entrant logging (a {@code toString()} that logs while a line is formatted) cannot disturb it:
 * <pre>{@code
 * long state = lineRedaction.begin(line.length());
 * for (each converter) {
 *     int start = line.length();
 *     converter.write(line, event);
 *     state = lineRedaction.segment(state, line, start, trustOf(converter, line, start));
 * }
 * lineRedaction.end(state, line);
 * }</pre>
 */
public final class LineRedaction {
    /** In the state: the current run holds text that must be scanned. */
    private static final long MUST_SCAN = 1L << 32;
    private static final String INERT_LITERAL_CHARS = " \t\r\n[]()<>|,;-*#";

    private final Redactor redactor;
    private final boolean wholeTail;

    public LineRedaction(Redactor redactor) {
        this.redactor = redactor;
        this.wholeTail = redactor.hasCustomRules();
    }

    /** The redactor this applies. */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Whether a literal of a pattern is {@link SegmentTrust#INERT}: only spaces and the brackets and separators
     * patterns put between fields ({@code " ["}, {@code "] "}, {@code " - "}, {@code " | "}). A letter, digit, quote,
     * {@code =}, {@code :}, {@code .} or {@code /} could be part of a key or a value written beside it
     * ({@code "api_key=%X{k}"}), so such a literal is scanned with its neighbours.
     */
    public static boolean isInertLiteral(CharSequence literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (INERT_LITERAL_CHARS.indexOf(literal.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The state at the start of a line whose first segment starts at {@code lineStart}. */
    public long begin(int lineStart) {
        return lineStart;
    }

    /**
     * Records the segment that was just written, from {@code segmentStart} to the end of {@code line}.
     *
     * @return the new state
     */
    public long segment(long state, StringBuilder line, int segmentStart, SegmentTrust trust) {
        int runStart = (int) state;
        boolean mustScan = (state & MUST_SCAN) != 0;
        if (trust == SegmentTrust.INERT) {
            if (wholeTail && mustScan) {
                return state;
            }
            if (mustScan) {
                // The inert segment moves with the run's change of length; the next run starts after it.
                redactor.redactRange(line, runStart, segmentStart);
            }
            return line.length();
        }
        if (trust == SegmentTrust.UNKNOWN || wholeTail) {
            return runStart | MUST_SCAN;
        }
        return state;
    }

    /** Redacts what is left of the line after its last segment. */
    public void end(long state, StringBuilder line) {
        if ((state & MUST_SCAN) != 0) {
            redactor.redactRange(line, (int) state, line.length());
        }
    }
}
