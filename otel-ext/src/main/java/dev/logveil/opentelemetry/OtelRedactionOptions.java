package dev.logveil.opentelemetry;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.util.function.Consumer;

/**
 * Reads Logveil's shared options from OpenTelemetry's configuration (system properties or environment variables, as
 * every {@code otel.*} setting): {@code otel.logveil.mask}, {@code .fingerprint}, {@code .sensitive-keys},
 * {@code .disable}, {@code .enable}, and custom rules named in {@code otel.logveil.rules} with
 * {@code otel.logveil.rule.NAME.regex} and {@code .replacement}. {@code otel.logveil.enabled=false} turns the
 * exporter wrapper off.
 */
final class OtelRedactionOptions {
    static final String PREFIX = "otel.logveil.";

    private OtelRedactionOptions() {
    }

    /** Whether the exporter should be wrapped at all (it is unless turned off explicitly). */
    static boolean enabled(ConfigProperties config) {
        return config.getBoolean(PREFIX + "enabled", true);
    }

    /** A redactor from the options; each invalid option is reported to {@code problems} and replaced by its default. */
    static Redactor redactor(ConfigProperties config, Consumer<String> problems) {
        RedactorConfig options = new RedactorConfig()
            .setFingerprint(config.getBoolean(PREFIX + "fingerprint", false))
            .setFaultListener(problems::accept);
        String mask = config.getString(PREFIX + "mask");
        if (mask != null) {
            options.setMask(mask);
        }
        options.setSensitiveKeys(config.getString(PREFIX + "sensitive-keys"));
        options.setNonSensitiveKeys(config.getString(PREFIX + "non-sensitive-keys"));
        options.setDisable(config.getString(PREFIX + "disable"));
        options.setEnable(config.getString(PREFIX + "enable"));
        for (String name : config.getList(PREFIX + "rules")) {
            String regex = config.getString(PREFIX + "rule." + name + ".regex");
            String replacement = config.getString(PREFIX + "rule." + name + ".replacement");
            options.addRule(name, regex, replacement);
        }
        return options.build(problem -> problems.accept(PREFIX + problem));
    }
}
