package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XML example of {@code docs/log4j2.md} is a file here, quoted verbatim in the guide. Each one must load with
 * no status above INFO, and every layout it configures must redact a dirty event.
 */
class DocsExamplesTest {
    private static final Path GUIDE = Path.of("..", "docs", "log4j2.md");
    private static final String SECRET = SecretSamples.PASSWORD;
    private static final String[] EXAMPLES = {"policy.xml", "quick-start.xml", "redact-converter.xml",
        "redacting-json-layout.xml", "redacting-pattern-layout.xml"};

    static Stream<String> examples() {
        return Stream.of(EXAMPLES);
    }

    @ParameterizedTest
    @MethodSource("examples")
    @UsingStatusListener
    void exampleLoadsCleanlyAndRedacts(String file, ListStatusListener status) throws IOException {
        LoggerContext context = new LoggerContext("docs-" + file);
        try (InputStream in = getClass().getResourceAsStream("/docs/" + file)) {
            Configuration configuration = ConfigurationFactory.getInstance()
                .getConfiguration(context, new ConfigurationSource(in));
            context.start(configuration);

            assertThat(status.findStatusData(Level.WARN).map(StatusData::getFormattedStatus)).isEmpty();
            Map<String, Appender> appenders = context.getConfiguration().getAppenders();
            assertThat(appenders).isNotEmpty();
            for (Appender appender : appenders.values()) {
                String out = new String(appender.getLayout().toByteArray(dirtyEvent()), StandardCharsets.UTF_8);
                assertThat(out).as(file + " / " + appender.getName()).doesNotContain(SECRET).contains("login")
                    .containsAnyOf("[REDACTED", "[HIDDEN]", "***");
            }
        } finally {
            context.stop();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void guideQuotesTheExampleVerbatim(String file) throws IOException {
        String example;
        try (InputStream in = getClass().getResourceAsStream("/docs/" + file)) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(GUIDE)).contains(example);
    }

    @Test
    void guideHoldsNoConfigurationThatIsNotATestedFile() throws IOException {
        String[] parts = Files.readString(GUIDE).split("```", -1);
        // Odd parts are the insides of fenced blocks.
        long configurationsInGuide = IntStream.range(0, parts.length).filter(i -> i % 2 == 1)
            .filter(i -> parts[i].contains("<Configuration")).count();
        List<String> examples;
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "docs"))) {
            examples = files.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertThat(examples).containsExactly(EXAMPLES);
        assertThat(configurationsInGuide).isEqualTo(examples.size());
    }

    @Test
    void policyExampleDecidesEveryValueByItsKey() throws IOException {
        LoggerContext context = new LoggerContext("docs-policy");
        try (InputStream in = getClass().getResourceAsStream("/docs/policy.xml")) {
            context.start(ConfigurationFactory.getInstance().getConfiguration(context, new ConfigurationSource(in)));
            StringMap contextData = new SortedArrayStringMap();
            contextData.putValue("password", SecretSamples.PASSPHRASE);
            contextData.putValue("key_id", SecretSamples.LUHN_DIGITS);
            LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("docs").setLevel(Level.INFO)
                .setContextData(contextData)
                .setMessage(new StringMapMessage().with("message", "signed in").with("secret", "open sesame"))
                .build();
            String out = new String(context.getConfiguration().getAppenders().get("Console").getLayout()
                .toByteArray(event), StandardCharsets.UTF_8);
            // As docs/log4j2.md says it does.
            assertThat(out).contains("[4111111111111111] [[REDACTED]] - message=\"signed in\" secret=\"[REDACTED]\" | "
                + "{key_id=4111111111111111, password=[REDACTED]} | {message=signed in, secret=[REDACTED]}");
        } finally {
            context.stop();
        }
    }

    private static LogEvent dirtyEvent() {
        return Log4jLogEvent.newBuilder().setLoggerName("docs").setLevel(Level.INFO)
            .setMessage(new SimpleMessage("login user=bob password=" + SECRET))
            .setThrown(new IllegalStateException("token=" + SECRET)).build();
    }
}
