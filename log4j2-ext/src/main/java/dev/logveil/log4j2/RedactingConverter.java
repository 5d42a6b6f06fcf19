package dev.logveil.log4j2;

import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
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
 * {@code fingerprint}, {@code sensitiveKeys}, {@code nonSensitiveKeys}, {@code disable}, {@code enable},
 * {@code escapeLineBreaks}, and repeatable custom rules written {@code {rule=NAME=REGEX}} (the match is replaced by
 * the mask; a rule with its own replacement needs {@link RedactingPatternLayout}'s {@code <RedactionRule>}).
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

    private final FormatterChain chain;
    private final Redactor redactor;
    private final LineRedaction lineRedaction;
    private final PluginStatus status = new PluginStatus(ELEMENT);

    private RedactingConverter(FormatterChain chain, RedactionPolicy policy) {
        super("redact", "redact");
        this.chain = chain;
        this.redactor = policy.redactor();
        this.lineRedaction = policy.lineRedaction();
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
            RedactionPolicy defaults = RedactionPolicy.of(Redactor.defaults());
            return new RedactingConverter(FormatterChain.parse(config, "", false, defaults), defaults);
        }
        String nested = options == null || options.length == 0 ? null : options[0];
        if (nested == null || nested.isBlank()) {
            PluginStatus.configurationError(ELEMENT, "the pattern to redact is empty; using '"
                + DEFAULT_NESTED_PATTERN + "'. Write e.g. %redact{%m%n%ex}");
            nested = DEFAULT_NESTED_PATTERN;
        }
        RedactorConfig redaction = new RedactorConfig()
            .setEscapeLineBreaks(RedactingPatternLayout.ESCAPE_LINE_BREAKS_BY_DEFAULT);
        for (int i = 1; options != null && i < options.length; i++) {
            applyOption(options[i], redaction);
        }
        RedactionPolicy policy =
            new RedactionPolicy(PluginStatus.buildRedactor(ELEMENT, redaction), redaction.escapeLineBreaks());
        FormatterChain chain;
        try {
            chain = parseNested(config, nested, policy);
        } catch (RuntimeException e) {
            PluginStatus.configurationError(ELEMENT, "pattern '" + nested + "' cannot be parsed (" + e
                + "); using '" + DEFAULT_NESTED_PATTERN + "'");
            chain = parseNested(config, DEFAULT_NESTED_PATTERN, policy);
        }
        ExceptionPlacementCheck.scheduleOnce(config);
        return new RedactingConverter(chain, policy);
    }

    /**
     * Parses the nested pattern. A pattern that writes the message but not the exception gets the exception
     * converter Log4j2 would append to the whole layout, so the exception is written here, redacted.
     */
    private static FormatterChain parseNested(Configuration config, String nested, RedactionPolicy policy) {
        FormatterChain chain = FormatterChain.parse(config, nested, false, policy);
        if (chain.hasMessage() && !chain.handlesThrowable()) {
            chain = FormatterChain.parse(config, nested, true, policy);
        }
        return chain;
    }

    /**
     * Applies one {@code name=value} option through core's vocabulary, which reports an unknown name or a bad value
     * by name and value; a rule is {@code rule=NAME=REGEX}.
     */
    private static void applyOption(String option, RedactorConfig config) {
        int equals = option.indexOf('=');
        if (equals < 0) {
            PluginStatus.configurationError(ELEMENT, "option '" + option + "' is not name=value; ignored. Options: "
                + Component.LOG4J2_REDACT_CONVERTER.optionNames());
            return;
        }
        config.apply(option.substring(0, equals).trim(), option.substring(equals + 1).trim(),
            problem -> PluginStatus.configurationError(ELEMENT, problem));
    }

    @Override
    public void format(LogEvent event, StringBuilder toAppendTo) {
        int start = toAppendTo.length();
        try {
            chain.formatRedacted(event, toAppendTo, lineRedaction);
        } catch (Throwable e) {
            // Errors too (a toString() that throws one, a cause chain too deep to print): the event is still written.
            toAppendTo.setLength(start);
            toAppendTo.append(redactor.mask());
            if (chain.handlesThrowable() && event.getThrown() != null) {
                toAppendTo.append(System.lineSeparator()).append(Faults.chainText(event.getThrown(), redactor));
            }
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
