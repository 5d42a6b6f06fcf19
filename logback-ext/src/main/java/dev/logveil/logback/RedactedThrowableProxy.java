package dev.logveil.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import dev.logveil.core.event.RedactedThrowable;

/**
 * The throwable proxy of a forwarded event whose exception held a secret. It is a {@link ThrowableProxy}, because
 * OpenTelemetry's and Sentry's appenders read {@link #getThrowable()} (here a {@link RedactedThrowable}) only off
 * that class; and it names the original classes, so layouts print {@code java.lang.IllegalStateException}, not the
 * copy's class.
 */
final class RedactedThrowableProxy extends ThrowableProxy {
    RedactedThrowableProxy(RedactedThrowable copy) {
        super(copy);
    }

    @Override
    public String getClassName() {
        return originalName(this, super.getClassName());
    }

    /** None: the first line is the original class name and the redacted message, as {@link #getClassName()} says. */
    @Override
    public String getOverridingMessage() {
        return null;
    }

    @Override
    public IThrowableProxy getCause() {
        return Renamed.of(super.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        return Renamed.all(super.getSuppressed());
    }

    private static String originalName(IThrowableProxy proxy, String name) {
        if (proxy instanceof ThrowableProxy && ((ThrowableProxy) proxy).getThrowable() instanceof RedactedThrowable) {
            return ((RedactedThrowable) ((ThrowableProxy) proxy).getThrowable()).originalClassName();
        }
        return name;
    }

    /** A nested proxy (cause or suppressed) that reports the original class name; all else is the delegate's. */
    private static final class Renamed implements IThrowableProxy {
        private final IThrowableProxy delegate;

        private Renamed(IThrowableProxy delegate) {
            this.delegate = delegate;
        }

        static IThrowableProxy of(IThrowableProxy proxy) {
            return proxy == null ? null : new Renamed(proxy);
        }

        static IThrowableProxy[] all(IThrowableProxy[] proxies) {
            if (proxies == null) {
                return null;
            }
            IThrowableProxy[] renamed = new IThrowableProxy[proxies.length];
            for (int i = 0; i < proxies.length; i++) {
                renamed[i] = of(proxies[i]);
            }
            return renamed;
        }

        @Override
        public String getMessage() {
            return delegate.getMessage();
        }

        @Override
        public String getClassName() {
            return originalName(delegate, delegate.getClassName());
        }

        @Override
        public String getOverridingMessage() {
            return null;
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return delegate.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return delegate.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(delegate.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            return all(delegate.getSuppressed());
        }

        @Override
        public boolean isCyclic() {
            return delegate.isCyclic();
        }
    }
}
