package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Core's channel contract through OpenTelemetry's own Logback appender ({@code opentelemetry-logback-appender-1.0},
 * configured by Joran from {@code otel-logback.xml} to capture arguments, MDC and key-value pairs) into an SDK whose
 * exporter is wrapped by {@link RedactingLogRecordExporter}. The appender has no layout: the wrapper is the only thing
 * between the event and the OTLP stream.
 */
class OtelLogbackAppenderContractTest extends RedactionChannelContract {
    private static final LoggerContext LOGBACK = new LoggerContext();
    private static ExportedRecords exported;

    @BeforeAll
    static void configure() throws JoranException {
        exported = new ExportedRecords();
        LOGBACK.setName("otel-contract");
        LOGBACK.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(LOGBACK);
        configurator.doConfigure(
            OtelLogbackAppenderContractTest.class.getClassLoader().getResource("otel-logback.xml"));
        OpenTelemetryAppender appender =
            (OpenTelemetryAppender) LOGBACK.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("OTEL");
        appender.setOpenTelemetry(exported.sdk());
        assertThat(LOGBACK.getStatusManager().getCopyOfStatusList())
            .allMatch(status -> status.getEffectiveLevel() <= Status.INFO);
    }

    @AfterAll
    static void stop() {
        LOGBACK.stop();
        exported.close();
    }

    @Override
    protected String render(ContractEvent event) {
        exported.clear();
        event.context().forEach(LOGBACK.getMDCAdapter()::put);
        try {
            LoggingEventBuilder builder = LOGBACK.getLogger("dev.logveil.contract").atInfo()
                .setMessage(event.pattern());
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
            LOGBACK.getMDCAdapter().clear();
        }
        assertThat(exported.records()).as("one record exported").hasSize(1);
        return exported.text();
    }

    @Test
    void argumentsAndContextAreExportedAsAttributes() {
        String out = render(ContractEvent.message("paying with {}", "card 4111 1111 1111 1111")
            .context("api_key", "abc123plain")
            .context("request_id", "req-20261123-0042")
            .keyValue("client_secret", "s3cr3t-value"));
        assertThat(out).contains("log.body.parameters=").contains("request_id=\"req-20261123-0042\"")
            .contains("api_key=\"" + mask() + '"').contains("client_secret=\"" + mask() + '"')
            .doesNotContain("abc123plain").doesNotContain("s3cr3t-value").doesNotContain("1111 1111 1111");
    }
}
