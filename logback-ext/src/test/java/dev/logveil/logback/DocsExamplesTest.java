package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XML example quoted in {@code docs/logback.md} is one of these files: each loads without a status above INFO,
 * and redacts what it promises. The doc quotes them verbatim; {@link #theGuideQuotesEachExampleVerbatim} checks it.
 */
class DocsExamplesTest {
    private static final Path EXAMPLES = Paths.get("src/test/resources/docs");
    private static final Path GUIDE = Paths.get("../docs/logback.md");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
                .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsWithoutWarningsAndRedacts(String example) throws IOException {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (LogbackFixture logback = LogbackFixture.configure("docs/" + example)) {
            logback.assertNoStatusAboveInfo();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            logback.mdc().put("password", "opensesame42");
            logback.logger("com.example.Checkout").atError().setMessage("paying with token {} ticket {}")
                .addArgument(Secrets.GITHUB_TOKEN).addArgument("tkt_ABCDEFGHIJKLMNOPQRSTUVWX")
                .addKeyValue("password", Secrets.PASSWORD)
                .setCause(new IllegalStateException("upstream said api_key=" + Secrets.OPENAI_KEY)).log();
        } finally {
            System.setOut(console);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("paying with token").contains("IllegalStateException")
            .doesNotContain(Secrets.ALL).doesNotContain("opensesame42");
        if (Files.readString(EXAMPLES.resolve(example)).contains("internal-ticket-token")) {
            assertThat(out).doesNotContain("ABCDEFGHIJKLMNOPQRSTUVWX");
        }
    }

    @Test
    void policyExampleDecidesEveryValueByItsKey() {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (LogbackFixture logback = LogbackFixture.configure("docs/policy.xml")) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            logback.mdc().put("key_id", SecretSamples.LUHN_DIGITS);
            logback.mdc().put("password", "correct horse battery staple");
            logback.logger("docs").atInfo().setMessage("signed in").addKeyValue("secret", "open sesame").log();
            logback.mdc().clear();
        } finally {
            System.setOut(console);
        }
        String out = captured.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "");
        // As docs/logback.md says it does.
        assertThat(out).contains("[4111111111111111] [[REDACTED]] - signed in | key_id=4111111111111111, "
            + "password=[REDACTED] | secret=\"[REDACTED]\"");
    }

    @Test
    void theGuideQuotesEachExampleVerbatim() throws IOException {
        String guide = Files.readString(GUIDE);
        List<String> examples = examples().collect(Collectors.toList());
        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            String xml = Files.readString(EXAMPLES.resolve(example)).strip();
            assertThat(guide).as("docs/logback.md quotes %s verbatim", example).contains(xml);
        }
    }
}
