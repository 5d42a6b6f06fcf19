package dev.logveil.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;

/**
 * The exception printer that {@link RedactingConverter} adds to its own children when they print no exception, so
 * that the stack trace is part of the redacted text. Being a throwable-handling converter inside the pattern, it also
 * stops Logback from appending its own, unredacted {@code %ex} to the pattern.
 *
 * <p>It is Logback's own rendering (with packaging data when the context has it on), so causes, suppressed exceptions
 * and {@code ... N common frames omitted} look as users expect; {@link RedactingConverter} decides where the text
 * goes.
 */
final class RedactedThrowableConverter extends ThrowableHandlingConverter {
    private ThrowableProxyConverter rendering;
    private volatile boolean enabled = true;

    /** Off when another converter in the pattern prints the exception, or {@code %nopex} says not to. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isEnabled() {
        return enabled;
    }

    @Override
    public void start() {
        boolean packagingData = getContext() instanceof LoggerContext
            && ((LoggerContext) getContext()).isPackagingDataEnabled();
        rendering = packagingData ? new ExtendedThrowableProxyConverter() : new ThrowableProxyConverter();
        rendering.setContext(getContext());
        rendering.start();
        super.start();
    }

    @Override
    public void stop() {
        if (rendering != null) {
            rendering.stop();
        }
        super.stop();
    }

    @Override
    public String convert(ILoggingEvent event) {
        if (!enabled || event.getThrowableProxy() == null || rendering == null) {
            return CoreConstants.EMPTY_STRING;
        }
        return rendering.convert(event);
    }
}
