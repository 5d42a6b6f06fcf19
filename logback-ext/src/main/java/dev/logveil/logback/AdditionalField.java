package dev.logveil.logback;

/**
 * A field that {@link RedactingJsonEncoder} writes on every event, such as the service name or the environment, with
 * the same {@code key} and {@code value} as Log4j2's {@code <KeyValuePair>}:
 *
 * <pre>{@code
 * <additionalField><key>service</key><value>checkout</value></additionalField>
 * }</pre>
 *
 * <p>Values are written as configured (Logback substitutes {@code ${...}} variables first) and are not redacted.
 */
public class AdditionalField {
    private String key;
    private String value;

    /** The field's name; must not be one of the encoder's own field names. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** The field's value, written as a JSON string. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
