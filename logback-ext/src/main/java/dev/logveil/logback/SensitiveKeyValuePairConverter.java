package dev.logveil.logback;

import ch.qos.logback.classic.pattern.KeyValuePairConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logveil.core.internal.line.RedactionPolicy;

/**
 * {@code %kvp} inside a {@link RedactingPatternLayout} or {@link RedactingConverter}: the SLF4J 2 key-value pairs in
 * Logback's own {@code key="value"} form (the {@code DOUBLE}, {@code SINGLE} and {@code NONE} quoting options keep
 * their meaning), each value decided by core's {@link RedactionPolicy}.
 */
final class SensitiveKeyValuePairConverter extends KeyValuePairConverter {
    private final RedactionPolicy policy;
    private String quote = "\"";

    SensitiveKeyValuePairConverter(RedactionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void start() {
        quote = SensitiveValues.kvpQuote(getFirstOption());
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        return SensitiveValues.keyValuePairs(event.getKeyValuePairs(), quote, policy);
    }
}
