package dev.logveil.logback;

import ch.qos.logback.core.PropertyDefinerBase;
import ch.qos.logback.core.spi.LifeCycle;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;

/**
 * The options of every {@code %redact(...)} converter of a Logback context. A stock {@code PatternLayout} cannot hold
 * nested elements, so the options live here, declared once with Logback's {@code <define>} element (Logback handles
 * it before it builds the appenders, wherever it stands in the file):
 *
 * <pre>{@code
 * <define name="logveil" class="dev.logveil.logback.RedactionSettings">
 *   <mask>***</mask>
 *   <sensitiveKeys>customer_pin</sensitiveKeys>
 *   <rule><name>order-secret</name><regex>os-[0-9a-f]{16}</regex></rule>
 * </define>
 * }</pre>
 *
 * <p>It takes the same options as {@link RedactingPatternLayout}: {@code mask}, {@code fingerprint},
 * {@code sensitiveKeys}, {@code nonSensitiveKeys}, {@code disable}, {@code enable}, repeatable {@code <rule>} and
 * {@code escapeLineBreaks}. A {@code %redact(...)} with its own option list ({@code {'mask=***'}}) adds those
 * options to these, for itself.
 * Invalid options are reported as ERROR statuses and replaced by defaults. The property it defines (here
 * {@code logveil}) holds a one-line summary of the settings, shown in Logback's own status messages.
 */
public class RedactionSettings extends PropertyDefinerBase implements LifeCycle {
    /** The context object key under which started settings are registered. */
    static final String CONTEXT_KEY = RedactionSettings.class.getName();

    private static final String NAME = "RedactionSettings";

    private final RedactionOptions options = new RedactionOptions();
    private volatile Redactor redactor = Redactor.defaults();
    private boolean started;

    /** See {@link RedactingPatternLayout#setMask}. */
    public void setMask(String mask) {
        options.setMask(mask);
    }

    /** See {@link RedactingPatternLayout#setFingerprint}. */
    public void setFingerprint(boolean fingerprint) {
        options.setFingerprint(fingerprint);
    }

    /** See {@link RedactingPatternLayout#setSensitiveKeys}. */
    public void setSensitiveKeys(String commaList) {
        options.setSensitiveKeys(commaList);
    }

    /** See {@link RedactingPatternLayout#setNonSensitiveKeys}. */
    public void setNonSensitiveKeys(String commaList) {
        options.setNonSensitiveKeys(commaList);
    }

    /** See {@link RedactingPatternLayout#setDisable}. */
    public void setDisable(String commaList) {
        options.setDisable(commaList);
    }

    /** See {@link RedactingPatternLayout#setEnable}. */
    public void setEnable(String commaList) {
        options.setEnable(commaList);
    }

    /** See {@link RedactingPatternLayout#addRule}. */
    public void addRule(RedactionRule rule) {
        options.addRule(rule);
    }

    /** The same as {@code <rule>}, under the name of Log4j2's {@code <RedactionRule>}: {@code <redactionRule>}. */
    public void addRedactionRule(RedactionRule rule) {
        addRule(rule);
    }

    /** See {@link RedactingPatternLayout#setEscapeLineBreaks}; default on. */
    public void setEscapeLineBreaks(boolean escapeLineBreaks) {
        options.setEscapeLineBreaks(escapeLineBreaks);
    }

    @Override
    public void start() {
        redactor = options.build(this, NAME);
        getContext().putObject(CONTEXT_KEY, this);
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    @Override
    public String getPropertyValue() {
        return "mask=" + redactor.mask() + ", escapeLineBreaks=" + options.escapeLineBreaks();
    }

    Redactor redactor() {
        return redactor;
    }

    boolean escapeLineBreaks() {
        return options.escapeLineBreaks();
    }

    /** The options as configured, for a {@code %redact} that adds its own option list to them. */
    RedactorConfig copyOfConfig() {
        return options.copyOfConfig();
    }

    /** Whether this problem of the settings was reported when they started. */
    boolean hasReported(String problem) {
        return options.hasReported(problem);
    }
}
