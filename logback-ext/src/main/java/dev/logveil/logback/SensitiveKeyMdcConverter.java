package dev.logveil.logback;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logveil.core.redact.Redactor;
import java.util.Map;

/**
 * {@code %X} inside a {@link RedactingPatternLayout}: the value of an MDC entry whose key names a secret
 * ({@code %X{password}}, or that entry within {@code %X}) is masked whole, whatever it looks like. Other values are
 * left to the whole-line pass.
 */
final class SensitiveKeyMdcConverter extends MDCConverter {
    private final Redactor redactor;
    private boolean sensitiveKey;

    SensitiveKeyMdcConverter(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public void start() {
        super.start();
        sensitiveKey = getKey() != null && redactor.isSensitiveKey(getKey());
    }

    @Override
    public String convert(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc == null || mdc.isEmpty()) {
            return super.convert(event);
        }
        if (getKey() == null) {
            return SensitiveValues.mdcEntries(mdc, redactor);
        }
        String value = mdc.get(getKey());
        return sensitiveKey && value != null ? redactor.maskValue(value) : super.convert(event);
    }
}
