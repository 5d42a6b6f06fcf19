package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import dev.logveil.opentelemetry.RedactingLogRecordExporter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot's own OpenTelemetry log export (Boot builds the SDK from the application's {@link LogRecordExporter}
 * beans, without SDK autoconfigure): with the starter and {@code logveil-opentelemetry}, the exporter bean is wrapped
 * and what it receives is redacted.
 */
class BootOpenTelemetryExportTest {
    private static final InMemoryLogRecordExporter MEMORY = InMemoryLogRecordExporter.create();

    @Test
    void bootsOwnLogExportIsRedacted() {
        Properties systemProperties = (Properties) System.getProperties().clone();
        SpringApplication application = new SpringApplication(OtelApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setRegisterShutdownHook(false);
        List<String> exported;
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getBean("memoryExporter")).isInstanceOf(RedactingLogRecordExporter.class);
            context.getBean(OpenTelemetry.class).getLogsBridge().get("checkout").logRecordBuilder()
                .setBody("login password=" + SecretSamples.PASSWORD)
                .setAttribute(AttributeKey.stringKey("api_key"), "plainvalue")
                .setAttribute(AttributeKey.stringKey("request_id"), SecretSamples.UUID)
                .emit();
            context.getBean(SdkLoggerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);
            exported = MEMORY.getFinishedLogRecordItems().stream().map(r -> r.getBodyValue().asString() + " "
                + r.getAttributes().asMap().entrySet().stream().map(e -> e.getKey().getKey() + "=" + e.getValue())
                    .sorted().collect(Collectors.joining(" "))).collect(Collectors.toList());
        } finally {
            System.setProperties(systemProperties);
        }
        assertThat(exported).containsExactly("login password=[REDACTED] api_key=[REDACTED] request_id="
            + SecretSamples.UUID);
    }

    /** An application that exports logs through Boot's OpenTelemetry support, to an in-memory exporter. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class OtelApplication {
        @Bean
        LogRecordExporter memoryExporter() {
            return MEMORY;
        }
    }
}
