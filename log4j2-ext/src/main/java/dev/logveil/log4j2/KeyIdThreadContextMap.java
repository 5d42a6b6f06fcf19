package dev.logveil.log4j2;

import dev.logveil.core.keyid.LogContext;
import org.apache.logging.log4j.ThreadContext;

/** The Log4j2 ThreadContext map as the core scopes' {@link LogContext}. */
enum KeyIdThreadContextMap implements LogContext {
    INSTANCE;

    @Override
    public String get(String key) {
        return ThreadContext.get(key);
    }

    @Override
    public void put(String key, String value) {
        ThreadContext.put(key, value);
    }

    @Override
    public void remove(String key) {
        ThreadContext.remove(key);
    }
}
