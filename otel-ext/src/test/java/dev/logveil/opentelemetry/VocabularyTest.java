package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.testing.VocabularyContract;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code otel.logveil.*} reads exactly the options core's vocabulary gives this integration, under their kebab-case
 * names: the property names it asks OpenTelemetry's configuration for are recorded and held to the vocabulary.
 */
class VocabularyTest {

    @Test
    void theIntegrationReadsTheVocabularyUnderKebabNames() {
        Map<String, String> properties = new HashMap<>();
        for (Option option : Component.OPENTELEMETRY.options()) {
            properties.put(OtelRedactionOptions.PREFIX + option.kebabName(), VocabularyContract.sampleValue(option));
        }
        properties.put(OtelRedactionOptions.PREFIX + "rules", "ticket");
        properties.put(OtelRedactionOptions.PREFIX + "rule.ticket.regex", "tk_[0-9]+");
        Set<String> read = new LinkedHashSet<>();
        ConfigProperties config = recording(DefaultConfigProperties.createFromMap(properties), read);
        List<String> problems = new ArrayList<>();

        assertThat(OtelRedactionOptions.enabled(config)).isTrue();
        Redactor redactor = OtelRedactionOptions.redactor(config, problems::add);

        assertThat(problems).isEmpty();
        assertThat(redactor.redact("alpha=1 tk_42 ok")).startsWith("alpha=[REDACTED:").doesNotContain("tk_42");
        List<String> names = new ArrayList<>();
        for (String property : read) {
            String name = property.substring(OtelRedactionOptions.PREFIX.length());
            if (!name.startsWith("rule.")) {
                names.add(name);
            }
        }
        VocabularyContract.check(Component.OPENTELEMETRY, names);
    }

    /** A view of {@code config} that records every property name asked for. */
    private static ConfigProperties recording(ConfigProperties config, Set<String> read) {
        return (ConfigProperties) Proxy.newProxyInstance(ConfigProperties.class.getClassLoader(),
            new Class<?>[] {ConfigProperties.class}, (proxy, method, args) -> {
                if (args != null && args.length > 0 && args[0] instanceof String) {
                    read.add((String) args[0]);
                }
                try {
                    return method.invoke(config, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }
}
