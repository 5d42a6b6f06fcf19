package dev.logveil.logstash.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/**
 * A fresh Logback context configured by Joran from an XML file on the test class path, as an application configures
 * it; its {@link MemoryAppender} named {@code OUT} holds what the encoder wrote.
 */
public final class LogbackXml implements AutoCloseable {
    private final LoggerContext context = new LoggerContext();

    private LogbackXml(String resource) {
        context.setName("test-" + resource);
        context.setMDCAdapter(new LogbackMDCAdapter());
        URL url = LogbackXml.class.getClassLoader().getResource(resource);
        assertThat(url).as("test resource %s", resource).isNotNull();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(url);
        } catch (JoranException e) {
            throw new AssertionError("Joran could not read " + resource + ": " + statusText(), e);
        }
    }

    public static LogbackXml configure(String resource) {
        return new LogbackXml(resource);
    }

    public Logger logger(String name) {
        return context.getLogger(name);
    }

    public MDCAdapter mdc() {
        return context.getMDCAdapter();
    }

    @SuppressWarnings("unchecked")
    public MemoryAppender<Object> out() {
        Object appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("OUT");
        assertThat(appender).as("appender OUT").isInstanceOf(MemoryAppender.class);
        return (MemoryAppender<Object>) appender;
    }

    /** The messages of the statuses at {@code level} or above ({@link Status#WARN}, {@link Status#ERROR}). */
    public List<String> messagesAtLeast(int level) {
        return context.getStatusManager().getCopyOfStatusList().stream().filter(s -> s.getEffectiveLevel() >= level)
            .map(Status::getMessage).collect(Collectors.toList());
    }

    public String statusText() {
        return context.getStatusManager().getCopyOfStatusList().stream().map(s -> s.getLevel() + " " + s.getMessage())
            .collect(Collectors.joining("\n"));
    }

    public void assertNoStatusAboveInfo() {
        assertThat(messagesAtLeast(Status.WARN)).as("statuses above INFO; all statuses:%n%s", statusText()).isEmpty();
    }

    @Override
    public void close() {
        context.stop();
    }
}
