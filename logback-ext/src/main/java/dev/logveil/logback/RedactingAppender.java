package dev.logveil.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import dev.logveil.core.internal.event.EventValues;
import dev.logveil.core.event.RedactedThrowable;
import dev.logveil.core.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * Forwards a redacted copy of each event to the appenders attached to it, for appenders that read the event object
 * themselves instead of a layout's text: OpenTelemetry's, Sentry's, Kafka's or Loki's appender.
 *
 * <pre>{@code
 * <appender name="SAFE" class="dev.logveil.logback.RedactingAppender">
 *   <appender-ref ref="OTEL"/>
 * </appender>
 * <root level="INFO">
 *   <appender-ref ref="SAFE"/>
 * </root>
 * }</pre>
 *
 * <p>The copy carries the redacted formatted message, message template and arguments, MDC (a value under a sensitive
 * key masked whole), key-value pairs, and a throwable proxy whose messages are redacted and whose
 * {@code getThrowable()} is a redacted copy ({@link RedactedThrowable}), since OpenTelemetry's and Sentry's
 * appenders read the {@code Throwable} itself. An event with no secret is forwarded as it is. It takes the options of
 * every Logveil Logback component: {@code mask}, {@code fingerprint}, {@code sensitiveKeys}, {@code disable},
 * {@code enable} and repeatable {@code <rule>}.
 *
 * <p>If building the copy fails, the attached appenders get an event whose message is the mask and which carries no
 * arguments, context or throwable (fail closed), and a WARN status says so, at most once a minute. Stopping this
 * appender stops the attached ones.
 */
public class RedactingAppender extends ForwardingAppender {

    private static final String NAME = "RedactingAppender";

    private final RedactionOptions options = new RedactionOptions();
    private volatile Redactor redactor = Redactor.defaults();
    private FaultReporter faults;

    /** The text that replaces a secret; default {@code [REDACTED]}. */
    public void setMask(String mask) {
        options.setMask(mask);
    }

    /** Replace each secret by the mask plus a short fingerprint of it, to correlate without revealing; default off. */
    public void setFingerprint(boolean fingerprint) {
        options.setFingerprint(fingerprint);
    }

    /** Comma-separated key names whose values are masked, added to the built-in names. */
    public void setSensitiveKeys(String commaList) {
        options.setSensitiveKeys(commaList);
    }

    /**
     * Comma-separated key names that are never judged sensitive by their name, although their words would make them
     * so (e.g. {@code token_type}); their values are still scanned.
     */
    public void setNonSensitiveKeys(String commaList) {
        options.setNonSensitiveKeys(commaList);
    }

    /** Comma-separated names of built-in detectors to turn off. */
    public void setDisable(String commaList) {
        options.setDisable(commaList);
    }

    /** Comma-separated names of opt-in detectors to turn on ({@code email}, {@code ip_address}, ...). */
    public void setEnable(String commaList) {
        options.setEnable(commaList);
    }

    /** Adds a custom rule ({@code <rule><name/><regex/><replacement/></rule>}). */
    public void addRule(RedactionRule rule) {
        options.addRule(rule);
    }

    /** The same as {@code <rule>}, under the name of Log4j2's {@code <RedactionRule>}: {@code <redactionRule>}. */
    public void addRedactionRule(RedactionRule rule) {
        addRule(rule);
    }

    @Override
    public void start() {
        redactor = options.build(this, NAME);
        faults = new FaultReporter(this, NAME);
        if (!attached.iteratorForAppenders().hasNext()) {
            addWarn(NAME + " \"" + getName() + "\" has no <appender-ref>: its events go nowhere");
        }
        super.start();
    }

    @Override
    public void stop() {
        super.stop();
        attached.detachAndStopAllAppenders();
    }

    @Override
    protected void append(ILoggingEvent event) {
        ILoggingEvent forwarded;
        try {
            forwarded = redactedCopy(event, redactor);
        } catch (RuntimeException | LinkageError e) {
            faults.report("building the redacted event failed", e);
            forwarded = maskedOnly(event);
        }
        attached.appendLoopOnAppenders(forwarded);
    }

    /** {@code event} itself when it holds no secret, otherwise a {@link RedactedLoggingEvent}. */
    static ILoggingEvent redactedCopy(ILoggingEvent event, Redactor redactor) {
        String formatted = event.getFormattedMessage();
        String redactedFormatted = redactor.redact(formatted);
        String template = event.getMessage();
        String redactedTemplate = template == formatted ? redactedFormatted : redactor.redact(template);
        Object[] arguments = event.getArgumentArray();
        Object[] redactedArguments = EventValues.arguments(arguments, formatted, redactedFormatted, redactor);
        Map<String, String> mdc = event.getMDCPropertyMap();
        Map<String, String> redactedMdc = EventValues.contextMap(mdc, redactor);
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        List<KeyValuePair> redactedPairs = keyValuePairs(pairs, redactor);
        IThrowableProxy proxy = event.getThrowableProxy();
        IThrowableProxy redactedProxy = throwableProxy(proxy, redactor);
        if (redactedFormatted == formatted && redactedTemplate == template && redactedArguments == arguments
            && redactedMdc == mdc && redactedPairs == pairs && redactedProxy == proxy) {
            return event;
        }
        return new RedactedLoggingEvent(event, redactedTemplate, redactedArguments, redactedFormatted, redactedMdc,
            redactedPairs, redactedProxy);
    }

    private ILoggingEvent maskedOnly(ILoggingEvent event) {
        String mask = redactor.mask();
        return new RedactedLoggingEvent(event, mask, null, mask, Map.of(), null, null);
    }

    private static List<KeyValuePair> keyValuePairs(List<KeyValuePair> pairs, Redactor redactor) {
        if (pairs == null || pairs.isEmpty()) {
            return pairs;
        }
        List<KeyValuePair> copy = null;
        for (int i = 0; i < pairs.size(); i++) {
            KeyValuePair pair = pairs.get(i);
            Object value = EventValues.underKey(pair.key, pair.value, redactor);
            if (value != pair.value && copy == null) {
                copy = new ArrayList<>(pairs.subList(0, i));
            }
            if (copy != null) {
                copy.add(value == pair.value ? pair : new KeyValuePair(pair.key, value));
            }
        }
        return copy == null ? pairs : copy;
    }

    /**
     * The original proxy when its throwable is clean; a proxy of the redacted copy otherwise. A proxy without its
     * throwable (an event that was serialized) is rebuilt from a masked stand-in: its text cannot be copied safely.
     */
    private static IThrowableProxy throwableProxy(IThrowableProxy proxy, Redactor redactor) {
        if (proxy == null) {
            return null;
        }
        if (proxy instanceof ThrowableProxy && ((ThrowableProxy) proxy).getThrowable() != null) {
            Throwable original = ((ThrowableProxy) proxy).getThrowable();
            Throwable redacted = RedactedThrowable.of(original, redactor);
            return redacted == original ? proxy : new RedactedThrowableProxy((RedactedThrowable) redacted);
        }
        return new ThrowableProxy(new IllegalStateException(redactor.redact(proxy.getClassName() + ": "
            + proxy.getMessage())));
    }
}
