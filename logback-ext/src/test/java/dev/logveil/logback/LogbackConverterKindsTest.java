package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.core.pattern.DynamicConverter;
import dev.logveil.core.testing.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every converter of Logback's default converter map must be classified: a Logback upgrade that brings a new one
 * fails here until someone decides what its text means for redaction (until then it is scanned as free text). And
 * the table of issue 12, in Logback: a value of several words under {@code password} is masked whole by every
 * converter that can write it, in {@code RedactingPatternLayout}, in {@code %redact(...)} and in JSON.
 */
class LogbackConverterKindsTest {
    private LogbackFixture logback;

    @AfterEach
    void close() {
        if (logback != null) {
            logback.close();
        }
    }

    @Test
    void everyConverterOfLogbacksDefaultMapIsClassified() {
        List<String> unclassified = new ArrayList<>();
        for (Map.Entry<String, Supplier<DynamicConverter>> entry : PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP
                .entrySet()) {
            String name = entry.getValue().get().getClass().getName();
            if (!LogbackConverterKinds.isClassified(name)) {
                unclassified.add("%" + entry.getKey() + " -> " + name);
            }
        }
        assertThat(PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP).as("Logback's converters were found")
            .hasSizeGreaterThan(40);
        assertThat(unclassified).as("converters without a kind").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void anMdcValueOfSeveralWordsUnderPasswordIsMaskedEverywhere(String appender) {
        logback = LogbackFixture.configure("converter/kinds.xml");
        logback.mdc().put("password", SecretSamples.PASSPHRASE);
        logback.mdc().put("user", "bob");
        try {
            logback.logger("table").info("hello");
        } finally {
            logback.mdc().clear();
        }
        assertMaskedWhole(logback.output(appender));
        assertThat(logback.output(appender)).contains("bob").contains("hello");
        logback.assertNoStatusAboveInfo();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void aKeyValueOfSeveralWordsUnderPasswordIsMaskedEverywhere(String appender) {
        logback = LogbackFixture.configure("converter/kinds.xml");
        logback.logger("table").atInfo().setMessage("hello").addKeyValue("password", SecretSamples.PASSPHRASE)
            .addKeyValue("user", "bob").log();

        assertMaskedWhole(logback.output(appender));
        assertThat(logback.output(appender)).contains("bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void ourOwnKeysPassUntouchedInTextAndJson(String appender) {
        logback = LogbackFixture.configure("converter/kinds.xml");
        logback.mdc().put("key_id", SecretSamples.LUHN_DIGITS);
        logback.mdc().put("anomaly.top_key_ids", SecretSamples.LUHN_DIGITS + "=4");
        try {
            logback.logger("table").atInfo().setMessage("hello").addKeyValue("request_id", SecretSamples.LUHN_DIGITS)
                .log();
        } finally {
            logback.mdc().clear();
        }
        // %X, %kvp and JSON write them as they are; a wrapper such as %replace(%kvp) is free text, scanned.
        String out = logback.output(appender).replace("\\\"", "\"").replace("\":\"", "=").replace("\":", "=");
        assertThat(out).contains("key_id=" + SecretSamples.LUHN_DIGITS)
            .contains("anomaly.top_key_ids=" + SecretSamples.LUHN_DIGITS + "=4")
            .containsPattern("request_id=\"?" + SecretSamples.LUHN_DIGITS);
    }

    private static void assertMaskedWhole(String out) {
        for (String word : SecretSamples.PASSPHRASE.split(" ")) {
            assertThat(out).as("a word of the value").doesNotContain(word);
        }
        assertThat(out).contains("[REDACTED]");
    }
}
