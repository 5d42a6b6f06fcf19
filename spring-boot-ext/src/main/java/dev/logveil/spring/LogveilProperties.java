package dev.logveil.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Logveil's options as Spring Boot properties under {@code logging.logveil}, in the vocabulary shared with
 * {@code logback.xml} and {@code log4j2.xml}: {@code mask}, {@code fingerprint}, {@code sensitive-keys},
 * {@code disable}, {@code enable}, {@code rules[i].name/regex/replacement} and {@code escape-line-breaks}.
 *
 * <pre>
 * logging.logveil.mask=[HIDDEN]
 * logging.logveil.sensitive-keys=customer_pin,*_otp
 * logging.logveil.rules[0].name=order-id
 * logging.logveil.rules[0].regex=ORD-[0-9]{8}
 * </pre>
 *
 * <p>They are read when Spring Boot initialises logging, before any bean exists; an invalid value is reported as a
 * warning that names the property and the value, and the redaction starts with the default for it.
 */
@ConfigurationProperties(prefix = LogveilProperties.PREFIX)
public class LogveilProperties {
    /** The prefix of every Logveil property. */
    public static final String PREFIX = "logging.logveil";

    /** Whether Logveil redacts Spring Boot's default console and file output and its structured formats. */
    private boolean enabled = true;

    /** The text that replaces a secret. */
    private String mask = "[REDACTED]";

    /** Whether each mask carries a short SHA-256 fingerprint of the secret, e.g. [REDACTED:3f2a9c1b0d4e]. */
    private boolean fingerprint;

    /** Key names whose values are masked whole, added to the built-in names; '*_pin' matches any key ending so. */
    private List<String> sensitiveKeys = new ArrayList<>();

    /** Built-in detectors to turn off, by name (e.g. payment_card, jwt). */
    private List<String> disable = new ArrayList<>();

    /** Opt-in detectors to turn on: email, ip_address, high_entropy. */
    private List<String> enable = new ArrayList<>();

    /** Custom rules (RE2 regular expressions), applied after the built-in detectors. */
    private List<Rule> rules = new ArrayList<>();

    /** Whether line breaks in pattern output are escaped, so one event is one line (against log forging). */
    private boolean escapeLineBreaks;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMask() {
        return mask;
    }

    public void setMask(String mask) {
        this.mask = mask;
    }

    public boolean isFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(boolean fingerprint) {
        this.fingerprint = fingerprint;
    }

    public List<String> getSensitiveKeys() {
        return sensitiveKeys;
    }

    public void setSensitiveKeys(List<String> sensitiveKeys) {
        this.sensitiveKeys = sensitiveKeys;
    }

    public List<String> getDisable() {
        return disable;
    }

    public void setDisable(List<String> disable) {
        this.disable = disable;
    }

    public List<String> getEnable() {
        return enable;
    }

    public void setEnable(List<String> enable) {
        this.enable = enable;
    }

    public List<Rule> getRules() {
        return rules;
    }

    public void setRules(List<Rule> rules) {
        this.rules = rules;
    }

    public boolean isEscapeLineBreaks() {
        return escapeLineBreaks;
    }

    public void setEscapeLineBreaks(boolean escapeLineBreaks) {
        this.escapeLineBreaks = escapeLineBreaks;
    }

    /** One custom rule: every match of {@code regex} is replaced by {@code replacement} (or the mask). */
    public static class Rule {
        /** A name for warnings and counts. */
        private String name;

        /** An RE2 regular expression: linear time, no back-references or look-arounds. */
        private String regex;

        /** The replacement, with $1-style group references; empty for the mask. */
        private String replacement;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRegex() {
            return regex;
        }

        public void setRegex(String regex) {
            this.regex = regex;
        }

        public String getReplacement() {
            return replacement;
        }

        public void setReplacement(String replacement) {
            this.replacement = replacement;
        }
    }
}
