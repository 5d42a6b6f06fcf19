package dev.logveil.logback;

import ch.qos.logback.core.spi.ContextAware;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;

/**
 * The redaction options every Logveil Logback component accepts, in the vocabulary shared with the Log4j2 adapter
 * ({@code mask}, {@code fingerprint}, {@code sensitiveKeys}, {@code disable}, {@code enable}, {@code <rule>},
 * {@code escapeLineBreaks}), and their translation into a core {@link Redactor}. The components' JavaBean setters
 * delegate here, so the options read and validate the same in each of them.
 */
final class RedactionOptions {
    private final RedactorConfig config = new RedactorConfig();
    private boolean escapeLineBreaks;

    void setMask(String mask) {
        config.setMask(mask);
    }

    void setFingerprint(boolean fingerprint) {
        config.setFingerprint(fingerprint);
    }

    void setSensitiveKeys(String commaList) {
        config.setSensitiveKeys(commaList);
    }

    void setNonSensitiveKeys(String commaList) {
        config.setNonSensitiveKeys(commaList);
    }

    void setDisable(String commaList) {
        config.setDisable(commaList);
    }

    void setEnable(String commaList) {
        config.setEnable(commaList);
    }

    void addRule(RedactionRule rule) {
        if (rule != null) {
            config.addRule(rule.getName(), rule.getRegex(), rule.getReplacement());
        }
    }

    void setEscapeLineBreaks(boolean escapeLineBreaks) {
        this.escapeLineBreaks = escapeLineBreaks;
    }

    boolean escapeLineBreaks() {
        return escapeLineBreaks;
    }

    /**
     * Builds the redactor. Each invalid option is reported as an ERROR status of {@code owner}, prefixed with the
     * component's name; faults at run time become (rate-limited) WARN statuses. Never fails: the redactor is built
     * with safe defaults for whatever was invalid.
     */
    Redactor build(ContextAware owner, String component) {
        config.setFaultListener(message -> owner.addWarn(component + ": " + message));
        return config.build(problem -> owner.addError(component + ": " + problem));
    }
}
