package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.testing.VocabularyContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Logback component takes exactly the options core's vocabulary gives it: read as Joran reads them (the
 * JavaBean setters and adders) and, for {@code %redact}'s option list, from a real pattern.
 */
class VocabularyTest {

    @Test
    void theLayoutsEncodersAndSettingsTakeTheLineRedactionOptions() {
        VocabularyContract.check(Component.LOGBACK_PATTERN_LAYOUT,
            VocabularyContract.beanNames(RedactingPatternLayout.class));
        VocabularyContract.check(Component.LOGBACK_PATTERN_LAYOUT_ENCODER,
            VocabularyContract.beanNames(RedactingPatternLayoutEncoder.class));
        VocabularyContract.check(Component.LOGBACK_REDACTION_SETTINGS,
            VocabularyContract.beanNames(RedactionSettings.class));
    }

    @Test
    void theJsonEncoderTakesTheRedactionOptionsAndStaticFields() {
        VocabularyContract.check(Component.LOGBACK_JSON_ENCODER,
            VocabularyContract.beanNames(RedactingJsonEncoder.class));
        assertThat(VocabularyContract.beanNames(AdditionalField.class)).containsExactlyInAnyOrder("key", "value");
    }

    @Test
    void theAppendersTakeTheirFamilies() {
        VocabularyContract.check(Component.LOGBACK_REDACTING_APPENDER,
            VocabularyContract.beanNames(RedactingAppender.class));
        VocabularyContract.check(Component.LOGBACK_ANOMALY_APPENDER,
            VocabularyContract.beanNames(ErrorRateAnomalyAppender.class));
    }

    @Test
    void theValueMaskersShareTheRedactionOptions() {
        VocabularyContract.check(Component.LLE_VALUE_MASKER, VocabularyContract.beanNames(JsonValueRedaction.class));
    }

    @Test
    void everyOptionOfRedactsOptionListIsRead(@TempDir Path dir) throws Exception {
        String options = Component.LOGBACK_REDACT_CONVERTER.options().stream()
            .map(option -> "'" + option.optionName() + "=" + VocabularyContract.sampleValue(option) + "'")
            .collect(Collectors.joining(","));
        Path xml = dir.resolve("logback.xml");
        Files.writeString(xml, "<configuration>\n"
            + "<conversionRule conversionWord=\"redact\" class=\"dev.logveil.logback.RedactingConverter\"/>\n"
            + "<appender name=\"OUT\" class=\"dev.logveil.logback.CaptureAppender\"><encoder"
            + " class=\"ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>%redact(%msg%n){" + options
            + "}</pattern></encoder></appender>\n"
            + "<root level=\"INFO\"><appender-ref ref=\"OUT\"/></root>\n</configuration>", StandardCharsets.UTF_8);

        try (LogbackFixture logback = LogbackFixture.configure(xml.toUri().toURL())) {
            logback.assertNoStatusAboveInfo();
            logback.logger("vocabulary").info("alpha=1 tk_42 ok");
            assertThat(logback.output("OUT")).startsWith("alpha=[REDACTED:").doesNotContain("tk_42").endsWith(" ok"
                + System.lineSeparator());
        }
        assertThat(Component.LOGBACK_REDACT_CONVERTER.options()).extracting(Option::optionName)
            .contains("rule", "escapeLineBreaks");
    }
}
