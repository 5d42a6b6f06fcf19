package dev.logveil.logback;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logveil.core.internal.line.RedactionPolicy;
import java.util.Map;

/**
 * {@code %X} / {@code %mdc} inside a {@link RedactingPatternLayout} or {@link RedactingConverter}: each value decided
 * by core's {@link RedactionPolicy}, for one key ({@code %X{password}}) and for the whole map ({@code %X}): masked
 * whole under a key that names a secret, untouched under Logveil's own keys ({@code key_id}, ...), scanned
 * otherwise. The default value of {@code %X{key:-default}} is written as Logback writes it.
 */
final class SensitiveKeyMdcConverter extends MDCConverter {
    private final RedactionPolicy policy;

    SensitiveKeyMdcConverter(RedactionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String convert(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc == null || mdc.isEmpty()) {
            return super.convert(event);
        }
        if (getKey() == null) {
            return SensitiveValues.mdcEntries(mdc, policy);
        }
        String value = mdc.get(getKey());
        return value == null ? super.convert(event) : policy.valueUnderKey(getKey(), value);
    }
}
