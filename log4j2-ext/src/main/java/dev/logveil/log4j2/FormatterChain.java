package dev.logveil.log4j2;

import dev.logveil.core.redact.KnownCleanNames;
import dev.logveil.core.redact.LineRedaction;
import dev.logveil.core.redact.LogInjectionGuard;
import dev.logveil.core.redact.SegmentTrust;
import java.util.List;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.DatePatternConverter;
import org.apache.logging.log4j.core.pattern.LevelPatternConverter;
import org.apache.logging.log4j.core.pattern.LineSeparatorPatternConverter;
import org.apache.logging.log4j.core.pattern.LiteralPatternConverter;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.LoggerPatternConverter;
import org.apache.logging.log4j.core.pattern.MessagePatternConverter;
import org.apache.logging.log4j.core.pattern.NanoTimePatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.RelativeTimePatternConverter;
import org.apache.logging.log4j.core.pattern.SequenceNumberPatternConverter;
import org.apache.logging.log4j.core.pattern.ThreadNamePatternConverter;
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
    /** How far each formatter's text can be trusted, when it does not depend on the event; null for names. */
    private final SegmentTrust[] fixedTrust;
    /** For the thread and logger name formatters, the names already found clean; null elsewhere. */
    private final KnownCleanNames[] cleanNames;
    /** For the thread and logger name formatters, whether the name is the thread's (else the logger's). */
    private final boolean[] threadName;

    private FormatterChain(List<PatternFormatter> list, boolean escapeLineBreaks) {
        this.formatters = list.toArray(PatternFormatter.EMPTY_ARRAY);
        this.guarded = new boolean[formatters.length];
        this.fixedTrust = new SegmentTrust[formatters.length];
        this.cleanNames = new KnownCleanNames[formatters.length];
        this.threadName = new boolean[formatters.length];
        boolean throwable = false;
        boolean location = false;
        boolean message = false;
        for (int i = 0; i < formatters.length; i++) {
            boolean writesMessage = formatters[i].getConverter() instanceof MessagePatternConverter;
            guarded[i] = escapeLineBreaks && writesMessage;
            message |= writesMessage;
            throwable |= formatters[i].handlesThrowable();
            location |= formatters[i].requiresLocation();
            classify(i, formatters[i].getConverter());
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

    private void classify(int index, LogEventPatternConverter converter) {
        // Exact classes only: a subclass may write something else.
        Class<?> type = converter.getClass();
        if (type == ThreadNamePatternConverter.class || type == LoggerPatternConverter.class) {
            cleanNames[index] = new KnownCleanNames();
            threadName[index] = type == ThreadNamePatternConverter.class;
        } else if (type == LiteralPatternConverter.class) {
            fixedTrust[index] = LineRedaction.isInertLiteral(((LiteralPatternConverter) converter).getLiteral())
                ? SegmentTrust.INERT : SegmentTrust.UNKNOWN;
        } else if (type == DatePatternConverter.class || type == LevelPatternConverter.class
            || type == LineSeparatorPatternConverter.class || type == RelativeTimePatternConverter.class
            || type == SequenceNumberPatternConverter.class || type == NanoTimePatternConverter.class) {
            fixedTrust[index] = SegmentTrust.INERT;
        } else {
            fixedTrust[index] = SegmentTrust.UNKNOWN;
        }
    }

    /**
     * Appends the formatted event to {@code out}, redacted by {@code lines} as it goes: only the text that can hold
     * a secret is scanned (see {@link LineRedaction}). A chain must always be used with the same redactor, since it
     * remembers the thread and logger names that redactor found clean.
     */
    void formatRedacted(LogEvent event, StringBuilder out, LineRedaction lines) {
        long state = lines.begin(out.length());
        for (int i = 0; i < formatters.length; i++) {
            int start = out.length();
            formatters[i].format(event, out);
            if (guarded[i]) {
                LogInjectionGuard.escape(out, start);
            }
            SegmentTrust trust = fixedTrust[i];
            if (trust == null) {
                String name = threadName[i] ? event.getThreadName() : event.getLoggerName();
                trust = cleanNames[i].trust(name, out, start, out.length(), lines.redactor());
            }
            state = lines.segment(state, out, start, trust);
        }
        lines.end(state, out);
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
