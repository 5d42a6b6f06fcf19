package dev.logveil.opentelemetry;

import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.common.KeyValue;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.common.ValueType;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what of one exported log record must change: the body, and every string-valued attribute, each value by
 * core's {@link RedactionPolicy#valueUnderKey}: a value under a sensitive attribute name ({@code api_key},
 * {@code http.request.header.x-api-key}) is masked whole; a value under one of Logveil's own keys ({@code key_id},
 * {@code request_id}, {@code anomaly.*}) is left as it is; every other string, including {@code exception.message}
 * and {@code exception.stacktrace}, is scanned as free text.
 * Structured bodies and {@code Value} attributes are walked the same way, key by key.
 *
 * <p>Allocates nothing for a record that holds no secret: each method returns {@code null} (or the same instance)
 * when nothing changed, so the exporter can pass the original record on.
 */
final class RecordRedaction {
    /** Where OpenTelemetry's Logback appender puts the message arguments ({@code captureArguments}). */
    static final String ARGUMENTS = "log.body.parameters";

    private final Redactor redactor;
    private final RedactionPolicy policy;

    RecordRedaction(Redactor redactor) {
        this.redactor = redactor;
        this.policy = RedactionPolicy.of(redactor);
    }

    /** The record with its secrets removed, or {@code record} itself when it holds none. */
    LogRecordData redact(LogRecordData record) {
        Value<?> body = record.getBodyValue();
        Value<?> redactedBody = body == null ? null : redactValue(null, body);
        Attributes attributes = record.getAttributes();
        Attributes redactedAttributes = redactAttributes(attributes);
        if (redactedBody != body && body.getType() == ValueType.STRING) {
            redactedAttributes = maskArgumentsHiddenInBody(redactedAttributes, (String) body.getValue(),
                redactedBody.asString());
        }
        if (redactedBody == body && redactedAttributes == attributes) {
            return record;
        }
        return new RedactedLogRecordData(record, redactedBody, redactedAttributes);
    }

    /** The attributes with their string values redacted, or the same instance when none changed. */
    Attributes redactAttributes(Attributes attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return attributes;
        }
        AttributesBuilder[] copy = new AttributesBuilder[1];
        attributes.forEach((key, value) -> {
            Object redacted = redactAttribute(key, value);
            if (redacted != value && copy[0] == null) {
                copy[0] = attributes.toBuilder();
            }
            if (copy[0] != null && redacted != value) {
                put(copy[0], key, redacted);
            }
        });
        return copy[0] == null ? attributes : copy[0].build();
    }

    /**
     * An argument is often a secret only by its place in the message ({@code "password={}"}): alone it looks like any
     * word. So an argument whose text the body's redaction removed is masked whole in the arguments attribute too.
     */
    private Attributes maskArgumentsHiddenInBody(Attributes attributes, String body, String redactedBody) {
        List<String> arguments = attributes.get(AttributeKey.stringArrayKey(ARGUMENTS));
        if (arguments == null || arguments.isEmpty()) {
            return attributes;
        }
        List<String> masked = new ArrayList<>(arguments);
        boolean changed = false;
        for (int i = 0; i < masked.size(); i++) {
            String argument = masked.get(i);
            if (argument != null && !argument.isEmpty() && body.contains(argument)
                && !redactedBody.contains(argument)) {
                masked.set(i, redactor.maskValue(argument));
                changed = true;
            }
        }
        return changed ? attributes.toBuilder().put(AttributeKey.stringArrayKey(ARGUMENTS), masked).build()
            : attributes;
    }

    @SuppressWarnings("unchecked")
    private static void put(AttributesBuilder builder, AttributeKey<?> key, Object value) {
        // The redacted value has the same Java type as the original, so the key's type still holds.
        builder.put((AttributeKey<Object>) key, value);
    }

    /** One attribute value redacted; the same instance when unchanged or not textual. */
    private Object redactAttribute(AttributeKey<?> key, Object value) {
        String name = key.getKey();
        if (value instanceof String text) {
            return redactUnderKey(name, text);
        }
        if (value instanceof List<?> list) {
            return redactList(name, list);
        }
        if (value instanceof Value<?> structured) {
            // AttributeType.VALUE (SDK 1.6x): matched by the value's class, so older SDKs load this class too.
            return redactValue(name, structured);
        }
        return value;
    }

    private List<?> redactList(String name, List<?> list) {
        List<Object> copy = null;
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (element instanceof String text) {
                String redacted = redactUnderKey(name, text);
                if (redacted != text && copy == null) {
                    copy = new ArrayList<>(list);
                }
                if (copy != null) {
                    copy.set(i, redacted);
                }
            }
        }
        return copy == null ? list : List.copyOf(copy);
    }

    /**
     * A body or structured attribute value redacted: strings scanned (masked whole under a sensitive key), arrays
     * and key-value lists walked. Returns {@code value} itself when nothing changed.
     */
    Value<?> redactValue(String key, Value<?> value) {
        Object content = value.getValue();
        switch (value.getType()) {
            case STRING: {
                String text = (String) content;
                String redacted = redactUnderKey(key, text);
                return redacted == text ? value : Value.of(redacted);
            }
            case ARRAY: {
                @SuppressWarnings("unchecked")
                List<Value<?>> elements = (List<Value<?>>) content;
                List<Value<?>> copy = null;
                for (int i = 0; i < elements.size(); i++) {
                    Value<?> element = elements.get(i);
                    Value<?> redacted = redactValue(key, element);
                    if (redacted != element && copy == null) {
                        copy = new ArrayList<>(elements);
                    }
                    if (copy != null) {
                        copy.set(i, redacted);
                    }
                }
                return copy == null ? value : Value.of(copy);
            }
            case KEY_VALUE_LIST: {
                @SuppressWarnings("unchecked")
                List<KeyValue> entries = (List<KeyValue>) content;
                List<KeyValue> copy = null;
                for (int i = 0; i < entries.size(); i++) {
                    KeyValue entry = entries.get(i);
                    Value<?> redacted = redactValue(entry.getKey(), entry.getValue());
                    if (redacted != entry.getValue() && copy == null) {
                        copy = new ArrayList<>(entries);
                    }
                    if (copy != null) {
                        copy.set(i, KeyValue.of(entry.getKey(), redacted));
                    }
                }
                return copy == null ? value : Value.of(copy.toArray(new KeyValue[0]));
            }
            default:
                return value;
        }
    }

    /**
     * A string under {@code key} ({@code null} for the body), decided by the shared policy: masked whole when the key
     * names a secret, untouched under one of Logveil's own keys, else scanned.
     */
    private String redactUnderKey(String key, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return policy.valueUnderKey(key, text);
    }

    /** Exposed for the fail-closed path: a body that says only that the record was withheld. */
    Value<?> maskedBody() {
        return Value.of(redactor.mask());
    }
}
