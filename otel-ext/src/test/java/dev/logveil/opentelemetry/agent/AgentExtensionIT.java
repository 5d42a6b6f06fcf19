package dev.logveil.opentelemetry.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The agent path end to end: {@link AgentApp} runs in a new JVM under the OpenTelemetry Java agent, with this
 * module's {@code agent-extension} jar passed as {@code -Dotel.javaagent.extensions=} and the agent's console log
 * exporter; what the exporter prints must hold none of the secrets, across the six channels. The same run without
 * the extension shows the secrets, so the test proves the extension is what removes them.
 *
 * <p>Run by Failsafe after {@code package}, which builds the extension jar; the pom copies the agent jar into
 * {@code target/agent/}.
 */
class AgentExtensionIT {
    private static final Path AGENT = Path.of(System.getProperty("logveil.agent.jar", "target/agent/agent.jar"));
    private static final Path EXTENSION = Path.of(System.getProperty("logveil.extension.jar", "missing"));

    @Test
    void agentExportsRedactedRecordsWithTheExtension() throws Exception {
        assertThat(AGENT).exists();
        assertThat(EXTENSION).exists();
        String exported = runUnderAgent(true);
        assertThat(exported).contains("login user=bob password=[REDACTED]").contains("request failed")
            .contains(SecretSamples.UUID).contains("api_key=\"[REDACTED]\"")
            .contains("exception.stacktrace=").contains("Caused by: java.lang.IllegalArgumentException")
            .contains("Suppressed:");
        assertThat(exported).doesNotContain(SecretSamples.PASSWORD).doesNotContain(SecretSamples.BEARER)
            .doesNotContain(SecretSamples.BY_DETECTOR.get("github_token")).doesNotContain("plainvalue");
    }

    @Test
    void withoutTheExtensionTheSameRunLeaks() throws Exception {
        assertThat(runUnderAgent(false)).contains(SecretSamples.PASSWORD);
    }

    private static String runUnderAgent(boolean withExtension) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-javaagent:" + AGENT.toAbsolutePath()));
        if (withExtension) {
            command.add("-Dotel.javaagent.extensions=" + EXTENSION.toAbsolutePath());
        }
        command.addAll(List.of(
            "-Dotel.logs.exporter=console", "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none",
            "-Dotel.instrumentation.logback-appender.experimental.capture-mdc-attributes=*",
            "-Dotel.instrumentation.logback-appender.experimental.capture-key-value-pair-attributes=true",
            "-Dotel.instrumentation.logback-appender.experimental.capture-arguments=true",
            "-Dlogback.configurationFile=agent-logback.xml",
            "-cp", applicationClassPath(), AgentApp.class.getName()));
        Path output = Files.createTempFile("logveil-agent", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the agent run ends").isTrue();
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; output:%n%s", text).isZero();
            assertThat(text).as("the console exporter printed the records").contains("request failed");
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The application's own class path: SLF4J, Logback, Logveil's test fixtures and this module's test classes. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> entry.contains("slf4j-api") || entry.contains("logback-classic")
                || entry.contains("logback-core") || entry.endsWith("test-classes")
                || entry.contains("logveil-core"))
            .collect(Collectors.joining(File.pathSeparator));
    }
}
