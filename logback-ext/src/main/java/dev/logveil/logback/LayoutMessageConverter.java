package dev.logveil.logback;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.FormatInfo;
import dev.logveil.core.redact.Redactor;

/**
 * {@code %msg} inside a {@link RedactingPatternLayout}: a message that the pattern truncates ({@code %.-80msg}) is
 * redacted before it is cut, so that half a token cannot slip past the detectors. (The log-injection guard is the
 * layout's: it escapes every converter's text after redaction.)
 */
final class LayoutMessageConverter extends MessageConverter {
    private final Redactor redactor;
    private boolean truncates;

    LayoutMessageConverter(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public void start() {
        FormatInfo format = getFormattingInfo();
        truncates = format != null && format.getMax() < Integer.MAX_VALUE;
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        return truncates ? redactor.redact(message) : message;
    }
}
