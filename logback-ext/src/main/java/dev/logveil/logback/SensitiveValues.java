package dev.logveil.logback;

import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.internal.line.RedactionPolicy.EntryFormat;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * Writes MDC entries and SLF4J key-value pairs in Logback's own text forms, each value decided by core's
 * {@link RedactionPolicy}: masked whole under a key that names a secret ({@code password=correct horse battery
 * staple} would otherwise keep most of its value, because a text detector cannot know where an unquoted value
 * ends), untouched under Logveil's own keys, scanned otherwise.
 */
final class SensitiveValues {
    private SensitiveValues() {
    }

    /** All MDC entries as {@code %X} writes them: {@code key0=value0, key1=value1}. */
    static String mdcEntries(Map<String, String> mdc, RedactionPolicy policy) {
        if (mdc == null || mdc.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        policy.appendEntries(mdc.entrySet(), EntryFormat.COMMA_LIST, out);
        return out.toString();
    }

    /** The key-value pairs as {@code %kvp} writes them: {@code key0="value0" key1="value1"}. */
    static String keyValuePairs(List<KeyValuePair> pairs, String quote, RedactionPolicy policy) {
        if (pairs == null || pairs.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(pairs.size());
        for (KeyValuePair pair : pairs) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(pair.key, pair.value));
        }
        StringBuilder out = new StringBuilder();
        policy.appendEntries(entries, EntryFormat.keyValuePairs(quote), out);
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
}
