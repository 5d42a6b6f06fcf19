package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logveil.core.testing.SecretSamples;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The starter's section of docs/spring-boot.md runs: its properties block configures a real application, its ECS
 * line is what Boot writes with the starter, and every property in its table is in the configuration metadata that
 * IDEs read.
 */
class SpringBootDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "spring-boot.md");

    @Test
    void propertiesBlockConfiguresTheStarter() throws IOException {
        Properties block = new Properties();
        block.load(new StringReader(fenced("properties").stream().filter(b -> b.contains("logging.logveil."))
            .findFirst().orElseThrow()));
        Map<String, String> properties = new HashMap<>();
        block.forEach((k, v) -> properties.put((String) k, (String) v));
        properties.put("logging.pattern.correlation", "[%X] ");
        try (BootApp app = BootApp.start(properties)) {
            String out = BootApp.console(() -> {
                MDC.put("customer_pin", "0000");
                MDC.put("login_otp", "123456");
                try {
                    LoggerFactory.getLogger("com.example.Orders").info("order ORD-12345678 placed");
                } finally {
                    MDC.clear();
                }
            });
            assertThat(out).contains("order ORD-******** placed").contains("customer_pin=[REDACTED]")
                .contains("login_otp=[REDACTED]").doesNotContain("0000").doesNotContain("123456");
        }
    }

    @Test
    void ecsLineIsWhatBootWritesWithTheStarter() throws IOException {
        String documented = fenced("text").stream().filter(b -> b.startsWith("{\"@timestamp\"")).findFirst()
            .orElseThrow();
        String out;
        try (BootApp app = BootApp.start(Map.of("logging.structured.format.console", "ecs"))) {
            out = BootApp.console(() -> {
                MDC.put("api_key", "plain-key-value");
                MDC.put("request_id", SecretSamples.UUID);
                try {
                    LoggerFactory.getLogger("com.example.Login").atInfo().setMessage("login user=bob password={}")
                        .addArgument(SecretSamples.PASSWORD).log();
                } finally {
                    MDC.clear();
                }
            });
        }
        assertThat(out).doesNotContain(SecretSamples.PASSWORD).doesNotContain("plain-key-value");
        for (String fragment : documented.strip().split("\\.\\.\\.")) {
            String piece = fragment.replaceAll("^[,{]+|[,}]+$", "");
            if (!piece.isEmpty()) {
                assertThat(out).as("the documented ECS line's %s", piece).contains(piece);
            }
        }
    }

    @Test
    void everyDocumentedPropertyIsInTheConfigurationMetadata() throws IOException {
        List<String> names = metadataPropertyNames();
        assertThat(names).contains("logging.logveil.enabled", "logging.logveil.mask", "logging.logveil.fingerprint",
            "logging.logveil.sensitive-keys", "logging.logveil.non-sensitive-keys", "logging.logveil.disable",
            "logging.logveil.enable",
            "logging.logveil.rules", "logging.logveil.escape-line-breaks", "logging.logveil.anomaly.enabled",
            "logging.logveil.anomaly.window", "logging.logveil.anomaly.metrics", "logging.logveil.request-id.enabled",
            "logging.logveil.request-id.header");
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher documented = Pattern.compile("\\| `(logging\\.logveil\\.[a-z.-]+)").matcher(page);
        List<String> rows = new ArrayList<>();
        while (documented.find()) {
            rows.add(documented.group(1));
            assertThat(names).as("metadata for %s", documented.group(1)).contains(documented.group(1));
        }
        assertThat(rows).hasSize(30);
        assertListsVocabulary(rows, "logging.logveil.", Component.SPRING_BOOT);
        assertListsVocabulary(rows, "logging.logveil.anomaly.", Component.SPRING_BOOT_ANOMALY);
    }

    /** The page's property table lists every option the vocabulary gives {@code component}, under {@code prefix}. */
    private static void assertListsVocabulary(List<String> rows, String prefix, Component component) {
        List<String> names = rows.stream().filter(row -> row.startsWith(prefix))
            .map(row -> row.substring(prefix.length())).filter(name -> !name.contains("."))
            .collect(Collectors.toList());
        for (Option option : component.options()) {
            assertThat(names).as("%s: %s documented", component, option.optionName()).anyMatch(option::answersTo);
        }
    }

    private static List<String> metadataPropertyNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = SpringBootDocsTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json");
             JsonParser parser = new JsonFactory().createParser(in)) {
            boolean inProperties = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inRoot()) {
                    inProperties = "properties".equals(parser.currentName());
                } else if (inProperties && token == JsonToken.FIELD_NAME && "name".equals(parser.currentName())) {
                    parser.nextToken();
                    names.add(parser.getText());
                }
            }
        }
        return names;
    }

    private static List<String> fenced(String language) throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher fence = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(page);
        List<String> blocks = new ArrayList<>();
        while (fence.find()) {
            blocks.add(fence.group(1));
        }
        return blocks;
    }
}
