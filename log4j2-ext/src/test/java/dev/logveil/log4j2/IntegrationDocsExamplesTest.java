package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Log4j2 examples of {@code docs/json-template-layout.md} and {@code docs/appenders.md} are these files, quoted
 * verbatim: each loads with no status above INFO and writes a dirty event to the console with no secret in it.
 */
class IntegrationDocsExamplesTest {
    private static final String SECRET = SecretSamples.PASSWORD;

    @ParameterizedTest
    @CsvSource({"json-template-layout.xml, json-template-layout.md", "custom-template.xml, json-template-layout.md",
        "checkout-template.json, json-template-layout.md", "rewrite-policy.xml, appenders.md"})
    void theGuideQuotesTheExampleVerbatim(String file, String guide) throws IOException {
        String example = Files.readString(Path.of("src/test/resources/docs-integrations", file)).strip();
        assertThat(Files.readString(Path.of("..", "docs", guide))).contains(example);
    }

    @ParameterizedTest
    @CsvSource({"json-template-layout.xml, false", "custom-template.xml, true", "rewrite-policy.xml, true"})
    @UsingStatusListener
    void theExampleLoadsCleanlyAndRedacts(String file, boolean pinIsSensitive, ListStatusListener status)
        throws IOException {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext("docs-" + file);
        try (InputStream in = getClass().getResourceAsStream("/docs-integrations/" + file)) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Configuration configuration = ConfigurationFactory.getInstance()
                .getConfiguration(context, new ConfigurationSource(in));
            context.start(configuration);
            assertThat(status.findStatusData(Level.WARN).map(StatusData::getFormattedStatus)).isEmpty();
            ThreadContext.putAll(Map.of("customer_pin", "4711", "request_id", SecretSamples.REQUEST_ID));
            context.getLogger("com.example.Checkout").error("login user=bob password={}", SECRET,
                new IllegalStateException("token=" + SECRET));
        } finally {
            ThreadContext.clearMap();
            context.stop();
            System.setOut(console);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("login user=bob").contains(SecretSamples.REQUEST_ID).contains("IllegalStateException")
            .doesNotContain(SECRET);
        // customer_pin is a sensitive key only where the example declares it so.
        assertThat(out.contains("4711")).isEqualTo(!pinIsSensitive);
    }
}
