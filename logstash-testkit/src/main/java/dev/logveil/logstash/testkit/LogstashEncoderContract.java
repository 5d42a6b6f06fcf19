package dev.logveil.logstash.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Core's channel contract through LLE's {@code LogstashEncoder} (either line) configured from one XML file: each
 * event goes through the real SLF4J 2 fluent API (arguments, MDC, key-value pairs, throwable), and each output must
 * be one valid JSON object. Subclasses name the file, one per way of plugging Logveil into the encoder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LogstashEncoderContract extends RedactionChannelContract {
    private final String configuration;
    private LogbackXml logback;

    protected LogstashEncoderContract(String configuration) {
        this.configuration = configuration;
    }

    @BeforeAll
    protected void configure() {
        logback = LogbackXml.configure(configuration);
    }

    @AfterAll
    protected void close() {
        logback.close();
    }

    @Override
    protected String render(ContractEvent event) {
        logback.assertNoStatusAboveInfo();
        MemoryAppender<Object> out = logback.out();
        out.clear();
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
        String text = out.text();
        assertThat(JsonOutput.parseObject(text)).as("one JSON object").containsKey("message");
        return text;
    }
}
