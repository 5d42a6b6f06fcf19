package dev.logveil.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.util.Iterator;

/**
 * An appender that hands events on to the appenders attached to it with {@code <appender-ref>}: the
 * {@link AppenderAttachable} half of {@link RedactingAppender} (redacted copies) and {@link ErrorRateAnomalyAppender}
 * (alert events), written once. Subclasses send through {@link #attached}.
 */
abstract class ForwardingAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
    implements AppenderAttachable<ILoggingEvent> {

    /** The attached appenders; thread-safe, as Logback's own implementation is. */
    final AppenderAttachableImpl<ILoggingEvent> attached = new AppenderAttachableImpl<>();

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        attached.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return attached.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return attached.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return attached.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        attached.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return attached.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return attached.detachAppender(name);
    }
}
