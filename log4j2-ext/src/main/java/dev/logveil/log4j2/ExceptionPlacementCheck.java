package dev.logveil.log4j2;

import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.ThrowablePatternConverter;

/**
 * Catches the one way {@code %redact} cannot protect an exception: a pattern such as {@code %redact{%m}%n%ex}, whose
 * {@code %ex} sits outside {@code %redact} and writes the exception messages and stack trace raw.
 *
 * <p>A converter cannot see the rest of its pattern, so when the first {@code %redact} of a configuration is
 * created, this check reads every {@code pattern} attribute of the configuration's node tree that uses
 * {@code %redact}, parses it with Log4j2's own parser, and reports an error for each top-level exception converter
 * found outside {@code %redact}. It runs once per configuration and never fails the configuration.
 */
final class ExceptionPlacementCheck {
    private static final String DONE = ExceptionPlacementCheck.class.getName();
    private static final ThreadLocal<Boolean> CHECKING = new ThreadLocal<>();

    private ExceptionPlacementCheck() {
    }

    /** Whether the check is parsing patterns on this thread (then {@code %redact} must not report twice). */
    static boolean isChecking() {
        return CHECKING.get() != null;
    }

    /** Checks the patterns of {@code config}, the first time it is called for that configuration. */
    static void runOnce(Configuration config) {
        if (!(config instanceof AbstractConfiguration) || config.getComponent(DONE) != null) {
            return;
        }
        config.addComponent(DONE, Boolean.TRUE);
        Node root = ((AbstractConfiguration) config).getRootNode();
        if (root == null) {
            return;
        }
        CHECKING.set(Boolean.TRUE);
        try {
            check(config, root);
        } catch (RuntimeException e) {
            // A lint must never break the configuration it inspects.
            PluginStatus.LOGGER.debug(RedactingConverter.ELEMENT + ": exception placement check skipped", e);
        } finally {
            CHECKING.remove();
        }
    }

    private static void check(Configuration config, Node node) {
        // The whole output of a RedactingPatternLayout is redacted: nothing in its pattern can leak.
        if (!RedactingPatternLayout.PLUGIN_NAME.equalsIgnoreCase(node.getName())) {
            for (Map.Entry<String, String> attribute : node.getAttributes().entrySet()) {
                String value = attribute.getValue();
                if ("pattern".equalsIgnoreCase(attribute.getKey()) && value != null && value.contains("%redact")) {
                    checkPattern(config, node.getName(), value);
                }
            }
        }
        for (Node child : node.getChildren()) {
            check(config, child);
        }
    }

    private static void checkPattern(Configuration config, String element, String pattern) {
        String resolved = config.getStrSubstitutor() == null ? pattern : config.getStrSubstitutor().replace(pattern);
        List<PatternFormatter> formatters = PatternLayout.createPatternParser(config).parse(resolved);
        for (PatternFormatter formatter : formatters) {
            LogEventPatternConverter converter = formatter.getConverter();
            boolean raw = !(converter instanceof RedactingConverter);
            if (raw && formatter.handlesThrowable() && writesSomething(converter)) {
                PluginStatus.configurationError(RedactingConverter.ELEMENT, "the pattern '" + pattern + "' of <"
                    + element + "> writes the exception outside %redact (its " + converter.getName() + " converter"
                    + "): its messages and stack trace are NOT redacted. Move it inside, e.g. %redact{%m%n%ex}, or"
                    + " use <RedactingPatternLayout>");
            }
        }
    }

    /** {@code %ex{none}} and {@code %ex{0}} write nothing: they are the way to drop an exception, not a leak. */
    private static boolean writesSomething(LogEventPatternConverter converter) {
        return !(converter instanceof ThrowablePatternConverter)
            || ((ThrowablePatternConverter) converter).getOptions().anyLines();
    }
}
