package dev.logveil.log4j2;

import dev.logveil.core.internal.options.OnOff;
import dev.logveil.core.internal.options.RedactionOption;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.util.function.Consumer;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginConfiguration;
import org.apache.logging.log4j.core.config.plugins.PluginElement;

/**
 * The attributes every Logveil layout shares, in the vocabulary of both adapters: {@code mask},
 * {@code fingerprint}, {@code sensitiveKeys}, {@code disable}, {@code enable} and nested {@code <RedactionRule>}
 * elements. Log4j2 injects them from the configuration; code can set them with the fluent setters.
 *
 * <p>The options are validated once, by core's {@link RedactorConfig}, when the layout is built: each invalid value
 * is reported through the {@code StatusLogger} as an error naming the layout and the value, and the layout is built
 * anyway from the valid options and safe defaults.
 *
 * @param <B> the concrete builder
 * @param <L> the layout it builds
 */
public abstract class RedactingLayoutBuilder<B extends RedactingLayoutBuilder<B, L>, L>
    implements org.apache.logging.log4j.core.util.Builder<L> {

    @PluginConfiguration
    private Configuration configuration;

    @PluginBuilderAttribute
    private String mask = RedactorConfig.DEFAULT_MASK;

    /** Read as text, so that a value other than true/false is reported instead of read as false. */
    @PluginBuilderAttribute
    private String fingerprint;

    @PluginBuilderAttribute
    private String sensitiveKeys;

    @PluginBuilderAttribute
    private String nonSensitiveKeys;

    @PluginBuilderAttribute
    private String disable;

    @PluginBuilderAttribute
    private String enable;

    @PluginElement("RedactionRule")
    private RedactionRule[] rules;

    protected RedactingLayoutBuilder() {
    }

    /** The configuration the layout belongs to; {@code null} when built outside one. */
    public Configuration getConfiguration() {
        return configuration;
    }

    public B setConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return asBuilder();
    }

    /** The text that replaces a secret; default {@code [REDACTED]}. */
    public B setMask(String mask) {
        this.mask = mask;
        return asBuilder();
    }

    /** Whether a secret is replaced by the mask plus a short SHA-256 fingerprint of it; default {@code false}. */
    public B setFingerprint(boolean fingerprint) {
        this.fingerprint = Boolean.toString(fingerprint);
        return asBuilder();
    }

    /** Comma-separated key names whose values are masked, added to the built-in ones. */
    public B setSensitiveKeys(String sensitiveKeys) {
        this.sensitiveKeys = sensitiveKeys;
        return asBuilder();
    }

    /** Comma-separated key names that are never masked, whatever their words say ({@code monkey_token}). */
    public B setNonSensitiveKeys(String nonSensitiveKeys) {
        this.nonSensitiveKeys = nonSensitiveKeys;
        return asBuilder();
    }

    /** Comma-separated names of built-in detectors to turn off. */
    public B setDisable(String disable) {
        this.disable = disable;
        return asBuilder();
    }

    /** Comma-separated names of opt-in detectors to turn on ({@code email}, {@code ip_address}, ...). */
    public B setEnable(String enable) {
        this.enable = enable;
        return asBuilder();
    }

    /** Custom rules, applied after the built-in detectors. */
    public B setRules(RedactionRule... rules) {
        this.rules = rules;
        return asBuilder();
    }

    /**
     * Builds the redactor from the options. Never fails: problems are reported as errors starting with
     * {@code element}, and the redactor falls back to safe defaults for them.
     */
    protected final Redactor buildRedactor(String element) {
        RedactorConfig config = new RedactorConfig();
        Consumer<String> report = problem -> PluginStatus.configurationError(element, problem);
        // Each attribute given goes through core's vocabulary, which reads and reports it as every component does.
        applyIfGiven(config, RedactionOption.MASK, mask, report);
        applyIfGiven(config, RedactionOption.FINGERPRINT, fingerprint, report);
        applyIfGiven(config, RedactionOption.SENSITIVE_KEYS, sensitiveKeys, report);
        applyIfGiven(config, RedactionOption.NON_SENSITIVE_KEYS, nonSensitiveKeys, report);
        applyIfGiven(config, RedactionOption.DISABLE, disable, report);
        applyIfGiven(config, RedactionOption.ENABLE, enable, report);
        if (rules != null) {
            for (RedactionRule rule : rules) {
                if (rule != null) {
                    config.addRule(rule.getName(), rule.getRegex(), rule.getReplacement());
                }
            }
        }
        return PluginStatus.buildRedactor(element, config);
    }

    private static void applyIfGiven(RedactorConfig config, RedactionOption option, String value,
                                     Consumer<String> report) {
        if (value != null) {
            config.apply(option.optionName(), value, report);
        }
    }

    /**
     * Reads an on/off attribute of {@code element}: {@code true} or {@code false}; any other value is reported as an
     * error naming the element, the attribute and the value, and gets {@code whenUnreadable}.
     */
    protected static boolean readOnOff(String element, String attribute, String value, boolean whenAbsent,
                                       boolean whenUnreadable) {
        return OnOff.read(attribute, value, whenAbsent, whenUnreadable,
            problem -> PluginStatus.configurationError(element, problem));
    }

    @SuppressWarnings("unchecked")
    private B asBuilder() {
        return (B) this;
    }
}
