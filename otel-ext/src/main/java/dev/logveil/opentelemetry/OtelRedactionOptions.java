package dev.logveil.opentelemetry;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.options.RedactionOption;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.util.function.Consumer;

/**
 * Reads Logveil's shared options from OpenTelemetry's configuration (system properties or environment variables, as
 * every {@code otel.*} setting), under the vocabulary's names in kebab case: {@code otel.logveil.mask},
 * {@code .fingerprint}, {@code .sensitive-keys}, {@code .non-sensitive-keys}, {@code .disable}, {@code .enable}, and
 * custom rules named in {@code otel.logveil.rules} with
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

    /**
     * A redactor from the options the vocabulary gives this integration ({@link Component#OPENTELEMETRY}), each read
     * under its kebab-case name; each invalid option is reported to {@code problems} and replaced by its default.
     */
    static Redactor redactor(ConfigProperties config, Consumer<String> problems) {
        Consumer<String> report = problem -> problems.accept(PREFIX + problem);
        RedactorConfig options = new RedactorConfig().setFaultListener(problems::accept);
        for (Option option : Component.OPENTELEMETRY.options()) {
            if (option == RedactionOption.RULE) {
                addRules(config, options);
                continue;
            }
            String value = config.getString(PREFIX + option.kebabName());
            if (value != null) {
                options.apply(option.optionName(), value, report);
            }
        }
        return options.build(report);
    }

    /** Rules are named in {@code otel.logveil.rules}, each with {@code otel.logveil.rule.NAME.regex}. */
    private static void addRules(ConfigProperties config, RedactorConfig options) {
        for (String name : config.getList(PREFIX + "rules")) {
            String regex = config.getString(PREFIX + "rule." + name + ".regex");
            String replacement = config.getString(PREFIX + "rule." + name + ".replacement");
            options.addRule(name, regex, replacement);
        }
    }
}
