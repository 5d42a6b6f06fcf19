package dev.logveil.spring;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The {@code logging.logveil.*} properties read straight from the {@link Environment}: logging is set up before any
 * bean exists, so the starter's logging parts bind them themselves. Turns them into a {@link Redactor} for the
 * structured formats; {@link LogbackSetup} gives the same options to Logback's components.
 */
final class LogveilSettings {
    private final LogveilProperties properties;

    private LogveilSettings(LogveilProperties properties) {
        this.properties = properties;
    }

    /**
     * Binds {@code logging.logveil.*}. A value that cannot be bound at all (e.g. {@code fingerprint=maybe}) is
     * reported to {@code problems}, and every option keeps its default: redaction stays on.
     */
    static LogveilSettings from(Environment environment, Consumer<String> problems) {
        try {
            return new LogveilSettings(Binder.get(environment).bind(LogveilProperties.PREFIX, LogveilProperties.class)
                .orElseGet(LogveilProperties::new));
        } catch (BindException e) {
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            problems.accept(e.getProperty() == null ? LogveilProperties.PREFIX + ": " + cause
                : e.getProperty().getName() + "=" + e.getProperty().getValue() + ": " + cause
                    + "; Logveil uses its defaults for logging.logveil.*");
            return new LogveilSettings(new LogveilProperties());
        }
    }

    LogveilProperties properties() {
        return properties;
    }

    boolean enabled() {
        return properties.isEnabled();
    }

    /** A redactor from the options; each invalid option is reported, named, to {@code problems}. */
    Redactor redactor(Consumer<String> problems) {
        RedactorConfig config = new RedactorConfig()
            .setMask(properties.getMask())
            .setFingerprint(properties.isFingerprint())
            .setSensitiveKeys(join(properties.getSensitiveKeys()))
            .setNonSensitiveKeys(join(properties.getNonSensitiveKeys()))
            .setDisable(join(properties.getDisable()))
            .setEnable(join(properties.getEnable()));
        for (LogveilProperties.Rule rule : properties.getRules()) {
            config.addRule(rule.getName(), rule.getRegex(), rule.getReplacement());
        }
        return config.build(problem -> problems.accept(LogveilProperties.PREFIX + "." + problem));
    }

    /** Whether {@code logging.logveil.anomaly.enabled} is set. */
    boolean anomalyEnabled() {
        return properties.getAnomaly().isEnabled();
    }

    /** A list property as the comma list the components take. */
    static String join(List<String> values) {
        return values == null ? null : String.join(",", values);
    }
}
