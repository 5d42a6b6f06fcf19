package dev.logveil.logback;

import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import ch.qos.logback.core.pattern.LiteralConverter;
import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.OutputKind;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.line.SegmentTrust;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %redact(...)}: redacts the text of the converters it encloses, for users who keep a stock
 * {@code PatternLayout}.
 *
 * <pre>{@code
 * <conversionRule conversionWord="redact" class="dev.logveil.logback.RedactingConverter"/>
 * ...
 * <pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %redact(%msg%n%ex)</pattern>
 * }</pre>
 *
 * <p><b>The exception is always redacted.</b> Logback appends a plain, unredacted {@code %ex} to a pattern that names
 * no exception converter, so {@code %redact(%msg%n)} alone would leak the stack trace (the leak other projects
 * shipped). When the enclosed converters print no exception, this converter prints it itself, redacted, as part of
 * its text, which also keeps Logback from appending its own: {@code %redact(%msg%n)} writes exactly what a stock
 * {@code %msg%n} writes, minus the secrets. An exception converter outside {@code %redact(...)} and after it
 * ({@code %redact(%msg) %ex}) prints the exception unredacted; the converter reports that as an ERROR status when it
 * starts. Note that Logback reads a conversion word right after a closing parenthesis as literal text
 * ({@code %redact(%msg)%n} ends lines with {@code %n}); the converter reports that as a WARN status.
 *
 * <p><b>Options</b> come from a {@link RedactionSettings} declared with
 * {@code <define name="logveil" class="dev.logveil.logback.RedactionSettings">}, which takes the same elements as
 * {@link RedactingPatternLayout} (without one, the built-in defaults apply), and from the converter's own option
 * list, which adds to them for this converter alone, as in Log4j2's {@code %redact}:
 * {@code %redact(%msg){'mask=***','sensitiveKeys=pin,otp','rule=order=ord_[0-9]{6}'}} (quote each option: Logback
 * splits the list at commas). The names are those of every Logveil component. Inside {@code %redact(...)}, at any
 * depth ({@code %redact(%cyan(%X{password}))}), {@code %X{key}}, {@code %X} and {@code %kvp} write each value as
 * core's {@link RedactionPolicy} decides (masked whole under a key that names a secret); the rest is scanned, and
 * then, with the log-injection guard (on unless {@code escapeLineBreaks} is false), escaped.
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
    private static final String NAME = "RedactingConverter";
    private static final String NL = CoreConstants.LINE_SEPARATOR;

    private RedactedThrowableConverter ownThrowable;
    private List<Converter<ILoggingEvent>> children = List.of();
    private OutputKind[] kinds = new OutputKind[0];
    private SegmentTrust[] trust = new SegmentTrust[0];
    /** Whether the enclosed pattern holds a {@code %n}: a line that failed to format then still ends the line. */
    private boolean endsLines;
    private Redactor redactor = Redactor.defaults();
    private boolean escapeLineBreaks = RedactionOptions.ESCAPE_LINE_BREAKS_BY_DEFAULT;
    private LineRedaction lineRedaction = RedactionPolicy.of(redactor).lineRedaction();
    private FaultReporter faults = new FaultReporter(this, NAME);

    /**
     * Called by Logback's pattern compiler before its exception check runs: when the enclosed converters print no
     * exception, our own exception printer joins them, which the check sees.
     */
    @Override
    public void setChildConverter(Converter<ILoggingEvent> child) {
        if (ConverterChains.printsThrowable(child)) {
            super.setChildConverter(child);
            return;
        }
        ownThrowable = new RedactedThrowableConverter();
        if (child == null) {
            super.setChildConverter(ownThrowable);
        } else {
            ConverterUtil.findTail(child).setNext(ownThrowable);
            super.setChildConverter(child);
        }
    }

    @Override
    public void start() {
        applySettings();
        faults = new FaultReporter(this, NAME);
        checkExceptionPrinting();
        checkFollowingLiteral();
        classifyChildren();
        super.start();
    }

    /**
     * The options: the context's {@link RedactionSettings} (or the defaults), refined by this converter's own option
     * list, {@code %redact(...){'mask=***','sensitiveKeys=pin,otp'}}, read through core's vocabulary, which reports
     * an unknown name or a bad value by name and value.
     */
    private void applySettings() {
        Object found = getContext() == null ? null : getContext().getObject(RedactionSettings.CONTEXT_KEY);
        RedactionSettings settings = found instanceof RedactionSettings ? (RedactionSettings) found : null;
        if (settings != null) {
            redactor = settings.redactor();
            escapeLineBreaks = settings.escapeLineBreaks();
        }
        List<String> options = getOptionList();
        if (options != null && !options.isEmpty()) {
            RedactorConfig config = settings == null
                ? new RedactorConfig().setEscapeLineBreaks(RedactionOptions.ESCAPE_LINE_BREAKS_BY_DEFAULT)
                : settings.copyOfConfig();
            for (String option : options) {
                applyOption(option, config);
            }
            config.setFaultListener(message -> addWarn(NAME + ": " + message));
            // The settings' own problems were reported once, by RedactionSettings: only this converter's are new.
            redactor = config.build(problem -> {
                if (settings == null || !settings.hasReported(problem)) {
                    addError(NAME + ": " + problem);
                }
            });
            escapeLineBreaks = config.escapeLineBreaks();
        }
        lineRedaction = new RedactionPolicy(redactor, escapeLineBreaks).lineRedaction();
    }

    private void applyOption(String option, RedactorConfig config) {
        int equals = option.indexOf('=');
        if (equals < 0) {
            addError(NAME + ": option '" + option + "' is not name=value; ignored. Options: "
                + Component.LOGBACK_REDACT_CONVERTER.optionNames() + ". Quote each one: {'mask=***','disable=jwt'}");
            return;
        }
        config.apply(option.substring(0, equals).trim(), option.substring(equals + 1).trim(),
            problem -> addError(NAME + ": " + problem));
    }

    /**
     * Looks at the converters that follow this one in the pattern. Only one converter may print the exception:
     * a later {@code %redact(...)} or a {@code %nopex} takes over from ours; a later plain exception converter prints
     * it unredacted, which is reported.
     */
    private void checkExceptionPrinting() {
        Converter<ILoggingEvent> raw = null;
        boolean otherPrinter = false;
        for (Converter<ILoggingEvent> c : ConverterChains.outsideRedaction(getNext())) {
            if (c instanceof RedactingConverter || c instanceof NopThrowableInformationConverter) {
                otherPrinter = true;
            } else if (c instanceof ThrowableHandlingConverter && raw == null) {
                raw = c;
            }
        }
        if (raw != null) {
            addError(NAME + ": the pattern prints the exception with " + raw.getClass().getSimpleName()
                + " (%ex, %xEx, %rEx, ...) after %redact(...) but outside it, so stack traces and exception messages"
                + " are written unredacted. Move it inside, e.g. %redact(%msg%n%ex), or drop it: %redact(%msg%n)"
                + " prints the exception redacted");
        }
        if (ownThrowable != null && (raw != null || otherPrinter)) {
            ownThrowable.setEnabled(false);
        }
    }

    /**
     * Logback's pattern parser reads a conversion word right after a closing parenthesis as literal text:
     * {@code %redact(%msg)%n} ends lines with the two characters {@code %n}. Say so, with the fix.
     */
    private void checkFollowingLiteral() {
        if (getNext() instanceof LiteralConverter) {
            String literal = getNext().convert(null);
            if (literal.length() > 1 && literal.charAt(0) == '%' && Character.isLetter(literal.charAt(1))) {
                addWarn(NAME + ": Logback prints '" + literal + "' right after %redact(...) as literal text, not as a"
                    + " conversion word. Put it inside, e.g. %redact(%msg%n), or leave a space: %redact(%msg) %n");
            }
        }
    }

    /**
     * Classifies the top-level children by the kind of text they write. Their keyed values are decided before they
     * read them (see {@link DecidedLoggingEvent}), so keyed text is trusted as the policy wrote it.
     */
    private void classifyChildren() {
        List<Converter<ILoggingEvent>> list = new ArrayList<>();
        for (Converter<ILoggingEvent> c = getChildConverter(); c != null; c = c.getNext()) {
            list.add(c);
            endsLines |= c instanceof LineSeparatorConverter;
        }
        OutputKind[] kind = new OutputKind[list.size()];
        SegmentTrust[] segmentTrust = new SegmentTrust[list.size()];
        for (int i = 0; i < kind.length; i++) {
            kind[i] = LogbackConverterKinds.kindOf(list.get(i));
            segmentTrust[i] = LogbackConverterKinds.trustOf(list.get(i), kind[i], true, lineRedaction.policy());
        }
        children = list;
        kinds = kind;
        trust = segmentTrust;
    }

    @Override
    public String convert(ILoggingEvent raw) {
        StringBuilder text = new StringBuilder(128);
        try {
            ILoggingEvent event = DecidedLoggingEvent.decide(raw, lineRedaction.policy());
            long state = lineRedaction.begin(0);
            for (int i = 0; i < kinds.length; i++) {
                int start = text.length();
                Converter<ILoggingEvent> child = children.get(i);
                if (child == ownThrowable) {
                    appendThrowable(child.convert(event), text);
                } else {
                    child.write(text, event);
                }
                state = lineRedaction.segment(state, text, start, kinds[i], trust[i]);
            }
            lineRedaction.end(state, text);
        } catch (Throwable e) {
            // Errors too: a value's toString() may throw one, and the event must still be written, masked.
            faults.report("formatting %redact(...) failed", e);
            return endsLines ? redactor.mask() + NL : redactor.mask();
        }
        return text.toString();
    }

    /**
     * Places the stack trace the way Logback's implicit {@code %ex} would: on the lines after the text. After a line
     * separator ({@code %redact(%msg%n)}) it follows as rendered; otherwise ({@code %redact(%msg) %n}) it gets a line
     * separator before it and loses its last one, which the pattern supplies.
     */
    private static void appendThrowable(String trace, StringBuilder text) {
        if (trace.isEmpty()) {
            return;
        }
        int length = text.length();
        boolean atLineStart = length >= NL.length() && text.indexOf(NL, length - NL.length()) >= 0;
        if (atLineStart) {
            text.append(trace);
        } else {
            int end = trace.endsWith(NL) ? trace.length() - NL.length() : trace.length();
            text.append(NL).append(trace, 0, end);
        }
    }

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return redactor.redact(in);
    }

    /** Whether this converter prints the exception itself (its children print none and no other printer follows). */
    boolean printsOwnThrowable() {
        return ownThrowable != null && ownThrowable.isEnabled();
    }
}
