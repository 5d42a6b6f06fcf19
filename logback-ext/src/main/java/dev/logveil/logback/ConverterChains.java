package dev.logveil.logback;

import ch.qos.logback.classic.pattern.DateConverter;
import ch.qos.logback.classic.pattern.EpochConverter;
import ch.qos.logback.classic.pattern.LevelConverter;
import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.LocalSequenceNumberConverter;
import ch.qos.logback.classic.pattern.LoggerConverter;
import ch.qos.logback.classic.pattern.MicrosecondConverter;
import ch.qos.logback.classic.pattern.RelativeTimeConverter;
import ch.qos.logback.classic.pattern.SequenceNumberConverter;
import ch.qos.logback.classic.pattern.ThreadConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.LiteralConverter;
import dev.logveil.core.redact.LineRedaction;
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

    /** What a top-level converter of a {@link RedactingPatternLayout} writes, for {@link SegmentTrust}. */
    enum Segment {
        /** Text that cannot hold a secret: dates and times, the level, sequence numbers, inert literals. */
        INERT,
        /** The thread name, checked once per name. */
        THREAD,
        /** The logger name, checked once per name. */
        LOGGER,
        /** Anything else, scanned on every line. */
        OTHER
    }

    /** The kind of each converter of the chain, in order (composites count as one, of kind {@code OTHER}). */
    static Segment[] segments(Converter<ILoggingEvent> head) {
        List<Segment> kinds = new ArrayList<>();
        for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext()) {
            kinds.add(segmentOf(c));
        }
        return kinds.toArray(new Segment[0]);
    }

    private static Segment segmentOf(Converter<ILoggingEvent> c) {
        // Exact classes only: a subclass may write something else.
        Class<?> type = c.getClass();
        if (type == ThreadConverter.class) {
            return Segment.THREAD;
        }
        if (type == LoggerConverter.class) {
            return Segment.LOGGER;
        }
        if (c instanceof LiteralConverter) {
            return LineRedaction.isInertLiteral(c.convert(null)) ? Segment.INERT : Segment.OTHER;
        }
        boolean inert = type == DateConverter.class || type == LevelConverter.class
            || type == RelativeTimeConverter.class || type == MicrosecondConverter.class || type == EpochConverter.class
            || type == LineSeparatorConverter.class || type == SequenceNumberConverter.class
            || type == LocalSequenceNumberConverter.class;
        return inert ? Segment.INERT : Segment.OTHER;
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
