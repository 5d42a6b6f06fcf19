package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Runs core's shared channel contract against one Logveil Logback component, configured by Joran from an XML file
 * whose {@link CaptureAppender} named {@code OUT} uses it. Each event goes through the real SLF4J 2 fluent API:
 * arguments, MDC entries, key-value pairs and the throwable.
 */
abstract class LogbackChannelContract extends RedactionChannelContract {
    private static final Map<String, LogbackFixture> FIXTURES = new ConcurrentHashMap<>();

    /** The configuration file on the test classpath. */
    protected abstract String configuration();

    @AfterAll
    static void closeFixtures() {
        FIXTURES.values().forEach(LogbackFixture::close);
        FIXTURES.clear();
    }

    @Override
    protected String render(ContractEvent event) {
        LogbackFixture logback = FIXTURES.computeIfAbsent(configuration(), LogbackFixture::configure);
        logback.assertNoStatusAboveInfo();
        CaptureAppender<?> out = logback.capture("OUT");
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
        assertThat(text).as("one event was written").isNotEmpty();
        return text;
    }
}
