package dev.logveil.core.internal.line;

/**
 * The kinds of text a converter, resolver or field of a logging framework can produce, each with its own redaction
 * (see {@link RedactionPolicy}). An adapter only classifies what its framework hands it into one of these kinds; text
 * it cannot classify is {@link #FREE_TEXT}, never passed through.
 */
public enum OutputKind {
    /**
     * Text no secret can be in, by construction: a date, the level, a sequence number, a line separator, or a
     * literal of the pattern made only of spaces, brackets and separators. Never scanned, never escaped.
     */
    INERT,
    /**
     * Any other literal of the pattern: configuration text, scanned with its neighbours (it may be the key of a
     * value written beside it, as in {@code api_key=%X{k}}) but never escaped.
     */
    LITERAL,
    /** A thread, logger, marker or context name: scanned once per distinct name, escaped. */
    NAME,
    /** The message, and the text of any converter that is not classified (wrappers included): scanned, escaped. */
    FREE_TEXT,
    /**
     * The text of a wrapper that colours what it wraps ({@code %highlight}, {@code %style}, {@code %red}): scanned,
     * and escaped except for its ANSI colour codes (SGR sequences, {@code ESC [ ... m}), which the wrapper writes
     * itself; any other escape sequence is escaped.
     */
    STYLED_TEXT,
    /**
     * One value under a named key ({@code %X{k}}, {@code %K{k}}, a JSON field): masked whole when the key names a
     * secret, passed untouched when the key is one Logveil writes itself ({@code key_id}, ...), scanned otherwise.
     */
    KEYED_VALUE,
    /** A rendered map, {@code {k=v, ...}} or {@code k=v, ...}: each value as a {@link #KEYED_VALUE}. */
    RENDERED_MAP,
    /** Key-value pairs, {@code k="v" ...}: each value as a {@link #KEYED_VALUE}. */
    KEY_VALUE_PAIRS,
    /**
     * Exception text: messages, causes, suppressed exceptions and stack frames. Scanned; under the log-injection
     * guard its line breaks are kept only before continuation lines (frames, {@code Caused by:}).
     */
    EXCEPTION;

    /**
     * Whether the policy has already decided every value in text of this kind when the adapter wrote it through
     * {@link RedactionPolicy}, so that a line pass need not scan it again unless it touches text that must be scanned.
     */
    public boolean isKeyed() {
        return this == KEYED_VALUE || this == RENDERED_MAP || this == KEY_VALUE_PAIRS;
    }
}
