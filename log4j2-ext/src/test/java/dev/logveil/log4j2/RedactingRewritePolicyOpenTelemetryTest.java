package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.JsonStrings;
import dev.logveil.core.testing.RedactionChannelContract;
import io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import java.util.List;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Core's channel contract through {@link RedactingRewritePolicy} in front of OpenTelemetry's own Log4j2 appender,
 * configured from {@code contract-rewrite-otel.xml}; the output checked is each exported record's body and every
 * attribute.
 */
@LoggerContextSource("contract-rewrite-otel.xml")
class RedactingRewritePolicyOpenTelemetryTest extends RedactionChannelContract {
    private static final InMemoryLogRecordExporter EXPORTER = InMemoryLogRecordExporter.create();
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider
        .builder().addLogRecordProcessor(SimpleLogRecordProcessor.create(EXPORTER)).build()).build();

    private LoggerContext context;

    @BeforeEach
    void connect(LoggerContext context) {
        this.context = context;
        OpenTelemetryAppender otel = context.getConfiguration().getAppender("OTEL");
        otel.setOpenTelemetry(SDK);
    }

    @AfterAll
    static void close() {
        SDK.close();
    }

    @Override
    protected String render(ContractEvent event) {
        EXPORTER.reset();
        event.context().forEach(ThreadContext::put);
        try {
            context.getLogger("OTEL").info(Log4j2ChannelContract.toMessage(event), event.throwable());
        } finally {
            ThreadContext.clearMap();
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
}
