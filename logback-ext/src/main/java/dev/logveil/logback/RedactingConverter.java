package dev.logveil.logback;

import ch.qos.logback.classic.pattern.KeyValuePairConverter;
import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import ch.qos.logback.core.pattern.LiteralConverter;
import dev.logveil.core.redact.LogInjectionGuard;
import dev.logveil.core.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * {@link RedactingPatternLayout}; without one, the built-in defaults apply. Directly inside {@code %redact(...)},
 * {@code %X{key}}, {@code %X} and {@code %kvp} mask the whole value of an entry whose key names a secret, and
 * {@code escapeLineBreaks} guards {@code %msg}.
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
    private static final String NAME = "RedactingConverter";
    /** How a child converter's text is produced; see {@link #classifyChildren}. */
    private static final byte PLAIN = 0;
    private static final byte MESSAGE = 1;
    private static final byte SENSITIVE_MDC = 2;
    private static final byte ALL_MDC = 3;
    private static final byte KEY_VALUE_PAIRS = 4;
    private static final byte OWN_THROWABLE = 5;
    private static final String NL = CoreConstants.LINE_SEPARATOR;

    private RedactedThrowableConverter ownThrowable;
    private List<Converter<ILoggingEvent>> children = List.of();
    private byte[] kinds = new byte[0];
    /** Whether the enclosed pattern holds a {@code %n}: a line that failed to format then still ends the line. */
    private boolean endsLines;
    private Redactor redactor = Redactor.defaults();
    private boolean escapeLineBreaks;
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
        List<String> options = getOptionList();
        if (options != null && !options.isEmpty()) {
            addWarn(NAME + ": %redact takes no options; ignored " + options + ". Configure it with <define name=\""
                + "logveil\" class=\"" + RedactionSettings.class.getName() + "\"> before the appenders");
        }
        checkExceptionPrinting();
        checkFollowingLiteral();
        classifyChildren();
        super.start();
    }

    private void applySettings() {
        Object settings = getContext() == null ? null : getContext().getObject(RedactionSettings.CONTEXT_KEY);
        if (settings instanceof RedactionSettings) {
            redactor = ((RedactionSettings) settings).redactor();
            escapeLineBreaks = ((RedactionSettings) settings).escapeLineBreaks();
        }
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
     * Finds the children whose values need more than the text pass: {@code %X{key}} of a sensitive key and
     * {@code %X} / {@code %kvp} (values of sensitive keys masked whole, in Logback's own text form), and
     * {@code %msg} when line breaks are escaped.
     */
    private void classifyChildren() {
        List<Converter<ILoggingEvent>> list = new ArrayList<>();
        for (Converter<ILoggingEvent> c = getChildConverter(); c != null; c = c.getNext()) {
            list.add(c);
        }
        byte[] kind = new byte[list.size()];
        for (int i = 0; i < kind.length; i++) {
            Converter<ILoggingEvent> c = list.get(i);
            endsLines |= c instanceof LineSeparatorConverter;
            if (c instanceof MDCConverter) {
                String key = ((MDCConverter) c).getKey();
                if (key == null) {
                    kind[i] = ALL_MDC;
                } else if (redactor.isSensitiveKey(key)) {
                    kind[i] = SENSITIVE_MDC;
                }
            } else if (c instanceof KeyValuePairConverter) {
                kind[i] = KEY_VALUE_PAIRS;
            } else if (c instanceof MessageConverter && escapeLineBreaks) {
                kind[i] = MESSAGE;
            } else if (c == ownThrowable) {
                kind[i] = OWN_THROWABLE;
            }
        }
        children = list;
        kinds = kind;
    }

    @Override
    public String convert(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(128);
        try {
            for (int i = 0; i < kinds.length; i++) {
                write(kinds[i], children.get(i), event, text);
            }
        } catch (Throwable e) {
            // Errors too: a value's toString() may throw one, and the event must still be written, masked.
            faults.report("formatting %redact(...) failed", e);
            return endsLines ? redactor.mask() + NL : redactor.mask();
        }
        redactor.redact(text, 0);
        return text.toString();
    }

    private void write(byte kind, Converter<ILoggingEvent> child, ILoggingEvent event, StringBuilder text) {
        switch (kind) {
            case MESSAGE:
                int start = text.length();
                child.write(text, event);
                LogInjectionGuard.escape(text, start);
                break;
            case SENSITIVE_MDC:
                Map<String, String> mdc = event.getMDCPropertyMap();
                String value = mdc == null ? null : mdc.get(((MDCConverter) child).getKey());
                if (value != null) {
                    text.append(redactor.maskValue(value));
                } else {
                    child.write(text, event);
                }
                break;
            case ALL_MDC:
                text.append(SensitiveValues.mdcEntries(event.getMDCPropertyMap(), redactor));
                break;
            case OWN_THROWABLE:
                appendThrowable(child.convert(event), text);
                break;
            case KEY_VALUE_PAIRS:
                text.append(SensitiveValues.keyValuePairs(event.getKeyValuePairs(),
                    SensitiveValues.kvpQuote(((KeyValuePairConverter) child).getFirstOption()), redactor));
                break;
            default:
                child.write(text, event);
                break;
        }
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
