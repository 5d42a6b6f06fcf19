package dev.logveil.logback;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
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
 * no exception converter, so {@code %redact(%msg)%n} would leak the stack trace. When the enclosed converters print no
 * exception, this converter prints it itself, redacted, as part of its text (a line separator, then the stack trace),
 * which also keeps Logback from appending its own: {@code %redact(%msg)%n} writes what a stock {@code %msg%n} writes,
 * minus the secrets. An exception converter written after {@code %redact(...)} outside it ({@code %redact(%msg)%n%ex})
 * prints the exception unredacted; the converter reports that as an ERROR status when it starts.
 *
 * <p><b>Options</b> come from a {@link RedactionSettings} declared before the appenders with
 * {@code <define name="logveil" class="dev.logveil.logback.RedactionSettings">}, which takes the same elements as
 * {@link RedactingPatternLayout}; without one, the built-in defaults apply. Inside {@code %redact(...)}, the value of
 * {@code %X{key}} is masked whole when the key names a secret, and {@code escapeLineBreaks} guards {@code %msg}.
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
    private static final String NAME = "RedactingConverter";
    private static final byte PLAIN = 0;
    private static final byte SENSITIVE_MDC = 1;
    private static final byte MESSAGE = 2;

    private RedactedThrowableConverter ownThrowable;
    private List<Converter<ILoggingEvent>> children = List.of();
    private byte[] kinds = new byte[0];
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
        classifyChildren();
        super.start();
    }

    private void applySettings() {
        Object settings = getContext() == null ? null : getContext().getObject(RedactionSettings.CONTEXT_KEY);
        if (settings instanceof RedactionSettings) {
            redactor = ((RedactionSettings) settings).redactor();
            escapeLineBreaks = ((RedactionSettings) settings).escapeLineBreaks();
        } else if (getContext() != null) {
            // Lets a RedactionSettings declared later in the file say that it came too late for this converter.
            getContext().putObject(RedactionSettings.STARTED_WITHOUT_SETTINGS_KEY, Boolean.TRUE);
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
                + " are written unredacted. Move it inside, e.g. %redact(%msg%n%ex), or drop it: %redact(%msg)%n"
                + " prints the exception redacted");
        }
        if (ownThrowable != null && (raw != null || otherPrinter)) {
            ownThrowable.setEnabled(false);
        }
    }

    private void classifyChildren() {
        List<Converter<ILoggingEvent>> list = new ArrayList<>();
        for (Converter<ILoggingEvent> c = getChildConverter(); c != null; c = c.getNext()) {
            list.add(c);
        }
        byte[] kind = new byte[list.size()];
        for (int i = 0; i < kind.length; i++) {
            Converter<ILoggingEvent> c = list.get(i);
            if (c instanceof MDCConverter && ((MDCConverter) c).getKey() != null
                    && redactor.isSensitiveKey(((MDCConverter) c).getKey())) {
                kind[i] = SENSITIVE_MDC;
            } else if (c instanceof MessageConverter && escapeLineBreaks) {
                kind[i] = MESSAGE;
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
                int start = text.length();
                children.get(i).write(text, event);
                if (kinds[i] != PLAIN && text.length() > start) {
                    postProcess(kinds[i], children.get(i), event, text, start);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            faults.report("formatting %redact(...) failed", e);
            return redactor.mask();
        }
        redactor.redact(text, 0);
        return text.toString();
    }

    private void postProcess(byte kind, Converter<ILoggingEvent> child, ILoggingEvent event, StringBuilder text,
            int start) {
        if (kind == MESSAGE) {
            LogInjectionGuard.escape(text, start);
            return;
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null && mdc.get(((MDCConverter) child).getKey()) != null) {
            String masked = redactor.maskValue(text.substring(start));
            text.setLength(start);
            text.append(masked);
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
