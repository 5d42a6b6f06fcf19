package dev.logveil.log4j2;

import dev.logveil.core.internal.line.KnownCleanNames;
import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.OutputKind;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.line.SegmentTrust;
import java.util.List;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.MessagePatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.PatternParser;
import org.apache.logging.log4j.core.pattern.ThreadNamePatternConverter;
import org.apache.logging.log4j.message.MapMessage;

/**
 * A parsed conversion pattern, shared by {@link RedactingPatternLayout} and {@link RedactingConverter}: formats an
 * event with Log4j2's own converters and redacts it as it goes, each converter's text by its {@link OutputKind}
 * ({@link Log4jConverterKinds}). The converters read an event whose keyed values core's policy has decided
 * ({@link DecidedEvents}), so a ThreadContext or map-message value under a sensitive key is masked whole wherever a
 * converter writes it, wrapped or not.
 *
 * <p>Holds no per-event state: thread-safe and re-entrant.
 */
final class FormatterChain {
    private final PatternFormatter[] formatters;
    private final OutputKind[] kinds;
    /** How far each formatter's text can be trusted, when it does not depend on the event; null for names. */
    private final SegmentTrust[] fixedTrust;
    /** For the thread and logger name formatters, the names already found clean; null elsewhere. */
    private final KnownCleanNames[] cleanNames;
    /** For the thread and logger name formatters, whether the name is the thread's (else the logger's). */
    private final boolean[] threadName;
    /** Which formatters write the message, whose text is already decided when it is a map message. */
    private final boolean[] writesMessage;
    private final boolean handlesThrowable;
    private final boolean requiresLocation;
    private final boolean hasMessage;
    /** Whether a converter may read the context map, whose values must then be decided first. */
    private final boolean readsContext;
    /** Whether a converter may read a map or object message, whose values must then be decided first. */
    private final boolean readsMessage;

    private FormatterChain(List<PatternFormatter> list, RedactionPolicy policy) {
        this.formatters = list.toArray(PatternFormatter.EMPTY_ARRAY);
        this.kinds = new OutputKind[formatters.length];
        this.fixedTrust = new SegmentTrust[formatters.length];
        this.cleanNames = new KnownCleanNames[formatters.length];
        this.threadName = new boolean[formatters.length];
        this.writesMessage = new boolean[formatters.length];
        boolean throwable = false;
        boolean location = false;
        boolean message = false;
        boolean context = false;
        boolean messageEntries = false;
        for (int i = 0; i < formatters.length; i++) {
            LogEventPatternConverter converter = formatters[i].getConverter();
            OutputKind kind = Log4jConverterKinds.kindOf(converter);
            kinds[i] = kind;
            boolean isMessage = converter instanceof MessagePatternConverter;
            writesMessage[i] = isMessage;
            message |= isMessage;
            throwable |= formatters[i].handlesThrowable();
            location |= formatters[i].requiresLocation();
            // The message converter reads the message only; a wrapper or an unknown converter may read anything.
            boolean readsAnything = kind == OutputKind.FREE_TEXT && !isMessage;
            context |= readsAnything || kind.isKeyed();
            messageEntries |= readsAnything || kind.isKeyed() || isMessage;
            if (kind == OutputKind.NAME && isThreadOrLogger(converter)) {
                cleanNames[i] = new KnownCleanNames();
                threadName[i] = converter.getClass() == ThreadNamePatternConverter.class;
            } else {
                String literal = Log4jConverterKinds.literalText(converter);
                fixedTrust[i] = literal != null ? policy.literalTrust(literal) : LineRedaction.trustOf(kind, true);
            }
        }
        this.handlesThrowable = throwable;
        this.requiresLocation = location;
        this.hasMessage = message;
        this.readsContext = context;
        this.readsMessage = messageEntries;
    }

    private static boolean isThreadOrLogger(LogEventPatternConverter converter) {
        String name = converter.getClass().getSimpleName();
        return "ThreadNamePatternConverter".equals(name) || "LoggerPatternConverter".equals(name);
    }

    /**
     * Parses {@code pattern} with Log4j2's own parser and converters.
     *
     * @param alwaysWriteExceptions when the pattern has no exception converter, append the one Log4j2 appends to a
     *     stock {@code PatternLayout} (its placement follows the Log4j2 version in use)
     * @param policy the policy the chain will be used with (it decides how far literals are trusted)
     * @throws RuntimeException when Log4j2 cannot parse the pattern
     */
    static FormatterChain parse(Configuration configuration, String pattern, boolean alwaysWriteExceptions,
            RedactionPolicy policy) {
        PatternParser parser = PatternLayout.createPatternParser(configuration);
        return new FormatterChain(parser.parse(pattern, alwaysWriteExceptions, false, false), policy);
    }

    /**
     * Appends the formatted event to {@code out}, redacted (and, with the policy's log-injection guard, escaped)
     * by {@code lines} as it goes: only the text that can hold a secret is scanned (see {@link LineRedaction}).
     * A chain must always be used with the same redactor, since it remembers the thread and logger names that
     * redactor found clean.
     */
    void formatRedacted(LogEvent event, StringBuilder out, LineRedaction lines) {
        LogEvent decided = readsContext || readsMessage
            ? DecidedEvents.decide(event, lines.policy(), readsContext, readsMessage) : event;
        long state = lines.begin(out.length());
        for (int i = 0; i < formatters.length; i++) {
            int start = out.length();
            formatters[i].format(decided, out);
            SegmentTrust trust = fixedTrust[i];
            if (writesMessage[i] && decided.getMessage() instanceof MapMessage) {
                // A map message's text is its entries, each decided by the policy: a key_id in it stays.
                trust = SegmentTrust.KNOWN_CLEAN;
            } else if (trust == null) {
                String name = threadName[i] ? decided.getThreadName() : decided.getLoggerName();
                trust = cleanNames[i].trust(name, out, start, out.length(), lines.redactor());
            }
            state = lines.segment(state, out, start, kinds[i], trust);
        }
        lines.end(state, out);
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
