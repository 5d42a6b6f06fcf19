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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Redacts Spring Boot's default console and file output. Runs right after Boot's {@link LoggingApplicationListener}
 * has set Logback up; when Boot used its built-in configuration (no {@code logback.xml} or
 * {@code logback-spring.xml}), it gives the {@code CONSOLE} and {@code FILE} appenders a
 * {@link RedactingPatternLayoutEncoder} with Boot's own pattern and charset, so the lines look exactly as before,
 * {@code logging.pattern.*} and colours included, minus the secrets.
 *
 * <p>An application's own Logback file is left exactly as written (use Logveil's components in it, as
 * {@code docs/spring-boot.md} shows); Boot's structured formats are redacted by
 * {@link RedactingStructuredLoggingJsonMembersCustomizer}. With {@code logging.logveil.anomaly.enabled=true} it also
 * adds the error-rate anomaly appender. Also validates {@code logging.logveil.*} once and logs a
 * warning for each invalid option, naming it and its value.
 */
public class LogveilLoggingApplicationListener
        implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    /** Just after Boot's logging listener, so Logback is already configured. */
    public static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER + 1;

    /** The name of the anomaly appender the starter adds when {@code logging.logveil.anomaly.enabled=true}. */
    public static final String ANOMALY_APPENDER = "LOGVEIL_ANOMALY";

    private static final String[] BOOT_APPENDERS = {"CONSOLE", "FILE"};

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        List<String> problems = new ArrayList<>();
        LogveilSettings settings = LogveilSettings.from(environment, problems::add);
        if (settings.enabled()) {
            settings.redactor(problems::add);
        }
        problems.forEach(StatusChannel::warn);
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            if (settings.enabled() && usesBootDefaults(context)) {
                redactBootAppenders(context, settings);
            }
            if (settings.anomalyEnabled()) {
                addAnomalyAppender(context, settings);
            }
        }
        org.slf4j.Logger status = LoggerFactory.getLogger(LogveilLoggingApplicationListener.class);
        problems.forEach(status::warn);
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
        if (root.getAppender(ANOMALY_APPENDER) != null) {
            return;
        }
        ErrorRateAnomalyAppender anomaly = new ErrorRateAnomalyAppender();
        anomaly.setContext(context);
        anomaly.setName(ANOMALY_APPENDER);
        settings.configure(anomaly);
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
        settings.configure(redacting);
        redacting.start();
        if (redacting.isStarted()) {
            appender.setEncoder(redacting);
            boot.stop();
        } else {
            // Never expected (the encoder starts on Boot's own pattern); if it happens, say so rather than pass
            // secrets silently through the stock encoder.
            context.getStatusManager().add(new WarnStatus("Logveil could not start a redacting encoder for "
                + appender.getName() + " with pattern '" + boot.getPattern() + "'; its output is not redacted",
                LogveilLoggingApplicationListener.class));
        }
    }
}
