package dev.logveil.core.internal.options;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.testing.DocumentedOptions;
import dev.logveil.core.redact.RedactorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyNameIsDeclaredOnceAcrossTheFamilies() {
        Set<String> seen = new HashSet<>();
        List<Option> all = new ArrayList<>(List.of(RedactionOption.values()));
        all.addAll(List.of(AnomalyOption.values()));
        all.addAll(List.of(JsonOption.values()));
        for (Option option : all) {
            assertThat(seen.add(option.optionName().toLowerCase())).as(option.optionName()).isTrue();
            for (String alias : option.aliases()) {
                assertThat(seen.add(alias.toLowerCase())).as(alias).isTrue();
            }
            assertThat(option.doc()).as(option.optionName()).isNotBlank();
        }
    }

    @Test
    void namesAreFoundInCamelKebabAndAnyCase() {
        assertThat(RedactionOption.byName("sensitiveKeys")).isEqualTo(RedactionOption.SENSITIVE_KEYS);
        assertThat(RedactionOption.byName("sensitive-keys")).isEqualTo(RedactionOption.SENSITIVE_KEYS);
        assertThat(RedactionOption.byName("SENSITIVEKEYS")).isEqualTo(RedactionOption.SENSITIVE_KEYS);
        assertThat(RedactionOption.byName("redactionRule")).isEqualTo(RedactionOption.RULE);
        assertThat(AnomalyOption.byName("max-alerts-per-hour")).isEqualTo(AnomalyOption.MAX_ALERTS_PER_HOUR);
        assertThat(AnomalyOption.byName("marker")).isEqualTo(AnomalyOption.MARKERS);
        assertThat(RedactionOption.NON_SENSITIVE_KEYS.kebabName()).isEqualTo("non-sensitive-keys");
        assertThat(RedactionOption.byName("sensitive_keys")).isNull();
    }

    @Test
    void textOptionsReachTheRedactor() {
        RedactorConfig config = new RedactorConfig();
        config.apply("mask", "***", problems::add)
            .apply("sensitive-keys", "customer_pin", problems::add)
            .apply("fingerprint", "false", problems::add)
            .apply("rule", "order=ord_[0-9]{6}", problems::add)
            .apply("escapeLineBreaks", "false", problems::add);
        Redactor redactor = config.build(problems::add);

        assertThat(problems).isEmpty();
        assertThat(redactor.redact("customer_pin=1234 ord_123456")).isEqualTo("customer_pin=*** ***");
        assertThat(config.escapeLineBreaks()).isFalse();
    }

    @Test
    void badTextOptionsAreReportedByNameAndValueAndChangeNothingUnsafe() {
        RedactorConfig config = new RedactorConfig();
        config.apply("colour", "red", problems::add)
            .apply("rule", "no-regex", problems::add)
            .apply("fingerprint", "maybe", problems::add)
            .apply("escapeLineBreaks", "nope", problems::add);

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("unknown option 'colour'").contains("sensitiveKeys");
        assertThat(problems.get(1)).contains("rule").contains("'no-regex'").contains("NAME=REGEX");
        assertThat(problems.get(2)).contains("fingerprint").contains("'maybe'");
        assertThat(problems.get(3)).contains("escapeLineBreaks").contains("'nope'");
        assertThat(config.escapeLineBreaks()).as("an unreadable guard stays on").isTrue();
        assertThat(config.build(problems::add).redact("password=hunter2")).isEqualTo("password=[REDACTED]");
    }

    @Test
    void aCopyCarriesTheOptionsAndChangesApart() {
        RedactorConfig base = new RedactorConfig().setMask("***").addRule("r", "zz[0-9]+", null);
        RedactorConfig copy = base.copy().apply("sensitiveKeys", "shoe_size", problems::add);

        assertThat(copy.build(problems::add).redact("shoe_size=12 zz99")).isEqualTo("shoe_size=*** ***");
        assertThat(base.build(problems::add).redact("shoe_size=12 zz99")).isEqualTo("shoe_size=12 ***");
        assertThat(problems).isEmpty();
    }

    @Test
    void anomalyOptionsApplyByNameAndTheirDefaultsAreTheConfigsOwn() {
        AnomalySettings settings = new AnomalyConfig()
            .apply("window", "2m", problems::add)
            .apply("min-errors", "3", problems::add)
            .apply("logger", "com.acme", problems::add)
            .apply("zscore", "5", problems::add)
            .build(problems::add);

        assertThat(problems).isEmpty();
        assertThat(settings.window()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.minErrors()).isEqualTo(3);
        assertThat(settings.loggers()).containsExactly("com.acme");
        assertThat(AnomalyOption.WINDOW.defaultValue()).isEqualTo("1m");
        assertThat(AnomalyOption.MIN_ERRORS.defaultValue()).isEqualTo("10");

        new AnomalyConfig().apply("colour", "red", problems::add).setWindow("soon").build(problems::add);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("unknown option 'colour'").contains("minErrors");
        assertThat(problems.get(1)).startsWith("window:").contains("soon");
    }

    @Test
    void staticFieldsAreValidatedOnce() {
        StaticFields fields = new StaticFields("<additionalField>", "<additionalFields>");
        fields.add("service", "checkout", problems::add);
        fields.add(" ", "x", problems::add);
        fields.add("message", "x", problems::add);
        fields.add("service", "again", problems::add);
        fields.addAll("env=prod, broken", problems::add);

        assertThat(fields.asMap()).containsExactly(java.util.Map.entry("service", "checkout"),
            java.util.Map.entry("env", "prod"));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("no key");
        assertThat(problems.get(1)).contains("'message'");
        assertThat(problems.get(2)).contains("'service'").contains("twice");
        assertThat(problems.get(3)).contains("'broken'");
    }

    @Test
    void theRedactionReferenceListsEveryRedactionOptionOfTheScrubber() {
        DocumentedOptions.assertListsVocabulary(DocumentedOptions.table("redaction.md", "## Options"),
            Component.SCRUBBER);
    }

    @Test
    void everyComponentTakesNamesOfTheVocabularyOnly() {
        for (Component component : Component.values()) {
            assertThat(component.options()).as(component.name()).isNotEmpty();
            for (String own : component.ownNames()) {
                assertThat(RedactionOption.byName(own)).as(component + " " + own).isNull();
                assertThat(AnomalyOption.byName(own)).as(component + " " + own).isNull();
            }
        }
    }
}
