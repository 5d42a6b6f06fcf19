package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import dev.logveil.core.testing.SecretSamples;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/opentelemetry.md quotes only what runs: its Java block is the compiled region of
 * {@link OpenTelemetryDocsExample}, its properties block is run through SDK autoconfigure, and its Collector
 * patterns are checked against Logveil's own judgement of key names.
 */
class OpenTelemetryDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "opentelemetry.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "dev", "logveil", "opentelemetry",
        "OpenTelemetryDocsExample.java");

    /** Key names an attribute may carry: secrets under many spellings, and their benign look-alikes. */
    private static final List<String> KEY_NAMES = List.of(
        "password", "db_password", "db.password", "spring.datasource.password", "PGPASSWORD", "passwd", "passphrase",
        "secret", "client_secret", "client-secret", "clientSecret", "api_key", "apiKey", "api-key", "apikey",
        "x-api-key", "http.request.header.x-api-key", "access_token", "refresh_token", "id_token", "session_token",
        "bearer_token", "auth_token", "github_token", "githubToken", "token", "private_key", "secret_key",
        "access_key", "credentials", "credential", "cookie", "set-cookie", "signature", "session_id",
        "customer_pin",
        "token_count", "password_reset_required", "passwordless", "secret_santa", "keyboard", "request_id",
        "key_id", "monkey", "tokenizer", "exception.message", "code.function", "thread.name", "trace_id",
        "http.request.method", "user.name", "order_id");

    @Test
    void propertyTableListsEveryOptionOfTheVocabulary() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher row = java.util.regex.Pattern.compile("\\| `otel\\.logveil\\.([a-z-]+)`").matcher(page);
        List<String> documented = new ArrayList<>();
        while (row.find()) {
            documented.add(row.group(1));
        }
        for (Option option : Component.OPENTELEMETRY.options()) {
            assertThat(documented).as("otel.logveil.%s documented", option.kebabName()).anyMatch(option::answersTo);
        }
    }

    @Test
    void javaBlockIsTheCompiledExample() throws IOException {
        String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        Matcher region = java.util.regex.Pattern.compile("// tag::sdk\\[]\\n(.*?)\\n[ ]*// end::sdk\\[]",
            java.util.regex.Pattern.DOTALL).matcher(source);
        assertThat(region.find()).isTrue();
        String code = region.group(1).lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
            .collect(Collectors.joining("\n"));
        assertThat(fenced("java")).containsExactly(code + "\n");
    }

    @Test
    void javaExampleRedactsWhatItExports() {
        InMemoryLogRecordExporter memory = InMemoryLogRecordExporter.create();
        try (OpenTelemetrySdk sdk = OpenTelemetryDocsExample.sdkWithRedaction(memory)) {
            sdk.getLogsBridge().get("docs").logRecordBuilder().setBody("password=" + SecretSamples.PASSWORD)
                .setAttribute(AttributeKey.stringKey("customer_pin"), "0000").emit();
            sdk.getSdkLoggerProvider().forceFlush().join(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(ExportedRecords.render(memory.getFinishedLogRecordItems().get(0)))
                .isEqualTo("password=[REDACTED] customer_pin=[REDACTED]");
        }
    }

    @Test
    void propertiesBlockConfiguresAutoconfiguredRedaction() throws IOException {
        Properties options = new Properties();
        options.load(new StringReader(fenced("properties").get(0)));
        Map<String, String> properties = new HashMap<>();
        options.forEach((k, v) -> properties.put((String) k, (String) v));
        String exported = AutoConfigurationTest.emitThroughAutoconfigure(properties);
        assertThat(exported).contains("customer_pin=[REDACTED]").contains("ORD-********")
            .doesNotContain("ORD-123").doesNotContain(SecretSamples.PASSWORD);
    }

    /**
     * Every Collector pattern masks only keys Logveil masks (no benign key is lost at the Collector that Logveil
     * keeps), and together they cover the documented names. Prints the coverage figure.
     */
    @Test
    void collectorPatternsAgreeWithLogveil() throws IOException {
        List<Pattern> patterns = collectorKeyPatterns();
        assertThat(patterns).hasSize(3);
        Redactor logveil = new RedactorConfig().setSensitiveKeys("customer_pin").build(null);
        List<String> sensitive = KEY_NAMES.stream().filter(logveil::isSensitiveKey).collect(Collectors.toList());
        List<String> covered = new ArrayList<>();
        for (String key : KEY_NAMES) {
            boolean collectorMasks = patterns.stream().anyMatch(p -> p.matches(key));
            if (collectorMasks) {
                assertThat(logveil.isSensitiveKey(key)).as("Logveil also masks %s", key).isTrue();
                covered.add(key);
            }
        }
        System.out.printf("Collector patterns of docs/opentelemetry.md cover %d of the %d sensitive key names"
            + " Logveil masks in the test list; missed: %s%n", covered.size(), sensitive.size(),
            sensitive.stream().filter(k -> !covered.contains(k)).collect(Collectors.toList()));
        assertThat(covered).contains("password", "db.password", "spring.datasource.password", "client_secret",
            "apiKey", "x-api-key", "http.request.header.x-api-key", "access_token", "github_token", "private_key",
            "credentials", "set-cookie", "customer_pin");
        assertThat(patterns.stream().anyMatch(p -> p.matches("token_count"))).isFalse();
    }

    private static List<Pattern> collectorKeyPatterns() throws IOException {
        String yaml = fenced("yaml").get(0);
        String block = yaml.substring(yaml.indexOf("blocked_key_patterns:"), yaml.indexOf("blocked_values:"));
        List<Pattern> patterns = new ArrayList<>();
        Matcher quoted = java.util.regex.Pattern.compile("- \"(.*)\"").matcher(block);
        while (quoted.find()) {
            // The YAML strings hold no escapes; RE2J reads the same syntax as the Collector's Go regexp.
            patterns.add(Pattern.compile(quoted.group(1)));
        }
        return patterns;
    }

    private static List<String> fenced(String language) throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher fence = java.util.regex.Pattern.compile("```" + language + "\\n(.*?)```",
            java.util.regex.Pattern.DOTALL).matcher(page);
        List<String> blocks = new ArrayList<>();
        while (fence.find()) {
            blocks.add(fence.group(1));
        }
        return blocks;
    }
}
