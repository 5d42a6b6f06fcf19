package dev.logveil.log4j2;

import dev.logveil.core.internal.line.RedactionPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.IndexedReadOnlyStringMap;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;

/**
 * Hands Log4j2's own converters an event whose keyed values core's {@link RedactionPolicy} has already decided, so
 * that every converter that reads them, however deeply it is wrapped ({@code %equals{%X{password}}{}{-}},
 * {@code %maxLen{%K{token}}{8}}), writes the decided value and never the raw one:
 *
 * <ul>
 *   <li>the ThreadContext map, each value by {@link RedactionPolicy#valueUnderKey};</li>
 *   <li>the entries of a {@link MapMessage} ({@code StringMapMessage}, {@code StructuredDataMessage}), the same way,
 *       in a message of the same type;</li>
 *   <li>an {@link ObjectMessage} of a {@code java.util.Map}, rendered as its {@code toString()} would be, each
 *       value decided.</li>
 * </ul>
 *
 * <p>An event with nothing to change is returned as it is, and deciding it allocates nothing when its context map
 * is indexed (Log4j2's default); an event with something to change is copied.
 */
final class DecidedEvents {
    private DecidedEvents() {
    }

    /**
     * {@code event} itself when the policy changes none of its keyed values; otherwise a copy with them decided.
     *
     * @param context whether to decide the context map (a converter reads it)
     * @param message whether to decide the message's entries (a converter reads them)
     */
    static LogEvent decide(LogEvent event, RedactionPolicy policy, boolean context, boolean message) {
        StringMap decidedContext = context ? decidedContext(event.getContextData(), policy) : null;
        Message decidedMessage = message ? decidedMessage(event.getMessage(), policy) : null;
        return decidedContext == null && decidedMessage == null ? event
            : copy(event, decidedContext, decidedMessage);
    }

    /** A copy of {@code event} with {@code message} in place of its own. */
    static LogEvent withMessage(LogEvent event, Message message) {
        return copy(event, null, message);
    }

    private static LogEvent copy(LogEvent event, StringMap context, Message message) {
        Log4jLogEvent.Builder copy = new Log4jLogEvent.Builder(event);
        if (context != null) {
            copy.setContextData(context);
        }
        if (message != null) {
            copy.setMessage(message);
        }
        return copy.build();
    }

    /** The context map with its values decided, or {@code null} when no value changes. */
    private static StringMap decidedContext(ReadOnlyStringMap context, RedactionPolicy policy) {
        if (context == null || context.isEmpty()) {
            return null;
        }
        if (context instanceof IndexedReadOnlyStringMap) {
            IndexedReadOnlyStringMap indexed = (IndexedReadOnlyStringMap) context;
            for (int i = 0; i < indexed.size(); i++) {
                Object value = indexed.getValueAt(i);
                if (value instanceof String && policy.valueUnderKey(indexed.getKeyAt(i), (String) value) != value) {
                    return copyDecided(context, policy);
                }
            }
            return null;
        }
        Map<String, String> map = context.toMap();
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (policy.valueUnderKey(entry.getKey(), entry.getValue()) != entry.getValue()) {
                return copyDecided(context, policy);
            }
        }
        return null;
    }

    private static StringMap copyDecided(ReadOnlyStringMap context, RedactionPolicy policy) {
        StringMap copy = new SortedArrayStringMap(context.size());
        context.forEach((key, value) -> copy.putValue(key, value instanceof String
            ? policy.valueUnderKey(key, (String) value) : value));
        return copy;
    }

    /** The message with its keyed values decided, or {@code null} when it has none that change. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Message decidedMessage(Message message, RedactionPolicy policy) {
        if (message instanceof MapMessage) {
            MapMessage map = (MapMessage) message;
            IndexedReadOnlyStringMap entries = map.getIndexedReadOnlyStringMap();
            for (int i = 0; i < entries.size(); i++) {
                Object value = entries.getValueAt(i);
                String text = value == null ? null : String.valueOf(value);
                if (text != null && policy.valueUnderKey(entries.getKeyAt(i), text) != text) {
                    return map.newInstance(decidedEntries(entries, policy));
                }
            }
            return null;
        }
        String rendered = objectMapText(message, policy);
        return rendered == null ? null : new SimpleMessage(rendered);
    }

    private static Map<String, Object> decidedEntries(IndexedReadOnlyStringMap entries, RedactionPolicy policy) {
        Map<String, Object> decided = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Object value = entries.getValueAt(i);
            String key = entries.getKeyAt(i);
            if (value == null) {
                decided.put(key, null);
            } else {
                String text = String.valueOf(value);
                String result = policy.valueUnderKey(key, text);
                decided.put(key, result == text ? value : result);
            }
        }
        return decided;
    }

    /** The text of an {@link ObjectMessage} of a map, its values decided; {@code null} for any other message. */
    static String objectMapText(Message message, RedactionPolicy policy) {
        if (message instanceof ObjectMessage && message.getParameters() != null
                && message.getParameters().length == 1 && message.getParameters()[0] instanceof Map) {
            return policy.javaMap((Map<?, ?>) message.getParameters()[0]);
        }
        return null;
    }
}
