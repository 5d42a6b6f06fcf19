package dev.logveil.logback;

import ch.qos.logback.classic.pattern.DateConverter;
import ch.qos.logback.classic.pattern.EpochConverter;
import ch.qos.logback.classic.pattern.LevelConverter;
import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.LocalSequenceNumberConverter;
import ch.qos.logback.classic.pattern.MicrosecondConverter;
import ch.qos.logback.classic.pattern.RelativeTimeConverter;
import ch.qos.logback.classic.pattern.SequenceNumberConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.LiteralConverter;
import java.util.ArrayList;
import java.util.List;

/** Read-only walks over a compiled chain of pattern converters. */
final class ConverterChains {
    private ConverterChains() {
    }

    /** Whether a converter of the chain, or of a composite in it, handles the event's exception. */
    static boolean printsThrowable(Converter<ILoggingEvent> head) {
        for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext()) {
            if (c instanceof ThrowableHandlingConverter) {
                return true;
            }
            if (c instanceof CompositeConverter
                    && printsThrowable(((CompositeConverter<ILoggingEvent>) c).getChildConverter())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of converters at the start of the chain whose text cannot hold a secret: dates and times, the level,
     * sequence numbers, line separators, and literals without letters or digits ({@code " ["}, {@code " - "}).
     */
    static int inertHeadLength(Converter<ILoggingEvent> head) {
        int count = 0;
        for (Converter<ILoggingEvent> c = head; c != null && isInert(c); c = c.getNext()) {
            count++;
        }
        return count;
    }

    private static boolean isInert(Converter<ILoggingEvent> c) {
        if (c instanceof LiteralConverter) {
            String literal = c.convert(null);
            for (int i = 0; i < literal.length(); i++) {
                if (Character.isLetterOrDigit(literal.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return c instanceof DateConverter || c instanceof LevelConverter || c instanceof RelativeTimeConverter
            || c instanceof MicrosecondConverter || c instanceof EpochConverter || c instanceof LineSeparatorConverter
            || c instanceof SequenceNumberConverter || c instanceof LocalSequenceNumberConverter;
    }

    /**
     * The converters of the chain from {@code head} on, descending into composites but not into a
     * {@link RedactingConverter}, whose text is redacted (the {@code RedactingConverter} itself is listed).
     */
    static List<Converter<ILoggingEvent>> outsideRedaction(Converter<ILoggingEvent> head) {
        List<Converter<ILoggingEvent>> found = new ArrayList<>();
        collect(head, found);
        return found;
    }

    private static void collect(Converter<ILoggingEvent> head, List<Converter<ILoggingEvent>> found) {
        for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext()) {
            found.add(c);
            if (c instanceof CompositeConverter && !(c instanceof RedactingConverter)) {
                collect(((CompositeConverter<ILoggingEvent>) c).getChildConverter(), found);
            }
        }
    }
}
