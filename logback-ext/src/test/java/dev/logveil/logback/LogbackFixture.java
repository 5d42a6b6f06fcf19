package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.spi.MDCAdapter;

/**
 * A fresh Logback {@link LoggerContext} configured by Joran from an XML file on the test classpath, the way an
 * application configures Logback, with access to its appenders' output and its status messages.
 */
final class LogbackFixture implements AutoCloseable {
    private final LoggerContext context = new LoggerContext();

    private LogbackFixture(String resource) {
        this(LogbackFixture.class.getClassLoader().getResource(resource), resource);
    }

    private LogbackFixture(URL url, String resource) {
        context.setName("test-" + resource);
        context.setMDCAdapter(new LogbackMDCAdapter());
        assertThat(url).as("test resource %s", resource).isNotNull();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(url);
        } catch (JoranException e) {
            throw new AssertionError("Joran could not read " + resource + ": " + statusText(), e);
        }
    }

    static LogbackFixture configure(String resource) {
        return new LogbackFixture(resource);
    }

    /** A context configured from a file written by the test. */
    static LogbackFixture configure(URL file) {
        return new LogbackFixture(file, file.getPath());
    }

    LoggerContext context() {
        return context;
    }

    Logger logger(String name) {
        return context.getLogger(name);
    }

    MDCAdapter mdc() {
        return context.getMDCAdapter();
    }

    /** The text written so far by the {@link CaptureAppender} of that name. */
    String output(String appenderName) {
        return capture(appenderName).text();
    }

    @SuppressWarnings("unchecked")
    CaptureAppender<ILoggingEvent> capture(String appenderName) {
        Object appender = appender(appenderName);
        assertThat(appender).as("appender %s", appenderName).isInstanceOf(CaptureAppender.class);
        return (CaptureAppender<ILoggingEvent>) appender;
    }

    /** The appender of that name attached to a logger, or to an appender attached to a logger; else null. */
    @SuppressWarnings("unchecked")
    Appender<ILoggingEvent> appender(String name) {
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
                Appender<ILoggingEvent> appender = it.next();
                if (name.equals(appender.getName())) {
                    return appender;
                }
                if (appender instanceof AppenderAttachable && ((AppenderAttachable<ILoggingEvent>) appender)
                    .getAppender(name) != null) {
                    return ((AppenderAttachable<ILoggingEvent>) appender).getAppender(name);
                }
            }
        }
        return null;
    }

    List<Status> statuses() {
        return context.getStatusManager().getCopyOfStatusList();
    }

    /** The status messages at {@code level} or above ({@link Status#WARN}, {@link Status#ERROR}). */
    List<String> messagesAtLeast(int level) {
        return statuses().stream().filter(s -> s.getEffectiveLevel() >= level).map(Status::getMessage)
            .collect(Collectors.toList());
    }

    String statusText() {
        return statuses().stream().map(s -> s.getLevel() + " " + s.getMessage()).collect(Collectors.joining("\n"));
    }

    void assertNoStatusAboveInfo() {
        assertThat(messagesAtLeast(Status.WARN)).as("statuses above INFO; all statuses:%n%s", statusText()).isEmpty();
    }

    @Override
    public void close() {
        context.stop();
    }
}
