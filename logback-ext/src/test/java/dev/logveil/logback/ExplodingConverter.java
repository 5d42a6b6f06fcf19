package dev.logveil.logback;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** A converter that fails on messages containing "explode", carrying a secret in its exception message. */
public class ExplodingConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        if (event.getFormattedMessage().contains("explode")) {
            throw new IllegalStateException("converter failed near password=" + Secrets.PASSWORD);
        }
        return "ok";
    }
}
