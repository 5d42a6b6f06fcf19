package dev.logveil.logback;

import ch.qos.logback.classic.pattern.KeyValuePairConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logveil.core.redact.Redactor;

/**
 * {@code %kvp} inside a {@link RedactingPatternLayout}: the SLF4J 2 key-value pairs in Logback's own
 * {@code key="value"} form (the {@code DOUBLE}, {@code SINGLE} and {@code NONE} quoting options keep their meaning),
 * with the value of each pair whose key names a secret masked whole.
 */
final class SensitiveKeyValuePairConverter extends KeyValuePairConverter {
    private final Redactor redactor;
    private String quote = "\"";

    SensitiveKeyValuePairConverter(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public void start() {
        quote = SensitiveValues.kvpQuote(getFirstOption());
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        return SensitiveValues.keyValuePairs(event.getKeyValuePairs(), quote, redactor);
    }
}
