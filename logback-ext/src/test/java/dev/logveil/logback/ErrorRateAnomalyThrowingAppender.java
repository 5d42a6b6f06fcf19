package dev.logveil.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.concurrent.atomic.AtomicInteger;

/** A broken alert target for the tests: every {@code doAppend} throws (past Logback's own exception guard). */
public class ErrorRateAnomalyThrowingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void doAppend(ILoggingEvent event) {
        calls.incrementAndGet();
        throw new IllegalStateException("alert channel down");
    }

    @Override
    protected void append(ILoggingEvent event) {
        throw new UnsupportedOperationException();
    }
}
