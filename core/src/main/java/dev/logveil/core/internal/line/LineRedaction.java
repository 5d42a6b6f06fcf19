package dev.logveil.core.internal.line;

import dev.logveil.core.redact.Redactor;

/**
 * Redacts a line as a pattern layout writes it, converter by converter, scanning only the text that can hold a
 * secret. The segments between two {@link SegmentTrust#INERT} ones form a run; a run is redacted as a whole (so a
 * key and its value in neighbouring segments are seen together) unless every segment in it is
 * {@link SegmentTrust#KNOWN_CLEAN}. Each run is redacted as soon as it ends, so later segments are never shifted.
 *
 * <p>With custom rules, which may match across segments, everything from the first segment that is not inert to
 * the end of the line is one run, as if the line were redacted whole (unless the log-injection guard is on, which
 * needs the inert segments, such as the line separator, left out of the runs it escapes).
 *
 * <p>With the policy's log-injection guard on, each run is escaped right after it is redacted: redaction first, so
 * that {@code \npassword=...} is still seen as a key; escaping second. A run made only of
 * {@link SegmentTrust#KNOWN_SAFE} segments (names seen before, with nothing to escape) is not escaped either. A run
 * that holds exception text keeps the line breaks of its stack trace (see
 * {@link LogInjectionGuard#escapeExceptionText}); for that, exception text is always a run of its own. Inert
 * segments are never escaped: the pattern's own line separator stays.
 *
 * <p>Immutable and thread-safe. The progress through one line is a {@code long} the caller keeps in a local
 * variable, so that re-entrant logging (a {@code toString()} that logs while a line is formatted) cannot disturb it:
 * <pre>{@code
 * long state = lineRedaction.begin(line.length());
 * for (each converter) {
 *     int start = line.length();
 *     converter.write(line, event);
 *     state = lineRedaction.segment(state, line, start, kindOf(converter), trustOf(converter, line, start));
 * }
 * lineRedaction.end(state, line);
 * }</pre>
 */
public final class LineRedaction {
    /** In the state: the current run holds text that must be scanned. */
    private static final long MUST_SCAN = 1L << 32;
    /** In the state: the current run holds a segment that is not inert. */
    private static final long IN_RUN = 1L << 33;
    /** In the state: the current run holds exception text. */
    private static final long EXCEPTION_IN_RUN = 1L << 34;
    /** In the state: the current run holds coloured text, whose colour codes the guard keeps. */
    private static final long STYLED_IN_RUN = 1L << 35;
    /** In the state: the current run holds text the guard may have to escape (any but known-safe text). */
    private static final long MUST_ESCAPE = 1L << 36;
    private static final String INERT_LITERAL_CHARS = " \t\r\n[]()<>|,;-*#";

    private final RedactionPolicy policy;
    private final Redactor redactor;
    private final boolean escape;
    private final boolean wholeTail;

    /** A line redaction by {@code redactor}, without the log-injection guard. */
    public LineRedaction(Redactor redactor) {
        this(RedactionPolicy.of(redactor));
    }

    /** A line redaction that applies {@code policy}, its log-injection guard included. */
    public LineRedaction(RedactionPolicy policy) {
        this.policy = policy;
        this.redactor = policy.redactor();
        this.escape = policy.escapesLineBreaks();
        this.wholeTail = redactor.hasCustomRules() && !escape;
    }

    /** The redactor this applies. */
    public Redactor redactor() {
        return redactor;
    }

    /** The policy this applies. */
    public RedactionPolicy policy() {
        return policy;
    }

    /**
     * Whether a literal of a pattern is {@link OutputKind#INERT}: only spaces and the brackets and separators
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

    /** The kind of a pattern literal: {@link OutputKind#INERT} or {@link OutputKind#LITERAL}. */
    public static OutputKind literalKind(CharSequence literal) {
        return isInertLiteral(literal) ? OutputKind.INERT : OutputKind.LITERAL;
    }

    /**
     * How far text of {@code kind} can be trusted when the converter wrote it the way the policy says: inert text
     * is {@link SegmentTrust#INERT}; keyed text written through {@link RedactionPolicy} is already decided, so it is
     * {@link SegmentTrust#KNOWN_CLEAN}; the rest is {@link SegmentTrust#UNKNOWN}. Names have their own verdict
     * ({@link KnownCleanNames}).
     *
     * @param decided whether the converter wrote keyed text through the policy (a stock converter did not)
     */
    public static SegmentTrust trustOf(OutputKind kind, boolean decided) {
        if (kind == OutputKind.INERT) {
            return SegmentTrust.INERT;
        }
        return decided && kind.isKeyed() ? SegmentTrust.KNOWN_CLEAN : SegmentTrust.UNKNOWN;
    }

    /** The state at the start of a line whose first segment starts at {@code lineStart}. */
    public long begin(int lineStart) {
        return lineStart;
    }

    /**
     * Records the segment that was just written, from {@code segmentStart} to the end of {@code line}, as free text
     * (or inert text).
     *
     * @return the new state
     */
    public long segment(long state, StringBuilder line, int segmentStart, SegmentTrust trust) {
        return segment(state, line, segmentStart, trust == SegmentTrust.INERT ? OutputKind.INERT : OutputKind.FREE_TEXT,
            trust);
    }

    /**
     * Records the segment of {@code kind} that was just written, from {@code segmentStart} to the end of
     * {@code line}.
     *
     * @return the new state
     */
    public long segment(long state, StringBuilder line, int segmentStart, OutputKind kind, SegmentTrust trust) {
        boolean inert = kind == OutputKind.INERT || trust == SegmentTrust.INERT;
        if (!inert && segmentStart == line.length()) {
            // An empty segment adds no text to its run (such as the exception converter on an event without one).
            return state;
        }
        if (inert) {
            if (wholeTail && (state & MUST_SCAN) != 0) {
                return state;
            }
            // The inert segment moves with the run's change of length; the next run starts after it.
            closeRun(state, line, segmentStart);
            return line.length();
        }
        long next = state;
        boolean exception = kind == OutputKind.EXCEPTION;
        if (!wholeTail && (state & IN_RUN) != 0 && exception != ((state & EXCEPTION_IN_RUN) != 0)) {
            // Exception text is a run of its own, so that the guard keeps its line breaks and only its.
            int segmentLength = line.length() - segmentStart;
            closeRun(state, line, segmentStart);
            next = line.length() - segmentLength;
        }
        next |= IN_RUN;
        if (exception) {
            next |= EXCEPTION_IN_RUN;
        } else if (kind == OutputKind.STYLED_TEXT) {
            next |= STYLED_IN_RUN;
        }
        if (trust == SegmentTrust.UNKNOWN || wholeTail) {
            next |= MUST_SCAN;
        }
        if (trust != SegmentTrust.KNOWN_SAFE) {
            next |= MUST_ESCAPE;
        }
        return next;
    }

    /** Redacts, and escapes, what is left of the line after its last segment. */
    public void end(long state, StringBuilder line) {
        closeRun(state, line, line.length());
    }

    private void closeRun(long state, StringBuilder line, int runEnd) {
        int runStart = (int) state;
        int end = runEnd;
        if ((state & MUST_SCAN) != 0) {
            end = redactor.redactRange(line, runStart, runEnd);
        }
        if (escape && (state & MUST_ESCAPE) != 0) {
            OutputKind kind = OutputKind.FREE_TEXT;
            if ((state & EXCEPTION_IN_RUN) != 0) {
                kind = OutputKind.EXCEPTION;
            } else if ((state & STYLED_IN_RUN) != 0) {
                kind = OutputKind.STYLED_TEXT;
            }
            policy.escape(kind, line, runStart, end);
        }
    }
}
