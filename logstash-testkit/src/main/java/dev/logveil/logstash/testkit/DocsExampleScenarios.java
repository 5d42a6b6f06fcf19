package dev.logveil.logstash.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code docs/logstash.md} for one LLE line are the files {@link #examples()} names, verbatim: each
 * loads cleanly and redacts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DocsExampleScenarios {
    /** The module's example files, under {@code src/test/resources}. */
    protected abstract List<String> examples();

    @ParameterizedTest
    @MethodSource("examples")
    public void theExampleLoadsWithoutWarningsAndRedactsToStdout(String example) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (LogbackXml logback = LogbackXml.configure(example)) {
            logback.assertNoStatusAboveInfo();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            logback.mdc().put("customer_pin", "4711");
            logback.logger("com.example.Checkout").atError().setMessage("paying with password={}")
                .addArgument(SecretSamples.PASSWORD).setCause(new IllegalStateException("api_key="
                    + SecretSamples.BY_DETECTOR.get("openai_key"))).log();
        } finally {
            System.setOut(console);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(JsonOutput.parseObject(out)).containsEntry("customer_pin", "[REDACTED]");
        assertThat(out).doesNotContain(SecretSamples.PASSWORD, SecretSamples.BY_DETECTOR.get("openai_key"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    public void theGuideQuotesTheExampleVerbatim(String file) throws IOException {
        String example = Files.readString(Path.of("src/test/resources", file)).strip();
        assertThat(Files.readString(Path.of("../docs/logstash.md"))).contains(example);
    }
}
