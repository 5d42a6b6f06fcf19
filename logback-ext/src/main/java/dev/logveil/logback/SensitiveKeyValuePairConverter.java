package dev.logveil.logback;

import ch.qos.logback.classic.pattern.KeyValuePairConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logveil.core.redact.Redactor;
import java.util.List;
import java.util.Locale;
import org.slf4j.event.KeyValuePair;

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
        String option = getFirstOption();
        if (option != null) {
            switch (option.toUpperCase(Locale.ROOT)) {
                case "SINGLE":
                    quote = "'";
                    break;
                case "NONE":
                    quote = "";
                    break;
                default:
                    quote = "\"";
                    break;
            }
        }
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs == null || pairs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (KeyValuePair pair : pairs) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String value = String.valueOf(pair.value);
            if (pair.key != null && redactor.isSensitiveKey(pair.key)) {
                value = redactor.maskValue(value);
            }
            out.append(pair.key).append('=').append(quote).append(value).append(quote);
        }
        return out.toString();
    }
}
