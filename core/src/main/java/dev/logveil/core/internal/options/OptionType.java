package dev.logveil.core.internal.options;

/** What kind of value an option of the vocabulary takes, in the words the docs' reference tables use. */
public enum OptionType {
    /** Free text, taken as written. */
    TEXT("text"),
    /** {@code true} or {@code false}, read by {@link OnOff}. */
    ON_OFF("boolean"),
    /** Comma-separated items, read by {@link CommaList}; repeating the option adds items. */
    COMMA_LIST("comma list"),
    /** A duration such as {@code 500 ms}, {@code 10s}, {@code 1m} or {@code PT10S}. */
    DURATION("duration"),
    /** A whole number. */
    WHOLE_NUMBER("integer"),
    /** A decimal number. */
    DECIMAL("decimal"),
    /** A level name: {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR} or {@code FATAL}. */
    LEVEL("level"),
    /** A repeatable nested element ({@code <rule>}, {@code <AdditionalField>}); as text, {@code NAME=VALUE}. */
    ELEMENT("element");

    private final String docWord;

    OptionType(String docWord) {
        this.docWord = docWord;
    }

    /** How the docs' reference tables name the type. */
    public String docWord() {
        return docWord;
    }
}
