package dev.logveil.log4j2;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.util.Locale;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.impl.LocationAware;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;

/**
 * The {@code %redact{pattern}{option=value}...} converter for a stock {@code PatternLayout}: formats the nested
 * pattern with Log4j2's own converters and redacts what it wrote, in place.
 *
 * <pre>{@code
 * <PatternLayout pattern="%d %-5level [%t] %logger - %redact{%m%n%ex}{mask=***}{sensitiveKeys=pin,otp}"/>
 * }</pre>
 *
 * <p>Options, one {@code name=value} per brace group, in the vocabulary of every Logveil component: {@code mask},
 * {@code fingerprint}, {@code sensitiveKeys}, {@code disable}, {@code enable} and {@code escapeLineBreaks}.
 * Custom rules need nested elements, so they belong to {@link RedactingPatternLayout}.
 *
 * <p>Exceptions: when the nested pattern holds an exception converter ({@code %ex}, {@code %xEx}, ...), the stack
 * trace is written there, redacted. When it holds the message but no exception converter ({@code %redact{%m}}),
 * this converter writes the exception itself, redacted, right after the message, exactly where Log4j2 would append
 * its implicit one. In both cases it tells the layout that it handles the exception, so the layout does not append
 * its own raw one. An exception converter written <em>outside</em> {@code %redact} is reported as an error when
 * the configuration becomes active, because its text is not redacted.
 *
 * <p>Holds no per-event state: thread-safe, re-entrant, and it allocates nothing on a clean event.
 */
@Plugin(name = "RedactingConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"redact"})
public final class RedactingConverter extends LogEventPatternConverter implements LocationAware {
    /** How the converter is named in status messages: as the user wrote it. */
    static final String ELEMENT = "%redact";
    /** The nested pattern used when none is given. */
    static final String DEFAULT_NESTED_PATTERN = "%m";
    private static final String OPTIONS = "mask, fingerprint, sensitiveKeys, nonSensitiveKeys, disable, enable, "
        + "escapeLineBreaks";

    private final FormatterChain chain;
    private final Redactor redactor;
    private final PluginStatus status = new PluginStatus(ELEMENT);

    private RedactingConverter(FormatterChain chain, Redactor redactor) {
        super("redact", "redact");
        this.chain = chain;
        this.redactor = redactor;
    }

    /**
     * Creates the converter, as Log4j2's pattern parser does.
     *
     * @param config the configuration (for the nested converters)
     * @param options the nested pattern, then {@code name=value} options
     */
    public static RedactingConverter newInstance(Configuration config, String[] options) {
        if (ExceptionPlacementCheck.isChecking()) {
            // Created only to be recognised by the check: report nothing twice.
            return new RedactingConverter(FormatterChain.parse(config, "", false, false), Redactor.defaults());
        }
        String nested = options == null || options.length == 0 ? null : options[0];
        if (nested == null || nested.isBlank()) {
            PluginStatus.configurationError(ELEMENT, "the pattern to redact is empty; using '"
                + DEFAULT_NESTED_PATTERN + "'. Write e.g. %redact{%m%n%ex}");
            nested = DEFAULT_NESTED_PATTERN;
        }
        RedactorConfig redaction = new RedactorConfig();
        boolean escapeLineBreaks = false;
        for (int i = 1; options != null && i < options.length; i++) {
            escapeLineBreaks = applyOption(options[i], redaction, escapeLineBreaks);
        }
        Redactor redactor = PluginStatus.buildRedactor(ELEMENT, redaction);
        FormatterChain chain;
        try {
            chain = parseNested(config, nested, escapeLineBreaks);
        } catch (RuntimeException e) {
            PluginStatus.configurationError(ELEMENT, "pattern '" + nested + "' cannot be parsed (" + e
                + "); using '" + DEFAULT_NESTED_PATTERN + "'");
            chain = parseNested(config, DEFAULT_NESTED_PATTERN, escapeLineBreaks);
        }
        ExceptionPlacementCheck.scheduleOnce(config);
        return new RedactingConverter(chain, redactor);
    }

    /**
     * Parses the nested pattern. A pattern that writes the message but not the exception gets the exception
     * converter Log4j2 would append to the whole layout, so the exception is written here, redacted.
     */
    private static FormatterChain parseNested(Configuration config, String nested, boolean escapeLineBreaks) {
        FormatterChain chain = FormatterChain.parse(config, nested, false, escapeLineBreaks);
        if (chain.hasMessage() && !chain.handlesThrowable()) {
            chain = FormatterChain.parse(config, nested, true, escapeLineBreaks);
        }
        return chain;
    }

    /** Applies one {@code name=value} option; returns the new value of {@code escapeLineBreaks}. */
    private static boolean applyOption(String option, RedactorConfig config, boolean escapeLineBreaks) {
        int equals = option.indexOf('=');
        if (equals < 0) {
            PluginStatus.configurationError(ELEMENT, "option '" + option + "' is not name=value; ignored. Options: "
                + OPTIONS);
            return escapeLineBreaks;
        }
        String name = option.substring(0, equals).trim();
        String value = option.substring(equals + 1).trim();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "mask":
                config.setMask(value);
                return escapeLineBreaks;
            case "fingerprint":
                config.setFingerprint(parseBoolean(name, value));
                return escapeLineBreaks;
            case "sensitivekeys":
                config.setSensitiveKeys(value);
                return escapeLineBreaks;
            case "nonsensitivekeys":
                config.setNonSensitiveKeys(value);
                return escapeLineBreaks;
            case "disable":
                config.setDisable(value);
                return escapeLineBreaks;
            case "enable":
                config.setEnable(value);
                return escapeLineBreaks;
            case "escapelinebreaks":
                return parseBoolean(name, value);
            case "rule":
            case "rules":
                PluginStatus.configurationError(ELEMENT, "option '" + option + "': custom rules are nested elements;"
                    + " use <RedactingPatternLayout> with <RedactionRule> elements. Ignored");
                return escapeLineBreaks;
            default:
                PluginStatus.configurationError(ELEMENT, "unknown option '" + name + "'; ignored. Options: "
                    + OPTIONS);
                return escapeLineBreaks;
        }
    }

    private static boolean parseBoolean(String name, String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if (!"false".equalsIgnoreCase(value)) {
            PluginStatus.configurationError(ELEMENT, name + ": '" + value + "' is neither true nor false; using false");
        }
        return false;
    }

    @Override
    public void format(LogEvent event, StringBuilder toAppendTo) {
        int start = toAppendTo.length();
        try {
            chain.format(event, toAppendTo);
            redactor.redact(toAppendTo, start);
        } catch (RuntimeException e) {
            toAppendTo.setLength(start);
            toAppendTo.append(redactor.mask());
            status.runtimeFault("formatting an event failed; its text was replaced by the mask", e);
        }
    }

    /** Whether this converter writes the event's exception (then the layout appends no raw one). */
    @Override
    public boolean handlesThrowable() {
        return chain.handlesThrowable();
    }

    @Override
    public boolean requiresLocation() {
        return chain.requiresLocation();
    }
}
