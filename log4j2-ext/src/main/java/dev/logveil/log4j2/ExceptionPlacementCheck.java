package dev.logveil.log4j2;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.Map;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.ThrowablePatternConverter;

/**
 * Catches the one way {@code %redact} cannot protect an exception: a pattern such as {@code %redact{%m}%n%ex}, whose
 * {@code %ex} sits outside {@code %redact} and writes the exception messages and stack trace raw.
 *
 * <p>A converter cannot see the rest of its pattern. So the first {@code %redact} of a configuration asks to be told
 * when that configuration becomes the active one (a {@link LoggerContext} property-change event); then every
 * appender's {@code PatternLayout} that uses {@code %redact} is parsed again with Log4j2's own parser, and each
 * exception converter found outside {@code %redact} is reported as an error naming the appender and the pattern.
 * It runs once per configuration and never fails it.
 */
final class ExceptionPlacementCheck implements PropertyChangeListener {
    private static final String SCHEDULED = ExceptionPlacementCheck.class.getName();
    private static final ThreadLocal<Boolean> CHECKING = new ThreadLocal<>();

    private final LoggerContext context;
    private final Configuration configuration;

    private ExceptionPlacementCheck(LoggerContext context, Configuration configuration) {
        this.context = context;
        this.configuration = configuration;
    }

    /** Whether the check is parsing patterns on this thread (then {@code %redact} must not report twice). */
    static boolean isChecking() {
        return CHECKING.get() != null;
    }

    /** Arranges the check of {@code configuration}, the first time it is called for that configuration. */
    static void scheduleOnce(Configuration configuration) {
        if (configuration == null || configuration.getComponent(SCHEDULED) != null) {
            return;
        }
        configuration.addComponent(SCHEDULED, Boolean.TRUE);
        LoggerContext context = configuration.getLoggerContext();
        if (context != null) {
            context.addPropertyChangeListener(new ExceptionPlacementCheck(context, configuration));
        }
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        if (!LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName())) {
            return;
        }
        // Whichever configuration became active, this listener has done its job (or its configuration was dropped).
        context.removePropertyChangeListener(this);
        if (event.getNewValue() == configuration) {
            CHECKING.set(Boolean.TRUE);
            try {
                checkAppenders();
            } catch (RuntimeException e) {
                // A lint must never break the configuration it inspects.
                PluginStatus.LOGGER.debug(RedactingConverter.ELEMENT + ": exception placement check skipped", e);
            } finally {
                CHECKING.remove();
            }
        }
    }

    private void checkAppenders() {
        for (Map.Entry<String, Appender> entry : configuration.getAppenders().entrySet()) {
            if (entry.getValue().getLayout() instanceof PatternLayout) {
                String pattern = ((PatternLayout) entry.getValue().getLayout()).getConversionPattern();
                if (pattern != null && pattern.contains("%redact")) {
                    checkPattern(entry.getKey(), pattern);
                }
            }
        }
    }

    private void checkPattern(String appender, String pattern) {
        for (PatternFormatter formatter : PatternLayout.createPatternParser(configuration).parse(pattern)) {
            LogEventPatternConverter converter = formatter.getConverter();
            boolean raw = !(converter instanceof RedactingConverter);
            if (raw && formatter.handlesThrowable() && writesSomething(converter)) {
                PluginStatus.configurationError(RedactingConverter.ELEMENT, "the pattern '" + pattern
                    + "' of appender '" + appender + "' writes the exception outside %redact (its "
                    + converter.getName() + " converter): its messages and stack trace are NOT redacted. Move it"
                    + " inside, e.g. %redact{%m%n%ex}, or use <RedactingPatternLayout>");
            }
        }
    }

    /** {@code %ex{none}} and {@code %ex{0}} write nothing: they are the way to drop an exception, not a leak. */
    private static boolean writesSomething(LogEventPatternConverter converter) {
        return !(converter instanceof ThrowablePatternConverter)
            || ((ThrowablePatternConverter) converter).getOptions().anyLines();
    }
}
