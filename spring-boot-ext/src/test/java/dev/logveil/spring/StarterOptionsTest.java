package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.SecretSamples;
import dev.logveil.logback.RedactingPatternLayoutEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The starter's options and boundaries, each on a real Boot application started for it. */
class StarterOptionsTest {
    private static final ContractEvent EVENT = ContractEvent.message("login user=bob password={} order ORD-12345678",
            SecretSamples.PASSWORD)
        .context("customer_pin", "0000")
        .context("request_id", SecretSamples.UUID)
        .throwable(new IllegalStateException("upstream said Bearer " + SecretSamples.BEARER));

    @Test
    void defaultConsoleLineKeepsBootsLayoutAndLosesTheSecrets() {
        String out = logOnce(Map.of());
        assertThat(out).contains(" INFO ").contains("--- [").contains("dev.logveil.contract")
            .contains("login user=bob password=[REDACTED]").contains("upstream said Bearer [REDACTED]")
            .contains("\tat ").doesNotContain(SecretSamples.PASSWORD).doesNotContain(SecretSamples.BEARER);
    }

    @Test
    void fileOutputIsRedactedToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.log");
        logOnce(Map.of("logging.file.name", file.toString()));
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains("password=[REDACTED]").doesNotContain(SecretSamples.PASSWORD)
            .doesNotContain(SecretSamples.BEARER);
    }

    @Test
    void optionsApplyToPatternAndStructuredOutput() {
        Map<String, String> options = new HashMap<>();
        options.put("logging.logveil.mask", "[HIDDEN]");
        options.put("logging.logveil.sensitive-keys", "customer_pin");
        options.put("logging.logveil.rules[0].name", "order-id");
        options.put("logging.logveil.rules[0].regex", "ORD-[0-9]{8}");
        options.put("logging.logveil.rules[0].replacement", "ORD-********");
        options.put("logging.pattern.correlation", "[%X] ");
        for (String format : new String[] {"", "ecs"}) {
            Map<String, String> properties = new HashMap<>(options);
            if (!format.isEmpty()) {
                properties.put("logging.structured.format.console", format);
            }
            String out = logOnce(properties);
            assertThat(out).as(format).contains("password=[HIDDEN]").contains("ORD-********")
                .doesNotContain("ORD-12345678").doesNotContain("customer_pin=0000")
                .doesNotContain("\"customer_pin\":\"0000\"").contains(SecretSamples.UUID);
        }
    }

    @Test
    void escapeLineBreaksKeepsAForgedLineOnTheEventsLine() {
        String out;
        try (BootApp app = BootApp.start(Map.of("logging.logveil.escape-line-breaks", "true"))) {
            out = BootApp.console(() -> LoggerFactory.getLogger("com.example.Login")
                .info("login user={}", "bob\n2026-12-01 INFO forged admin login"));
        }
        assertThat(out).contains("login user=bob\\n2026-12-01 INFO forged admin login");
        assertThat(out.strip().lines()).hasSize(1);
    }

    @Test
    void turnedOffExplicitlyBootsOutputIsLeftAlone() {
        for (String format : new String[] {"", "ecs"}) {
            Map<String, String> properties = new HashMap<>(Map.of("logging.logveil.enabled", "false"));
            if (!format.isEmpty()) {
                properties.put("logging.structured.format.console", format);
            }
            assertThat(logOnce(properties)).as(format).contains(SecretSamples.PASSWORD);
        }
    }

    @Test
    void badOptionIsReportedByNameAndRedactionGoesOn() {
        BootApp.Captured<List<String>> run = BootApp.console(() -> {
            try (BootApp app = BootApp.start(Map.of("logging.logveil.disable", "no_such_detector"))) {
                BootChannelContract.log(EVENT);
                return warnings();
            }
        });
        assertThat(run.result).anySatisfy(w -> assertThat(w).contains("logging.logveil.disable")
            .contains("no_such_detector"));
        assertThat(run.output).contains("logging.logveil.disable").contains("no_such_detector")
            .contains("password=[REDACTED]").doesNotContain(SecretSamples.PASSWORD);
    }

    @Test
    void unbindableOptionFallsBackToDefaults() {
        BootApp.Captured<List<String>> run = BootApp.console(() -> {
            try (BootApp app = BootApp.start(Map.of("logging.logveil.fingerprint", "maybe"))) {
                BootChannelContract.log(EVENT);
                return warnings();
            }
        });
        assertThat(run.result).anySatisfy(w -> assertThat(w).contains("logging.logveil.fingerprint")
            .contains("maybe"));
        assertThat(run.output).contains("password=[REDACTED]").doesNotContain(SecretSamples.PASSWORD);
    }

    @Test
    void usersOwnLogbackFileIsLeftExactlyAsWritten() {
        BootApp.Captured<String> run = BootApp.console(() -> {
            try (BootApp app = BootApp.start(Map.of("logging.config", "classpath:user-logback-spring.xml"))) {
                LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
                Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
                assertThat(((OutputStreamAppender<?>) root.getAppender("REDACTED")).getEncoder())
                    .isInstanceOf(RedactingPatternLayoutEncoder.class);
                assertThat(((OutputStreamAppender<?>) root.getAppender("PLAIN")).getEncoder().getClass().getName())
                    .as("the user's own stock encoder is not replaced")
                    .isEqualTo("ch.qos.logback.classic.encoder.PatternLayoutEncoder");
                assertThat(warnings()).isEmpty();
                return BootApp.console(() -> BootChannelContract.log(EVENT));
            }
        });
        assertThat(run.result).contains("REDACTED| login user=bob password=[REDACTED]")
            .contains("PLAIN| login user=bob password=" + SecretSamples.PASSWORD);
    }

    private static String logOnce(Map<String, String> properties) {
        try (BootApp app = BootApp.start(properties)) {
            return BootApp.console(() -> BootChannelContract.log(EVENT));
        }
    }

    private static List<String> warnings() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return context.getStatusManager().getCopyOfStatusList().stream()
            .filter(s -> s.getEffectiveLevel() >= Status.WARN).map(Status::getMessage).collect(Collectors.toList());
    }
}
