package dev.logveil.logback;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.FormatInfo;
import dev.logveil.core.redact.LogInjectionGuard;
import dev.logveil.core.redact.Redactor;

/**
 * {@code %msg} inside a {@link RedactingPatternLayout}. Two duties the whole-line pass cannot do: a message that the
 * pattern truncates ({@code %.-80msg}) is redacted before it is cut, so that half a token cannot slip past the
 * detectors; and with {@code escapeLineBreaks} the message text is guarded against log injection.
 */
final class LayoutMessageConverter extends MessageConverter {
    private final Redactor redactor;
    private final boolean escapeLineBreaks;
    private boolean truncates;

    LayoutMessageConverter(Redactor redactor, boolean escapeLineBreaks) {
        this.redactor = redactor;
        this.escapeLineBreaks = escapeLineBreaks;
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
        if (truncates) {
            message = redactor.redact(message);
        }
        return escapeLineBreaks ? LogInjectionGuard.escape(message) : message;
    }
}
