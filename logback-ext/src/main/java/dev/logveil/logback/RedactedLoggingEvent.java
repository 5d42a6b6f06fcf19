package dev.logveil.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * The copy of an event that {@link RedactingAppender} forwards: the redacted message template, arguments, formatted
 * message, MDC, key-value pairs and throwable proxy, and everything else read through from the original. Its own
 * class, because Logback's {@code LoggingEvent} formats its message from template and arguments and has no way to
 * carry an already redacted formatted message.
 */
final class RedactedLoggingEvent implements ILoggingEvent {
    private final ILoggingEvent original;
    private final String message;
    private final Object[] arguments;
    private final String formattedMessage;
    private final Map<String, String> mdc;
    private final List<KeyValuePair> keyValuePairs;
    private final IThrowableProxy throwableProxy;

    RedactedLoggingEvent(ILoggingEvent original, String message, Object[] arguments, String formattedMessage,
        Map<String, String> mdc, List<KeyValuePair> keyValuePairs, IThrowableProxy throwableProxy) {
        this.original = original;
        this.message = message;
        this.arguments = arguments;
        this.formattedMessage = formattedMessage;
        this.mdc = mdc;
        this.keyValuePairs = keyValuePairs;
        this.throwableProxy = throwableProxy;
    }

    @Override
    public String getThreadName() {
        return original.getThreadName();
    }

    @Override
    public Level getLevel() {
        return original.getLevel();
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public Object[] getArgumentArray() {
        return arguments;
    }

    @Override
    public String getFormattedMessage() {
        return formattedMessage;
    }

    @Override
    public String getLoggerName() {
        return original.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return original.getLoggerContextVO();
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return throwableProxy;
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return original.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return original.hasCallerData();
    }

    @Override
    public List<Marker> getMarkerList() {
        return original.getMarkerList();
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        return mdc;
    }

    /** @deprecated as in {@link ILoggingEvent}; the redacted MDC, like {@link #getMDCPropertyMap()}. */
    @Deprecated
    @Override
    public Map<String, String> getMdc() {
        return mdc;
    }

    @Override
    public long getTimeStamp() {
        return original.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return original.getNanoseconds();
    }

    @Override
    public java.time.Instant getInstant() {
        return original.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return original.getSequenceNumber();
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        return keyValuePairs;
    }

    /** The parts this copy holds are already final; the original's own parts are prepared by the original. */
    @Override
    public void prepareForDeferredProcessing() {
        original.prepareForDeferredProcessing();
    }
}
