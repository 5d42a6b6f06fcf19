package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SDK autoconfigure finds {@link LogveilAutoConfigurationCustomizerProvider} through its service file and wraps the
 * exporter it creates, with the {@code otel.logveil.*} options; the Java agent runs the same autoconfigure.
 */
class AutoConfigurationTest {
    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger status = Logger.getLogger("dev.logveil.opentelemetry");

    @BeforeEach
    void listen() {
        status.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        status.removeHandler(capture);
    }

    @Test
    void autoconfiguredExporterIsWrappedWithDefaults() {
        String exported = emitThroughAutoconfigure(Map.of());
        assertThat(exported).contains("password=[REDACTED]").doesNotContain(SecretSamples.PASSWORD)
            .contains("request_id=" + SecretSamples.UUID).contains("customer_pin=0000");
        assertThat(warnings).isEmpty();
    }

    @Test
    void optionsAreReadFromOtelProperties() {
        Map<String, String> options = new HashMap<>();
        options.put("otel.logveil.mask", "[HIDDEN]");
        options.put("otel.logveil.sensitive-keys", "customer_pin");
        options.put("otel.logveil.rules", "order");
        options.put("otel.logveil.rule.order.regex", "ORD-[0-9]+");
        options.put("otel.logveil.rule.order.replacement", "ORD-*");
        String exported = emitThroughAutoconfigure(options);
        assertThat(exported).contains("password=[HIDDEN]").contains("customer_pin=[HIDDEN]").contains("ORD-*")
            .doesNotContain("ORD-123");
        assertThat(warnings).isEmpty();
    }

    @Test
    void badOptionIsReportedByNameAndTheWrapperStillRedacts() {
        String exported = emitThroughAutoconfigure(Map.of("otel.logveil.disable", "no_such_detector"));
        assertThat(exported).contains("password=[REDACTED]").doesNotContain(SecretSamples.PASSWORD);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("otel.logveil.disable")
            .contains("no_such_detector"));
    }

    @Test
    void turnedOffExplicitlyTheExporterIsLeftAlone() {
        String exported = emitThroughAutoconfigure(Map.of("otel.logveil.enabled", "false"));
        assertThat(exported).contains(SecretSamples.PASSWORD);
    }

    static String emitThroughAutoconfigure(Map<String, String> options) {
        Map<String, String> properties = new HashMap<>(options);
        properties.put("otel.logs.exporter", "memory");
        properties.put("otel.traces.exporter", "none");
        properties.put("otel.metrics.exporter", "none");
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
            .addPropertiesSupplier(() -> properties)
            .disableShutdownHook()
            .build()
            .getOpenTelemetrySdk();
        try {
            sdk.getLogsBridge().get("autoconfigure-test").logRecordBuilder()
                .setBody("login password=" + SecretSamples.PASSWORD + " order ORD-12345678")
                .setAttribute(AttributeKey.stringKey("request_id"), SecretSamples.UUID)
                .setAttribute(AttributeKey.stringKey("customer_pin"), "0000")
                .emit();
            sdk.getSdkLoggerProvider().forceFlush().join(10, TimeUnit.SECONDS);
            // Read before closing: shutting the in-memory exporter down empties it.
            return MemoryLogRecordExporterProvider.last.getFinishedLogRecordItems().stream()
                .map(ExportedRecords::render).reduce("", String::concat);
        } finally {
            sdk.close();
        }
    }
}
