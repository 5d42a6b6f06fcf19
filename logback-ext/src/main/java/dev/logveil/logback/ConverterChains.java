package dev.logveil.logback;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import dev.logveil.core.internal.line.OutputKind;
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

    /** The kind of each converter of the chain, in order (a composite counts as one). */
    static OutputKind[] kinds(Converter<ILoggingEvent> head) {
        List<OutputKind> kinds = new ArrayList<>();
        for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext()) {
            kinds.add(LogbackConverterKinds.kindOf(c));
        }
        return kinds.toArray(new OutputKind[0]);
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
