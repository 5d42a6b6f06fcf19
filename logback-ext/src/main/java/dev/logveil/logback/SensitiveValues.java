package dev.logveil.logback;

import dev.logveil.core.redact.Redactor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * Writes MDC entries and SLF4J key-value pairs in Logback's own text forms, with the value of each entry whose key
 * names a secret masked whole: {@code password=correct horse battery staple} would otherwise keep most of its value,
 * because a text detector cannot know where an unquoted value ends.
 */
final class SensitiveValues {
    private SensitiveValues() {
    }

    /** All MDC entries as {@code %X} writes them: {@code key0=value0, key1=value1}. */
    static String mdcEntries(Map<String, String> mdc, Redactor redactor) {
        if (mdc == null || mdc.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : mdc.entrySet()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(entry.getKey()).append('=').append(valueOf(entry.getKey(), entry.getValue(), redactor));
        }
        return out.toString();
    }

    /** The key-value pairs as {@code %kvp} writes them: {@code key0="value0" key1="value1"}. */
    static String keyValuePairs(List<KeyValuePair> pairs, String quote, Redactor redactor) {
        if (pairs == null || pairs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (KeyValuePair pair : pairs) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(pair.key).append('=').append(quote).append(valueOf(pair.key, pair.value, redactor))
                .append(quote);
        }
        return out.toString();
    }

    /**
     * The quote {@code %kvp} puts around values for its option: {@code DOUBLE} (default), {@code SINGLE}, {@code NONE}.
     */
    static String kvpQuote(String option) {
        if (option == null) {
            return "\"";
        }
        switch (option.toUpperCase(Locale.ROOT)) {
            case "SINGLE":
                return "'";
            case "NONE":
                return "";
            default:
                return "\"";
        }
    }

    private static String valueOf(String key, Object value, Redactor redactor) {
        String text = String.valueOf(value);
        return key != null && redactor.isSensitiveKey(key) ? redactor.maskValue(text) : text;
    }
}
