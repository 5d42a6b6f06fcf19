package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.JsonStrings;
import dev.logveil.core.testing.RedactionChannelContract;
import dev.logveil.core.testing.SecretSamples;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Core's channel contract, met by {@link RedactingAppender} in front of OpenTelemetry's own Logback appender, which
 * reads the event object (formatted message, arguments, MDC, key-value pairs and the {@code Throwable} itself) and
 * has no layout. Configured from {@code contract/redacting-appender-otel.xml}; the records land in the SDK's
 * in-memory exporter, and the output checked is each record's body and every attribute.
 */
class RedactingAppenderOpenTelemetryTest extends RedactionChannelContract {
    private static final InMemoryLogRecordExporter EXPORTER = InMemoryLogRecordExporter.create();
    private static LogbackFixture logback;
    private static OpenTelemetrySdk sdk;

    @BeforeAll
    static void configure() {
        logback = LogbackFixture.configure("contract/redacting-appender-otel.xml");
        sdk = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider.builder()
            .addLogRecordProcessor(SimpleLogRecordProcessor.create(EXPORTER)).build()).build();
        ((OpenTelemetryAppender) logback.appender("OTEL")).setOpenTelemetry(sdk);
    }

    @AfterAll
    static void close() {
        logback.close();
        sdk.close();
    }

    @Override
    protected String render(ContractEvent event) {
        logback.assertNoStatusAboveInfo();
        EXPORTER.reset();
        event.context().forEach(logback.mdc()::put);
        try {
            LoggingEventBuilder builder = logback.logger("dev.logveil.contract").atInfo().setMessage(event.pattern());
            for (Object argument : event.arguments()) {
                builder = builder.addArgument(argument);
            }
            for (Map.Entry<String, Object> pair : event.keyValues().entrySet()) {
                builder = builder.addKeyValue(pair.getKey(), pair.getValue());
            }
            if (event.throwable() != null) {
                builder = builder.setCause(event.throwable());
            }
            builder.log();
        } finally {
            logback.mdc().clear();
        }
        List<LogRecordData> records = EXPORTER.getFinishedLogRecordItems();
        assertThat(records).as("one record exported").hasSize(1);
        // A record is structured: an OTLP/JSON exporter writes each value as a JSON string, where a line break
        // forges no line. So each value is rendered that way, one per line, as the collector receives it.
        LogRecordData record = records.get(0);
        StringBuilder text = new StringBuilder(
            JsonStrings.quote(record.getBodyValue() == null ? "" : record.getBodyValue().asString()));
        record.getAttributes().forEach((key, value) -> text.append('\n').append(key.getKey()).append('=')
            .append(JsonStrings.quote(String.valueOf(value))));
        return text.toString();
    }

    @Test
    void exceptionTypeAndStackTraceNameTheOriginalClassAndHoldNoSecret() {
        Exception root = new IllegalArgumentException("token=" + SecretSamples.PASSWORD);
        String out = render(ContractEvent.message("failed").throwable(new IllegalStateException("outer", root)));
        assertThat(out).doesNotContain(SecretSamples.PASSWORD)
            .contains("exception.stacktrace=\"java.lang.IllegalStateException: outer")
            .contains("Caused by: java.lang.IllegalArgumentException: token=[REDACTED]");
    }

    @Test
    void argumentsAreRedactedEvenWhenTheSecretIsOnlyOneInContext() {
        String out = render(ContractEvent.message("login with password={} from {}", "opensesame42", "berlin"));
        assertThat(out).doesNotContain("opensesame42").contains("berlin").contains("password=[REDACTED]");
    }
}
