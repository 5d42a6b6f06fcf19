package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Core's channel contract through a Spring Boot application with only the starter and no Logback file: one
 * application per class (started once, with the subclass's properties), each contract event logged through SLF4J's
 * fluent API with its MDC entries, and what Boot's console appender wrote for it returned.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BootChannelContract extends RedactionChannelContract {
    private BootApp app;

    /** The application's properties, e.g. {@code logging.structured.format.console=ecs}. */
    protected abstract Map<String, String> properties();

    @BeforeAll
    void startApplication() {
        app = BootApp.start(properties());
    }

    @AfterAll
    void stopApplication() {
        app.close();
    }

    @Override
    protected String render(ContractEvent event) {
        String out = BootApp.console(() -> log(event));
        assertThat(out).as("Boot's console wrote the event").isNotBlank();
        return out;
    }

    static void log(ContractEvent event) {
        event.context().forEach(MDC::put);
        try {
            LoggingEventBuilder builder = LoggerFactory.getLogger("dev.logveil.contract").atInfo()
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
            MDC.clear();
        }
    }
}
