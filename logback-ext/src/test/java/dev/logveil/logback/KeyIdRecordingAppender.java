package dev.logveil.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * A test appender that renders each event with its configured layout on the logging thread, while the MDC is still
 * the caller's (Logback's own ListAppender keeps events whose MDC is read lazily, on whichever thread asks later).
 */
public class KeyIdRecordingAppender extends AppenderBase<ILoggingEvent> {

    private final List<String> lines = new ArrayList<>();
    private Layout<ILoggingEvent> layout;

    public void setLayout(Layout<ILoggingEvent> layout) {
        this.layout = layout;
    }

    @Override
    public void start() {
        if (layout == null) {
            addError("No layout set for the appender named [" + name + "].");
            return;
        }
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = layout.doLayout(event);
        synchronized (lines) {
            lines.add(line);
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
