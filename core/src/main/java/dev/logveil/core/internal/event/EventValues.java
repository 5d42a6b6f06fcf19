package dev.logveil.core.internal.event;

import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the parts of a log event that appenders read themselves are redacted, for adapters that forward a redacted copy
 * of an event (Logback's {@code RedactingAppender}, Log4j2's {@code RedactingRewritePolicy}). Each method returns its
 * input itself when nothing in it holds a secret, so a clean event costs no copy.
 */
public final class EventValues {
    private EventValues() {
    }

    /**
     * A value under a named key (an MDC or ThreadContext entry, a key-value pair): untouched under one of the keys
     * Logveil writes itself ({@link RedactionPolicy#isOwnKey}), masked whole when the key names a secret, otherwise
     * its text redacted. Numbers, booleans and clean values come back as they are.
     */
    public static Object underKey(String key, Object value, Redactor redactor) {
        if (value == null || RedactionPolicy.isOwnKey(key)) {
            return value;
        }
        if (key != null && redactor.isSensitiveKey(key)) {
            return redactor.maskValue(String.valueOf(value));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = String.valueOf(value);
        String redacted = redactor.redact(text);
        return redacted == text ? value : redacted;
    }

    /** A string map (MDC, ThreadContext) with each value redacted as {@link #underKey}; the same map when clean. */
    public static Map<String, String> contextMap(Map<String, String> map, Redactor redactor) {
        if (map == null || map.isEmpty()) {
            return map;
        }
        Map<String, String> copy = null;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            String value = entry.getValue();
            Object redacted = underKey(entry.getKey(), value, redactor);
            if (redacted != value && copy == null) {
                copy = new LinkedHashMap<>(map);
            }
            if (copy != null) {
                copy.put(entry.getKey(), (String) redacted);
            }
        }
        return copy == null ? map : copy;
    }

    /**
     * The message arguments of an event whose formatted message was {@code formatted} and is {@code redacted} once
     * redacted. An argument whose text is no longer whole in the redacted message was (part of) a secret there, even
     * when it looks harmless alone ({@code "password={}"} with {@code hunter2}), so it is masked; the others are
     * redacted on their own. The same array when nothing changed.
     */
    public static Object[] arguments(Object[] arguments, String formatted, String redacted, Redactor redactor) {
        if (arguments == null || arguments.length == 0) {
            return arguments;
        }
        Object[] copy = null;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            Object result = argument;
            if (argument != null && !(argument instanceof Throwable)) {
                String text = String.valueOf(argument);
                if (redacted != formatted && !redacted.contains(text)) {
                    result = redactor.maskValue(text);
                } else {
                    result = underKey(null, argument, redactor);
                }
            }
            if (result != argument && copy == null) {
                copy = arguments.clone();
            }
            if (copy != null) {
                copy[i] = result;
            }
        }
        return copy == null ? arguments : copy;
    }
}
