package dev.logveil.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.PatternLayoutEncoderBase;

/**
 * The encoder form of {@link RedactingPatternLayout}, for appenders that take an {@code <encoder>}:
 *
 * <pre>{@code
 * <encoder class="dev.logveil.logback.RedactingPatternLayoutEncoder">
 *   <pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern>
 * </encoder>
 * }</pre>
 *
 * <p>It accepts the layout's options ({@code mask}, {@code fingerprint}, {@code sensitiveKeys}, {@code disable},
 * {@code enable}, {@code <rule>}, {@code escapeLineBreaks}) besides the usual {@code charset} and
 * {@code outputPatternAsHeader}, and behaves like the layout on bad configuration and faults.
 */
public class RedactingPatternLayoutEncoder extends PatternLayoutEncoderBase<ILoggingEvent> {
    private final RedactingPatternLayout redactingLayout = new RedactingPatternLayout("RedactingPatternLayoutEncoder");

    /** See {@link RedactingPatternLayout#setMask}. */
    public void setMask(String mask) {
        redactingLayout.setMask(mask);
    }

    /** See {@link RedactingPatternLayout#setFingerprint}. */
    public void setFingerprint(boolean fingerprint) {
        redactingLayout.setFingerprint(fingerprint);
    }

    /** See {@link RedactingPatternLayout#setSensitiveKeys}. */
    public void setSensitiveKeys(String commaList) {
        redactingLayout.setSensitiveKeys(commaList);
    }

    /** See {@link RedactingPatternLayout#setNonSensitiveKeys}. */
    public void setNonSensitiveKeys(String commaList) {
        redactingLayout.setNonSensitiveKeys(commaList);
    }

    /** See {@link RedactingPatternLayout#setDisable}. */
    public void setDisable(String commaList) {
        redactingLayout.setDisable(commaList);
    }

    /** See {@link RedactingPatternLayout#setEnable}. */
    public void setEnable(String commaList) {
        redactingLayout.setEnable(commaList);
    }

    /** See {@link RedactingPatternLayout#addRule}. */
    public void addRule(RedactionRule rule) {
        redactingLayout.addRule(rule);
    }

    /** The same as {@code <rule>}, under the name of Log4j2's {@code <RedactionRule>}: {@code <redactionRule>}. */
    public void addRedactionRule(RedactionRule rule) {
        addRule(rule);
    }

    /** See {@link RedactingPatternLayout#setEscapeLineBreaks}. */
    public void setEscapeLineBreaks(boolean escapeLineBreaks) {
        redactingLayout.setEscapeLineBreaks(escapeLineBreaks);
    }

    @Override
    public void start() {
        redactingLayout.setContext(getContext());
        redactingLayout.setPattern(getPattern());
        redactingLayout.setOutputPatternAsHeader(isOutputPatternAsHeader());
        redactingLayout.start();
        this.layout = redactingLayout;
        super.start();
    }

    @Override
    public void stop() {
        super.stop();
        redactingLayout.stop();
    }
}
