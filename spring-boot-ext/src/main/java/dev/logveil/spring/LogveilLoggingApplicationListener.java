package dev.logveil.spring;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Redacts Spring Boot's default console and file output. Runs right after Boot's {@link LoggingApplicationListener}
 * has set Logback up; when Boot used its built-in configuration (no {@code logback.xml} or
 * {@code logback-spring.xml}), it gives the {@code CONSOLE} and {@code FILE} appenders a
 * {@code RedactingPatternLayoutEncoder} with Boot's own pattern and charset, so the lines look exactly as before,
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
        if (LogbackPresence.PRESENT) {
            LogbackSetup.apply(settings, problems);
        }
        Log status = LogFactory.getLog(LogveilLoggingApplicationListener.class);
        problems.forEach(status::warn);
    }
}
