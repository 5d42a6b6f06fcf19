package dev.logveil.logback;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.LoggerConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.ThreadConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.pattern.PostCompileProcessor;
import dev.logveil.core.internal.line.KnownCleanNames;
import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.OutputKind;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.internal.line.SegmentTrust;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link PatternLayout} whose whole output is redacted: the text of every converter ({@code %msg}, {@code %X},
 * {@code %kvp}, custom ones) and the exception with its causes, suppressed exceptions and stack frames, including the
 * {@code %ex} that Logback appends when the pattern names none.
 *
 * <pre>{@code
 * <layout class="dev.logveil.logback.RedactingPatternLayout">
 *   <pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern>
 *   <sensitiveKeys>customer_pin</sensitiveKeys>
 * </layout>
 * }</pre>
 *
 * <p>Each converter's text is redacted by its kind ({@link LogbackConverterKinds}) as core's {@link RedactionPolicy}
 * says: {@code %X} and {@code %kvp} values masked whole under a key that names a secret, at any depth of the pattern
 * ({@code %highlight(%X{password})}); the message, the exception and every converter we do not know scanned; and,
 * with the log-injection guard (on unless {@code escapeLineBreaks} is false), escaped after they are redacted.
 *
 * <p>Options (all optional): {@code mask}, {@code fingerprint}, {@code sensitiveKeys}, {@code disable},
 * {@code enable}, repeatable {@code <rule>} elements and {@code escapeLineBreaks}; see {@code docs/logback.md}.
 * Invalid options and an empty or unparsable pattern are reported as ERROR statuses; the layout still starts, with
 * the valid options and safe defaults, and never writes a line unredacted. A fault while formatting an event writes
 * the mask in place of the line and a rate-limited WARN status; the application never sees an exception.
 *
 * <p>Thread-safe. Each thread reuses one buffer, and logging from inside a {@code toString()} called while a line is
 * formatted (re-entry) gets a buffer of its own.
 */
public class RedactingPatternLayout extends PatternLayout {
    /** The pattern used when none, or one that cannot be parsed, is configured. */
    public static final String DEFAULT_PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    private static final int INITIAL_BUFFER_CHARS = 256;
    /** A buffer that grew beyond this (a long stack trace) is dropped rather than kept for the thread's life. */
    private static final int MAX_RETAINED_BUFFER_CHARS = 8192;

    private final RedactionOptions options = new RedactionOptions();
    private final String componentName;
    /** One reusable buffer per thread; the slot is empty while the buffer is in use, so re-entry allocates. */
    private final ThreadLocal<StringBuilder[]> buffers = new ThreadLocal<>();
    private Redactor redactor = Redactor.defaults();
    private RedactionPolicy policy = RedactionPolicy.of(redactor);
    private LineRedaction lineRedaction = policy.lineRedaction();
    private FaultReporter faults = new FaultReporter(this, getClass().getSimpleName());
    private Converter<ILoggingEvent> head;
    /** What each converter of the chain writes, in order: the redaction scans only what can hold a secret. */
    private OutputKind[] kinds = new OutputKind[0];
    /** For each converter of the chain whose text does not depend on the event, the trust of that text. */
    private SegmentTrust[] fixedTrust = new SegmentTrust[0];
    /**
     * For each thread and logger converter of the chain, the names it has written that were found clean; null for
     * the other converters. One set per converter, since each formats its name its own way, and new sets with each
     * compilation (each start), since the verdict belongs to the redactor built there.
     */
    private KnownCleanNames[] cleanNames = new KnownCleanNames[0];
    /**
     * Whether a converter may read MDC or key-value values that no policy-deciding converter of ours writes (Logback's
     * {@code %maskedKvp}, a custom converter, one inside a composite): the event's values are then decided first.
     */
    private boolean readsUndecidedValues;

    public RedactingPatternLayout() {
        this("RedactingPatternLayout");
    }

    RedactingPatternLayout(String componentName) {
        this.componentName = componentName;
        // PatternLayout's constructor installed EnsureExceptionHandling; wrap it to learn the compiled chain's head.
        setPostCompileProcessor(postCompileProcessor);
    }

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

    /** Comma-separated key names that are never masked, whatever their words say ({@code monkey_token}). */
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

    /**
     * The log-injection guard: after redaction, escape line breaks, other control characters and ANSI escapes in the
     * text of every converter (message, MDC and key-value values, names, exception messages; stack traces keep the
     * line breaks before their frames); default on.
     */
    public void setEscapeLineBreaks(boolean escapeLineBreaks) {
        options.setEscapeLineBreaks(escapeLineBreaks);
    }

    @Override
    public void setPostCompileProcessor(PostCompileProcessor<ILoggingEvent> processor) {
        super.setPostCompileProcessor((context, compiledHead) -> {
            if (processor != null) {
                processor.process(context, compiledHead);
            }
            head = compiledHead;
            OutputKind[] chainKinds = ConverterChains.kinds(compiledHead);
            SegmentTrust[] trust = new SegmentTrust[chainKinds.length];
            KnownCleanNames[] names = new KnownCleanNames[chainKinds.length];
            boolean undecided = false;
            int i = 0;
            for (Converter<ILoggingEvent> c = compiledHead; c != null; c = c.getNext(), i++) {
                undecided |= mayReadUndecidedValues(c, chainKinds[i]);
                // Exact classes only: a subclass may write something else than the name.
                if (c.getClass() == ThreadConverter.class || c.getClass() == LoggerConverter.class) {
                    names[i] = new KnownCleanNames();
                } else {
                    boolean decided = LogbackConverterKinds.decides(c);
                    trust[i] = LogbackConverterKinds.trustOf(c, chainKinds[i], decided, policy);
                }
            }
            kinds = chainKinds;
            fixedTrust = trust;
            cleanNames = names;
            readsUndecidedValues = undecided;
        });
    }

    private static boolean mayReadUndecidedValues(Converter<ILoggingEvent> c, OutputKind kind) {
        if (kind.isKeyed()) {
            return !LogbackConverterKinds.decides(c);
        }
        boolean message = c instanceof LayoutMessageConverter || c.getClass() == MessageConverter.class;
        return (kind == OutputKind.FREE_TEXT || kind == OutputKind.STYLED_TEXT) && !message;
    }

    @Override
    public void start() {
        redactor = options.build(this, componentName);
        policy = new RedactionPolicy(redactor, options.escapeLineBreaks());
        lineRedaction = policy.lineRedaction();
        faults = new FaultReporter(this, componentName);
        installConverters();
        String configured = getPattern();
        if (configured == null || configured.isBlank()) {
            addError(componentName + ": <pattern> is empty; using the default pattern '" + DEFAULT_PATTERN + "'");
            setPattern(DEFAULT_PATTERN);
        }
        super.start();
        if (!isStarted()) {
            addError(componentName + ": <pattern> '" + configured + "' cannot be parsed; using the default pattern '"
                + DEFAULT_PATTERN + "'");
            setPattern(DEFAULT_PATTERN);
            super.start();
        }
    }

    /**
     * Puts our variants of {@code %msg}, {@code %X} and {@code %kvp} in this layout's own converter map, unless the
     * configuration maps those words to converters of its own ({@code <conversionRule>}).
     */
    private void installConverters() {
        Redactor built = redactor;
        RedactionPolicy decisions = policy;
        Map<String, Supplier<DynamicConverter>> instanceMap = getInstanceConverterMap();
        Map<?, ?> userRules = getContext() == null ? null
            : (Map<?, ?>) getContext().getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        for (String word : new String[] {"m", "msg", "message"}) {
            putUnlessUserDefined(instanceMap, userRules, word, () -> new LayoutMessageConverter(built));
        }
        for (String word : new String[] {"X", "mdc"}) {
            putUnlessUserDefined(instanceMap, userRules, word, () -> new SensitiveKeyMdcConverter(decisions));
        }
        putUnlessUserDefined(instanceMap, userRules, "kvp", () -> new SensitiveKeyValuePairConverter(decisions));
    }

    private static void putUnlessUserDefined(Map<String, Supplier<DynamicConverter>> instanceMap, Map<?, ?> userRules,
            String word, Supplier<DynamicConverter> supplier) {
        if (userRules == null || !userRules.containsKey(word)) {
            instanceMap.put(word, supplier);
        }
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        if (!isStarted()) {
            return CoreConstants.EMPTY_STRING;
        }
        StringBuilder[] slot = buffers.get();
        if (slot == null) {
            slot = new StringBuilder[1];
            buffers.set(slot);
        }
        StringBuilder line = slot[0];
        slot[0] = null;
        if (line == null) {
            line = new StringBuilder(INITIAL_BUFFER_CHARS);
        }
        try {
            return format(event, line);
        } finally {
            if (line.capacity() <= MAX_RETAINED_BUFFER_CHARS) {
                line.setLength(0);
                slot[0] = line;
            }
        }
    }

    private String format(ILoggingEvent event, StringBuilder line) {
        OutputKind[] chainKinds = kinds;
        SegmentTrust[] trust = fixedTrust;
        KnownCleanNames[] names = cleanNames;
        ILoggingEvent source = event;
        long state = lineRedaction.begin(0);
        try {
            if (readsUndecidedValues) {
                source = DecidedLoggingEvent.decide(event, policy);
            }
            int index = 0;
            for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext(), index++) {
                int start = line.length();
                c.write(line, source);
                SegmentTrust segmentTrust = trust[index];
                if (segmentTrust == null) {
                    String name = c.getClass() == ThreadConverter.class ? event.getThreadName() : event.getLoggerName();
                    segmentTrust = names[index].trust(name, line, start, line.length(), redactor);
                }
                state = lineRedaction.segment(state, line, start, chainKinds[index], segmentTrust);
            }
        } catch (Throwable e) {
            // Errors too: a value's toString() may throw one, and the event must still be written, masked.
            faults.report("formatting an event failed", e);
            return redactor.mask() + CoreConstants.LINE_SEPARATOR;
        }
        lineRedaction.end(state, line);
        return line.toString();
    }
}
