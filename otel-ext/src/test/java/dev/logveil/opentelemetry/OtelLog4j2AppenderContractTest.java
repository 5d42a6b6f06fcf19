package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender;
import java.util.Map;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Core's channel contract through OpenTelemetry's own Log4j2 appender ({@code opentelemetry-log4j-appender-2.17},
 * configured from {@code otel-log4j2.xml} to capture the ThreadContext and MapMessage entries) into an SDK whose
 * exporter is wrapped by {@link RedactingLogRecordExporter}.
 */
@LoggerContextSource("otel-log4j2.xml")
class OtelLog4j2AppenderContractTest extends RedactionChannelContract {
    private static final ExportedRecords EXPORTED = new ExportedRecords();
    private LoggerContext context;

    @BeforeEach
    void install(LoggerContext context) {
        this.context = context;
        OpenTelemetryAppender appender = context.getConfiguration().getAppender("OTEL");
        appender.setOpenTelemetry(EXPORTED.sdk());
    }

    @AfterAll
    static void close() {
        EXPORTED.close();
    }

    @Override
    protected String render(ContractEvent event) {
        EXPORTED.clear();
        event.context().forEach(ThreadContext::put);
        try {
            context.getLogger("dev.logveil.contract").info(toMessage(event), event.throwable());
        } finally {
            ThreadContext.clearMap();
        }
        assertThat(EXPORTED.records()).as("one record exported").hasSize(1);
        return EXPORTED.text();
    }

    /** Key-value pairs travel as the entries of a MapMessage, the way Log4j2 users log structured data. */
    private static Message toMessage(ContractEvent event) {
        Map<String, Object> keyValues = event.keyValues();
        if (keyValues.isEmpty()) {
            return new ParameterizedMessage(event.pattern(), event.arguments());
        }
        MapMessage<?, Object> message = new MapMessage<>();
        message.with("message", event.formattedMessage());
        keyValues.forEach(message::with);
        return message;
    }
}
