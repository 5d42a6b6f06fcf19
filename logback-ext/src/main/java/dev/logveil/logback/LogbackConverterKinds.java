package dev.logveil.logback;

import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.LiteralConverter;
import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.OutputKind;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.line.SegmentTrust;
import java.util.HashMap;
import java.util.Map;

/**
 * Logback's pattern converters (and ours), each classified into the {@link OutputKind} of the text it writes: the
 * only thing this adapter decides about redaction; core's {@code RedactionPolicy} decides the rest.
 *
 * <p>Classes are named, not imported, so that one table serves every Logback version we support; a test requires
 * every converter of Logback's default converter map to be listed, so an upgrade that brings a new converter fails
 * the build until it is classified. A converter not in the table (a subclass, a custom converter) is
 * {@link OutputKind#FREE_TEXT}: scanned, never passed through; one that prints the exception (a composite around
 * one included) is {@link OutputKind#EXCEPTION}.
 */
final class LogbackConverterKinds {
    private static final String CLASSIC = "ch.qos.logback.classic.pattern.";
    private static final String CORE = "ch.qos.logback.core.pattern.";
    private static final Map<String, OutputKind> KINDS = new HashMap<>();

    static {
        // Fixed-shape text from the event's numbers, the code's own frames, or nothing at all.
        classify(OutputKind.INERT, CLASSIC, "DateConverter", "EpochConverter", "LevelConverter",
            "LineSeparatorConverter", "LocalSequenceNumberConverter", "MicrosecondConverter",
            "RelativeTimeConverter", "SequenceNumberConverter", "LineOfCallerConverter", "CallerDataConverter",
            "NopThrowableInformationConverter");
        classify(OutputKind.NAME, CLASSIC, "ThreadConverter", "LoggerConverter", "ContextNameConverter",
            "MarkerConverter", "ClassOfCallerConverter", "MethodOfCallerConverter", "FileOfCallerConverter");
        // %X{k} writes one value, %X the rendered map; %property{k} a context property.
        classify(OutputKind.RENDERED_MAP, CLASSIC, "MDCConverter");
        classify(OutputKind.KEYED_VALUE, CLASSIC, "PropertyConverter");
        classify(OutputKind.KEY_VALUE_PAIRS, CLASSIC, "KeyValuePairConverter", "MaskedKeyValuePairConverter");
        classify(OutputKind.EXCEPTION, CLASSIC, "ThrowableProxyConverter", "ExtendedThrowableProxyConverter",
            "RootCauseFirstThrowableProxyConverter");
        classify(OutputKind.FREE_TEXT, CLASSIC, "MessageConverter", "PrefixCompositeConverter");
        // The composites: their children read the event, and what they write is scanned as a whole.
        classify(OutputKind.FREE_TEXT, CORE, "IdentityCompositeConverter", "ReplacingCompositeConverter");
        for (String color : new String[] {"Black", "Blue", "Cyan", "Gray", "Green", "Magenta", "Red", "White",
            "Yellow", "BoldBlue", "BoldCyan", "BoldGreen", "BoldMagenta", "BoldRed", "BoldWhite", "BoldYellow"}) {
            classify(OutputKind.STYLED_TEXT, CORE, "color." + color + "CompositeConverter");
        }
        // The colouring composites are scanned the same way, and their own colour codes survive the guard.
        classify(OutputKind.STYLED_TEXT, CLASSIC, "color.HighlightingCompositeConverter");
        // Ours: the layout's policy-deciding variants, and the exception printer of %redact(...).
        KINDS.put(LayoutMessageConverter.class.getName(), OutputKind.FREE_TEXT);
        KINDS.put(SensitiveKeyMdcConverter.class.getName(), OutputKind.RENDERED_MAP);
        KINDS.put(SensitiveKeyValuePairConverter.class.getName(), OutputKind.KEY_VALUE_PAIRS);
        KINDS.put(RedactedThrowableConverter.class.getName(), OutputKind.EXCEPTION);
    }

    private LogbackConverterKinds() {
    }

    private static void classify(OutputKind kind, String packagePrefix, String... simpleNames) {
        for (String name : simpleNames) {
            KINDS.put(packagePrefix + name, kind);
        }
    }

    /** The kind of text {@code converter} writes. */
    static OutputKind kindOf(Converter<ILoggingEvent> converter) {
        if (converter instanceof LiteralConverter) {
            return LineRedaction.literalKind(converter.convert(null));
        }
        if (converter instanceof NopThrowableInformationConverter || converter instanceof RedactingConverter) {
            // Nothing written; or a nested %redact(...), whose text its own policy has redacted and escaped already.
            return OutputKind.INERT;
        }
        boolean wrapsException = converter instanceof CompositeConverter
            && ConverterChains.printsThrowable(((CompositeConverter<ILoggingEvent>) converter).getChildConverter());
        if (converter instanceof ThrowableHandlingConverter || wrapsException) {
            // Also a composite around an exception converter, such as %highlight(%ex).
            return OutputKind.EXCEPTION;
        }
        // Exact classes only: a subclass may write something else.
        OutputKind kind = KINDS.get(converter.getClass().getName());
        return kind == null ? OutputKind.FREE_TEXT : kind;
    }

    /**
     * How far the text of {@code converter}, of {@code kind}, can be trusted under {@code policy}: a literal as the
     * policy judges it, keyed text as already decided when {@code decided}, the rest by its kind.
     */
    static SegmentTrust trustOf(Converter<ILoggingEvent> converter, OutputKind kind, boolean decided,
            RedactionPolicy policy) {
        if (converter instanceof LiteralConverter) {
            return policy.literalTrust(converter.convert(null));
        }
        return LineRedaction.trustOf(kind, decided);
    }

    /**
     * Whether {@code converter} writes its keyed values through core's policy (so its text is already decided), as
     * our variants of {@code %X} and {@code %kvp} do; Logback's own write them raw.
     */
    static boolean decides(Converter<ILoggingEvent> converter) {
        return converter instanceof SensitiveKeyMdcConverter || converter instanceof SensitiveKeyValuePairConverter;
    }

    /** Whether the class with this name is in the table (for the test that every default converter is). */
    static boolean isClassified(String className) {
        return KINDS.containsKey(className);
    }
}
