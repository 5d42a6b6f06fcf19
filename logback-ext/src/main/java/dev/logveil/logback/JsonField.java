package dev.logveil.logback;

/**
 * A field that {@link RedactingJsonEncoder} writes on every event, such as the service name or the environment:
 *
 * <pre>{@code
 * <field><name>service</name><value>checkout</value></field>
 * }</pre>
 *
 * <p>Values are written as configured (Logback substitutes {@code ${...}} variables first) and are not redacted.
 */
public class JsonField {
    private String name;
    private String value;

    /** The field's name; must not be one of the encoder's own field names. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The field's value, written as a JSON string. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
