package dev.logveil.spring;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import ch.qos.logback.core.status.WarnStatus;
import dev.logveil.logback.ErrorRateAnomalyAppender;
import dev.logveil.logback.RedactingPatternLayoutEncoder;
import dev.logveil.logback.RedactionRule;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The starter's Logback work, kept apart so that the classes Spring loads from {@code spring.factories} name no
 * Logback type: an application on Log4j2 (without Logback) must start with the starter on its class path. Only
 * called after {@link LogbackPresence#PRESENT} said Logback is there.
 */
final class LogbackSetup {
    private static final String[] BOOT_APPENDERS = {"CONSOLE", "FILE"};

    private LogbackSetup() {
    }

    /** Redacts Boot's own appenders and adds the anomaly appender, as the settings ask; reports problems. */
    static void apply(LogveilSettings settings, List<String> problems) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return;
        }
        for (String problem : problems) {
            context.getStatusManager().add(new WarnStatus(problem, LogbackSetup.class));
        }
        if (settings.enabled() && usesBootDefaults(context)) {
            redactBootAppenders(context, settings);
        }
        if (settings.anomalyEnabled()) {
            addAnomalyAppender(context, settings);
        }
    }

    /** Adds a warning to Logback's status manager, when Logback is Boot's logging system. */
    static void warn(String problem) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.getStatusManager().add(new WarnStatus(problem, LogbackSetup.class));
        }
    }

    /** Boot's built-in configuration is programmatic: Logback then knows of no configuration file. */
    private static boolean usesBootDefaults(LoggerContext context) {
        return ConfigurationWatchListUtil.getMainWatchURL(context) == null;
    }

    private static void redactBootAppenders(LoggerContext context, LogveilSettings settings) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
            Appender<ILoggingEvent> appender = it.next();
            if (isBootAppender(appender.getName())
                && appender instanceof OutputStreamAppender<ILoggingEvent> output
                && output.getEncoder() != null && output.getEncoder().getClass() == PatternLayoutEncoder.class) {
                replaceEncoder(context, output, settings);
            }
        }
    }

    /**
     * Puts an {@link ErrorRateAnomalyAppender} on the root logger whose alerts go to the root logger's appenders, so
     * they appear where the application's other lines do (redacted like them). Its meters go to Micrometer's global
     * registry, to which Spring Boot adds its own registries ({@code management.metrics.use-global-registry}, on by
     * default).
     */
    private static void addAnomalyAppender(LoggerContext context, LogveilSettings settings) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(LogveilLoggingApplicationListener.ANOMALY_APPENDER) != null) {
            return;
        }
        ErrorRateAnomalyAppender anomaly = new ErrorRateAnomalyAppender();
        anomaly.setContext(context);
        anomaly.setName(LogveilLoggingApplicationListener.ANOMALY_APPENDER);
        configure(anomaly, settings.properties());
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
            anomaly.addAppender(it.next());
        }
        anomaly.start();
        root.addAppender(anomaly);
    }

    private static boolean isBootAppender(String name) {
        for (String bootAppender : BOOT_APPENDERS) {
            if (bootAppender.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void replaceEncoder(LoggerContext context, OutputStreamAppender<ILoggingEvent> appender,
            LogveilSettings settings) {
        PatternLayoutEncoder boot = (PatternLayoutEncoder) appender.getEncoder();
        RedactingPatternLayoutEncoder redacting = new RedactingPatternLayoutEncoder();
        redacting.setContext(context);
        redacting.setPattern(boot.getPattern());
        redacting.setCharset(boot.getCharset());
        redacting.setParent(appender);
        configure(redacting, settings.properties());
        redacting.start();
        if (redacting.isStarted()) {
            appender.setEncoder(redacting);
            boot.stop();
        } else {
            // Never expected (the encoder starts on Boot's own pattern); if it happens, say so rather than pass
            // secrets silently through the stock encoder.
            context.getStatusManager().add(new WarnStatus("Logveil could not start a redacting encoder for "
                + appender.getName() + " with pattern '" + boot.getPattern() + "'; its output is not redacted",
                LogbackSetup.class));
        }
    }

    /** Gives a pattern encoder the same options (it reports its own problems to Logback's status manager). */
    private static void configure(RedactingPatternLayoutEncoder encoder, LogveilProperties properties) {
        encoder.setMask(properties.getMask());
        encoder.setFingerprint(properties.isFingerprint());
        encoder.setSensitiveKeys(LogveilSettings.join(properties.getSensitiveKeys()));
        encoder.setNonSensitiveKeys(LogveilSettings.join(properties.getNonSensitiveKeys()));
        encoder.setDisable(LogveilSettings.join(properties.getDisable()));
        encoder.setEnable(LogveilSettings.join(properties.getEnable()));
        encoder.setEscapeLineBreaks(properties.isEscapeLineBreaks());
        for (LogveilProperties.Rule rule : properties.getRules()) {
            RedactionRule logbackRule = new RedactionRule();
            logbackRule.setName(rule.getName());
            logbackRule.setRegex(rule.getRegex());
            logbackRule.setReplacement(rule.getReplacement());
            encoder.addRule(logbackRule);
        }
    }

    /** Gives the anomaly appender the options that are set; the others keep the appender's defaults. */
    private static void configure(ErrorRateAnomalyAppender appender, LogveilProperties properties) {
        LogveilProperties.Anomaly anomaly = properties.getAnomaly();
        setIfPresent(anomaly.getLevel(), appender::setLevel);
        setIfPresent(anomaly.getWindow(), appender::setWindow);
        setIfPresent(anomaly.getBaseline(), appender::setBaseline);
        setIfPresent(anomaly.getMinErrors(), appender::setMinErrors);
        setIfPresent(anomaly.getFactor(), appender::setFactor);
        setIfPresent(anomaly.getCooldown(), appender::setCooldown);
        setIfPresent(anomaly.getZScore(), appender::setZScore);
        setIfPresent(anomaly.getSustain(), appender::setSustain);
        setIfPresent(anomaly.getResolveFactor(), appender::setResolveFactor);
        setIfPresent(anomaly.getResolveAfter(), appender::setResolveAfter);
        setIfPresent(anomaly.getDigestInterval(), appender::setDigestInterval);
        setIfPresent(anomaly.getMaxAlertsPerHour(), appender::setMaxAlertsPerHour);
        setIfPresent(anomaly.getRatioMode(), appender::setRatioMode);
        setIfPresent(anomaly.getMinEvents(), appender::setMinEvents);
        setIfPresent(anomaly.getTopK(), appender::setTopK);
        setIfPresent(anomaly.getMarkers(), appender::setMarkers);
        setIfPresent(anomaly.getLoggers(), appender::setLoggers);
        appender.setMetrics(Boolean.toString(anomaly.isMetrics()));
    }

    private static void setIfPresent(String value, Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
