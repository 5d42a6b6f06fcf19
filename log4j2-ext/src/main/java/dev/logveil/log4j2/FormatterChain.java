package dev.logveil.log4j2;

import dev.logveil.core.redact.LogInjectionGuard;
import java.util.List;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.MessagePatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.PatternParser;

/**
 * A parsed conversion pattern, shared by {@link RedactingPatternLayout} and {@link RedactingConverter}: formats an
 * event into a {@code StringBuilder} with Log4j2's own converters, and, when the log-injection guard is on, escapes
 * the line breaks and control characters of the message text (never of the stack trace) as it goes.
 *
 * <p>Holds no per-event state: thread-safe and re-entrant.
 */
final class FormatterChain {
    private final PatternFormatter[] formatters;
    /** Which formatters write the message text, whose output the log-injection guard escapes. */
    private final boolean[] guarded;
    private final boolean handlesThrowable;
    private final boolean requiresLocation;
    private final boolean hasMessage;

    private FormatterChain(List<PatternFormatter> list, boolean escapeLineBreaks) {
        this.formatters = list.toArray(PatternFormatter.EMPTY_ARRAY);
        this.guarded = new boolean[formatters.length];
        boolean throwable = false;
        boolean location = false;
        boolean message = false;
        for (int i = 0; i < formatters.length; i++) {
            boolean writesMessage = formatters[i].getConverter() instanceof MessagePatternConverter;
            guarded[i] = escapeLineBreaks && writesMessage;
            message |= writesMessage;
            throwable |= formatters[i].handlesThrowable();
            location |= formatters[i].requiresLocation();
        }
        this.handlesThrowable = throwable;
        this.requiresLocation = location;
        this.hasMessage = message;
    }

    /**
     * Parses {@code pattern} with Log4j2's own parser and converters.
     *
     * @param alwaysWriteExceptions when the pattern has no exception converter, append the one Log4j2 appends to a
     *     stock {@code PatternLayout} (its placement follows the Log4j2 version in use)
     * @throws RuntimeException when Log4j2 cannot parse the pattern
     */
    static FormatterChain parse(Configuration configuration, String pattern, boolean alwaysWriteExceptions,
        boolean escapeLineBreaks) {
        PatternParser parser = PatternLayout.createPatternParser(configuration);
        return new FormatterChain(parser.parse(pattern, alwaysWriteExceptions, false, false), escapeLineBreaks);
    }

    /** Appends the formatted event to {@code out}. */
    void format(LogEvent event, StringBuilder out) {
        for (int i = 0; i < formatters.length; i++) {
            if (guarded[i]) {
                int start = out.length();
                formatters[i].format(event, out);
                LogInjectionGuard.escape(out, start);
            } else {
                formatters[i].format(event, out);
            }
        }
    }

    /** Whether one of the converters writes the event's exception. */
    boolean handlesThrowable() {
        return handlesThrowable;
    }

    /** Whether one of the converters writes the message ({@code %m}, {@code %msg}, {@code %message}). */
    boolean hasMessage() {
        return hasMessage;
    }

    /** Whether one of the converters needs the caller's location ({@code %L}, {@code %C}, ...). */
    boolean requiresLocation() {
        return requiresLocation;
    }
}
