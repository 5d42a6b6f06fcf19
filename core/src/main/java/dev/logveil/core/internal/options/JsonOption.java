package dev.logveil.core.internal.options;

import java.util.List;

/**
 * The options of the JSON components beyond redaction: static fields written on every event, with {@code key} and
 * {@code value} in both adapters (as ECS's {@code AdditionalField} and Log4j2's {@code KeyValuePair}). Validated
 * once by {@link StaticFields}.
 */
public enum JsonOption implements Option {
    /** A nested element with {@code key} and {@code value}; as text, {@code KEY=VALUE}. */
    ADDITIONAL_FIELD("additionalField", List.of("keyValuePair"), OptionType.ELEMENT, "",
        "a field written on every event, not redacted: key and value; repeatable"),
    /** Several static fields at once, for a one-line property. */
    ADDITIONAL_FIELDS("additionalFields", List.of(), OptionType.COMMA_LIST, "",
        "static fields as a comma list of key=value");

    private final Declaration declaration;

    JsonOption(String optionName, List<String> aliases, OptionType type, String defaultValue, String doc) {
        this.declaration = new Declaration(optionName, aliases, type, defaultValue, doc);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }
}
