package dev.logveil.core.internal.options;

import dev.logveil.core.internal.json.JsonFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The static fields of a JSON component ({@link JsonOption}), validated the same in both adapters: a field with a
 * blank key, a key the writer owns ({@code message}, {@code @timestamp}, ...) or a key given twice is reported and
 * skipped; the others are kept in the order given. Not thread-safe: fill it from one configuration thread.
 */
public final class StaticFields {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final String fieldName;
    private final String listName;

    /**
     * @param fieldName how the user writes one field, for reports ({@code <additionalField>}, {@code KeyValuePair})
     * @param listName how the user writes the comma list, for reports ({@code <additionalFields>})
     */
    public StaticFields(String fieldName, String listName) {
        this.fieldName = fieldName;
        this.listName = listName;
    }

    /** Adds one field; reports to {@code report} (naming the key and value) and skips it when it is invalid. */
    public void add(String key, String value, Consumer<String> report) {
        if (key == null || key.isBlank()) {
            report.accept(fieldName + " with value '" + value + "' has no key; ignored");
        } else if (JsonFields.RESERVED.contains(key.trim())) {
            report.accept(fieldName + " key '" + key.trim() + "' is one of the fields Logveil writes itself; ignored");
        } else if (fields.containsKey(key.trim())) {
            report.accept(fieldName + " key '" + key.trim() + "' is given twice; the second one is ignored");
        } else {
            fields.put(key.trim(), value == null ? "" : value);
        }
    }

    /** Adds the fields of a comma list of {@code key=value}; an item without {@code =} is reported and skipped. */
    public void addAll(String commaList, Consumer<String> report) {
        for (String item : CommaList.split(commaList)) {
            int equals = item.indexOf('=');
            if (equals < 0) {
                report.accept(listName + " entry '" + item
                    + "' is not key=value; ignored");
            } else {
                add(item.substring(0, equals), item.substring(equals + 1).trim(), report);
            }
        }
    }

    /** The valid fields, in order; unmodifiable. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
