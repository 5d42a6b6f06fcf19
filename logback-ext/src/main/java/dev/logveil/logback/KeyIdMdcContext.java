package dev.logveil.logback;

import dev.logveil.core.keyid.LogContext;
import org.slf4j.MDC;

/** The SLF4J MDC as the core scopes' {@link LogContext}. */
enum KeyIdMdcContext implements LogContext {
    INSTANCE;

    @Override
    public String get(String key) {
        return MDC.get(key);
    }

    @Override
    public void put(String key, String value) {
        MDC.put(key, value);
    }

    @Override
    public void remove(String key) {
        MDC.remove(key);
    }
}
