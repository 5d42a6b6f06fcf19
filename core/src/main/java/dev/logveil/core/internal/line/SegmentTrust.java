package dev.logveil.core.internal.line;

/**
 * How far a layout can trust the text one of its converters wrote, so that {@link LineRedaction} runs the engine
 * only over text that can hold a secret.
 */
public enum SegmentTrust {
    /**
     * Text that no secret can be in, by construction: a date, the level, a sequence number, a line separator, or a
     * literal of the pattern made of spaces and brackets. It is never scanned and it separates the runs that are.
     */
    INERT,
    /**
     * Text the engine found clean when it saw it before, such as a thread or logger name (see
     * {@link KnownCleanNames}); keyed text whose every value {@link RedactionPolicy} has already decided; a literal
     * that cannot be the key of a secret. It is skipped unless it touches {@link #UNKNOWN} text, where it could be the
     * key of a value written next to it.
     */
    KNOWN_CLEAN,
    /**
     * Text that is {@link #KNOWN_CLEAN} and was also found to hold nothing the log-injection guard escapes, such as a
     * thread or logger name seen before (see {@link KnownCleanNames}): neither scanned nor escaped unless it touches
     * {@link #UNKNOWN} text.
     */
    KNOWN_SAFE,
    /** Everything else: the message, exceptions, wrappers, custom converters. Always scanned. */
    UNKNOWN
}
