package dev.logveil.log4j2;

import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.OutputKind;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.pattern.LiteralPatternConverter;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;

/**
 * Log4j2's pattern converters, each classified into the {@link OutputKind} of the text it writes: the only thing
 * this adapter decides about redaction; core's {@code RedactionPolicy} decides the rest.
 *
 * <p>Classes are named, not imported, so that one table serves every Log4j2 version we support; a test requires
 * every converter plugin of the Log4j2 on the class path to be listed, so an upgrade that brings a new converter
 * fails the build until it is classified. A converter not in the table (a subclass, a custom converter) is
 * {@link OutputKind#FREE_TEXT}, scanned. A converter that says it prints the exception (wrappers of one included) is
 * {@link OutputKind#EXCEPTION}.
 */
final class Log4jConverterKinds {
    private static final String PACKAGE = "org.apache.logging.log4j.core.pattern.";
    private static final Map<String, OutputKind> KINDS = new HashMap<>();

    static {
        // Fixed-shape text from the event's numbers, the configuration or the process: nothing to scan.
        inert("DatePatternConverter", "LevelPatternConverter", "LevelPatternConverter$SimpleLevelPatternConverter",
            "LevelPatternConverter$LevelMapLevelPatternConverter", "LineSeparatorPatternConverter",
            "RelativeTimePatternConverter", "SequenceNumberPatternConverter", "NanoTimePatternConverter",
            "ProcessIdPatternConverter", "ThreadIdPatternConverter", "ThreadPriorityPatternConverter",
            "EndOfBatchPatternConverter", "UuidPatternConverter", "FileDatePatternConverter",
            "IntegerPatternConverter", "LineLocationPatternConverter");
        // Names: of the thread, the logger, the marker, and the code location.
        classify(OutputKind.NAME, "ThreadNamePatternConverter", "LoggerPatternConverter",
            "LoggerFqcnPatternConverter", "ClassNamePatternConverter", "MethodLocationPatternConverter",
            "FileLocationPatternConverter", "FullLocationPatternConverter", "MarkerPatternConverter",
            "MarkerSimpleNamePatternConverter");
        // %X{k} writes one value, %X and %X{a,b} a rendered map; %K / %map the same for a MapMessage.
        classify(OutputKind.RENDERED_MAP, "MdcPatternConverter", "MapPatternConverter");
        classify(OutputKind.EXCEPTION, "ThrowablePatternConverter", "ExtendedThrowablePatternConverter",
            "RootThrowablePatternConverter");
        // The message, the context stack, and the wrappers: their nested converters read decided values, and
        // what they write is scanned as a whole.
        classify(OutputKind.FREE_TEXT, "MessagePatternConverter",
            "MessagePatternConverter$SimpleMessagePatternConverter",
            "MessagePatternConverter$FormattedMessagePatternConverter",
            "MessagePatternConverter$RenderingPatternConverter", "NdcPatternConverter", "EncodingPatternConverter",
            "EqualsReplacementConverter",
            "EqualsIgnoreCaseReplacementConverter", "MaxLengthConverter", "RegexReplacementConverter",
            "VariablesNotEmptyReplacementConverter");
        // The colouring wrappers: scanned the same way, and their own colour codes survive the guard.
        classify(OutputKind.STYLED_TEXT, "HighlightConverter", "StyleConverter");
        for (String color : new String[] {"Black", "Blue", "Cyan", "Green", "Magenta", "Red", "White", "Yellow"}) {
            classify(OutputKind.STYLED_TEXT, "AbstractStyleNameConverter$" + color);
        }
        // Text of the configuration: %repeat{*}{n}, and literals (by their content, see kindOf).
        classify(OutputKind.LITERAL, "RepeatPatternConverter", "LiteralPatternConverter",
            "SimpleLiteralPatternConverter", "SimpleLiteralPatternConverter$StringValue",
            "SimpleLiteralPatternConverter$Noop", "SimpleLiteralPatternConverter$Space");
    }

    private Log4jConverterKinds() {
    }

    private static void inert(String... simpleNames) {
        classify(OutputKind.INERT, simpleNames);
    }

    private static void classify(OutputKind kind, String... simpleNames) {
        for (String name : simpleNames) {
            KINDS.put(PACKAGE + name, kind);
        }
    }

    /** The kind of text {@code converter} writes. */
    static OutputKind kindOf(LogEventPatternConverter converter) {
        String literal = literalText(converter);
        if (literal != null) {
            return LineRedaction.literalKind(literal);
        }
        if (converter.handlesThrowable()) {
            // Also a wrapper around an exception converter: Log4j2 appends its implicit one as %notEmpty{%n%xEx}.
            return OutputKind.EXCEPTION;
        }
        // Exact classes only: a subclass may write something else.
        OutputKind kind = KINDS.get(converter.getClass().getName());
        return kind == null ? OutputKind.FREE_TEXT : kind;
    }

    /**
     * The text of a pattern literal (Log4j2 writes one as a {@code SimpleLiteralPatternConverter}, or as a
     * {@code LiteralPatternConverter} when it holds variables); {@code null} for any other converter.
     */
    static String literalText(LogEventPatternConverter converter) {
        if (converter.getClass() == LiteralPatternConverter.class) {
            return ((LiteralPatternConverter) converter).getLiteral();
        }
        String name = converter.getClass().getName();
        if (!name.startsWith(PACKAGE + "SimpleLiteralPatternConverter")) {
            return null;
        }
        // Its text does not depend on the event.
        StringBuilder text = new StringBuilder();
        converter.format((LogEvent) null, text);
        return text.toString();
    }

    /** Whether the class with this name is in the table (for the test that every converter plugin is). */
    static boolean isClassified(String className) {
        return KINDS.containsKey(className);
    }
}
