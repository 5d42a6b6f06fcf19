package dev.logveil.log4j2;

import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;

/**
 * A custom redaction rule, nested in a Logveil layout:
 * {@code <RedactionRule name="order-token" regex="ord_[A-Za-z0-9]{24}" replacement="ord_[REDACTED]"/>}.
 *
 * <p>The regex is an RE2 expression (linear time: no back-references or look-arounds), so a rule cannot hang the
 * logging thread. It is compiled and validated by the enclosing layout, which reports an invalid regex or
 * replacement through the {@code StatusLogger} naming itself, the rule and the value, and leaves the rule out.
 */
@Plugin(name = "RedactionRule", category = Node.CATEGORY, printObject = true)
public final class RedactionRule {
    private final String name;
    private final String regex;
    private final String replacement;

    private RedactionRule(Builder builder) {
        this.name = builder.name;
        this.regex = builder.regex;
        this.replacement = builder.replacement;
    }

    /** A builder, as Log4j2's configuration uses it. */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The name used in status messages; may be {@code null}, then the rule is called {@code rule-<n>}. */
    public String getName() {
        return name;
    }

    /** The RE2 regular expression. */
    public String getRegex() {
        return regex;
    }

    /** The replacement, with {@code $1}-style group references; {@code null} or empty for the mask. */
    public String getReplacement() {
        return replacement;
    }

    @Override
    public String toString() {
        // The regex and replacement are configuration, not log data: safe to show in status output.
        return "RedactionRule[name=" + name + ", regex=" + regex + ", replacement=" + replacement + "]";
    }

    /** Builds a {@link RedactionRule}; the enclosing layout validates the regex once it knows its own name. */
    public static final class Builder implements org.apache.logging.log4j.core.util.Builder<RedactionRule> {
        @PluginBuilderAttribute
        private String name;

        @PluginBuilderAttribute
        private String regex;

        @PluginBuilderAttribute
        private String replacement;

        private Builder() {
        }

        public Builder setName(String name) {
            this.name = name;
            return this;
        }

        public Builder setRegex(String regex) {
            this.regex = regex;
            return this;
        }

        public Builder setReplacement(String replacement) {
            this.replacement = replacement;
            return this;
        }

        @Override
        public RedactionRule build() {
            return new RedactionRule(this);
        }
    }
}
