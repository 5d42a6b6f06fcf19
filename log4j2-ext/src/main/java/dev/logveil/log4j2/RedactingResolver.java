package dev.logveil.log4j2;

import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolver;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MultiformatMessage;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.IndexedReadOnlyStringMap;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * Runs a JsonTemplateLayout resolver so that what it writes holds no secret, deciding as early as the resolver allows:
 *
 * <ul>
 *   <li>{@code mdc} and {@code map}: the resolver reads an event whose keyed values core's {@link RedactionPolicy}
 *       has decided ({@link DecidedEvents}): masked whole under a sensitive key, untouched under Logveil's own keys
 *       ({@code key_id}, {@code request_id}, {@code anomaly.*}), scanned otherwise. Scanning the rendered object
 *       instead would take a {@code key_id} of sixteen Luhn-valid digits for a card.</li>
 *   <li>{@code message} of plain text: the message is redacted before the resolver JSON-escapes it, so an escaped
 *       line break cannot hide a key ({@code checked\npassword=...}) from the detectors.</li>
 *   <li>everything else (exceptions, {@code pattern}, {@code ndc}, object and multi-format messages): the JSON it
 *       appended is redacted in place in the writer's buffer; a {@code pattern} resolver (GCP's template writes the
 *       message with {@code %m}) reads the message redacted first, as above.</li>
 * </ul>
 *
 * <p>Nothing is allocated when the event holds no secret (and its context map is indexed, Log4j2's default), so the
 * layout stays garbage-free where it is; an event with a secret is copied.
 *
 * <p>The redactor understands JSON-escaped text and quoted values, so a replacement stays inside its string. As a
 * safety net the unescaped quotes of a range redacted in place are counted before and after: if a replacement changed
 * them (or the redactor failed), the whole range is replaced by the mask as a JSON string, and the line stays valid
 * JSON.
 */
final class RedactingResolver implements EventResolver {
    private final TemplateResolver<LogEvent> delegate;
    private final Redactor redactor;
    private final RedactionPolicy policy;
    private final boolean maskWhole;
    private final Carrier carrier;
    private final String maskString;

    RedactingResolver(TemplateResolver<LogEvent> delegate, Redactor redactor, boolean maskWhole, Carrier carrier) {
        this.delegate = delegate;
        this.redactor = redactor;
        this.policy = RedactionPolicy.of(redactor);
        this.maskWhole = maskWhole && !delegate.isFlattening();
        this.carrier = carrier;
        this.maskString = '"' + redactor.mask().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** What the wrapped resolver reads, and so how early its values can be decided. */
    enum Carrier {
        /** The {@code mdc} resolver: the context map. */
        CONTEXT,
        /** The {@code map} resolver: a {@code MapMessage}'s entries. */
        MAP_MESSAGE,
        /** The {@code message} resolver. */
        MESSAGE,
        /** The {@code pattern} resolver: its output is redacted as text, but its message is redacted first. */
        PATTERN,
        /** Any other resolver: its JSON output is redacted as text. */
        OTHER;

        /** The carrier of the resolver named {@code resolverName}. */
        static Carrier of(String resolverName) {
            if ("mdc".equals(resolverName)) {
                return CONTEXT;
            }
            if ("map".equals(resolverName)) {
                return MAP_MESSAGE;
            }
            if ("pattern".equals(resolverName)) {
                return PATTERN;
            }
            return "message".equals(resolverName) ? MESSAGE : OTHER;
        }
    }

    @Override
    public boolean isFlattening() {
        return delegate.isFlattening();
    }

    @Override
    public boolean isResolvable() {
        return delegate.isResolvable();
    }

    @Override
    public boolean isResolvable(LogEvent event) {
        return delegate.isResolvable(event);
    }

    @Override
    public void resolve(LogEvent event, JsonWriter jsonWriter) {
        resolve(event, jsonWriter, false, false);
    }

    @Override
    public void resolve(LogEvent event, JsonWriter jsonWriter, boolean succeedingEntry) {
        resolve(event, jsonWriter, true, succeedingEntry);
    }

    private void resolve(LogEvent event, JsonWriter jsonWriter, boolean flattening, boolean succeedingEntry) {
        StringBuilder buffer = jsonWriter.getStringBuilder();
        int start = buffer.length();
        LogEvent decided = maskWhole ? null : decidedBeforeWriting(event, buffer);
        if (decided != null) {
            // The policy decided every value the resolver reads: what it writes needs no second look.
            delegateResolve(decided, jsonWriter, flattening, succeedingEntry);
            return;
        }
        LogEvent messageFirst = carrier == Carrier.PATTERN && !maskWhole ? decidedMessage(event, buffer) : null;
        delegateResolve(messageFirst == null ? event : messageFirst, jsonWriter, flattening, succeedingEntry);
        redactAppended(buffer, start);
    }

    private void delegateResolve(LogEvent event, JsonWriter jsonWriter, boolean flattening, boolean succeedingEntry) {
        if (flattening) {
            delegate.resolve(event, jsonWriter, succeedingEntry);
        } else {
            delegate.resolve(event, jsonWriter);
        }
    }

    /**
     * The event to hand the resolver when the policy can decide, before writing, every value it reads ({@code event}
     * itself when none changes); {@code null} when its output must be redacted as text instead.
     */
    private LogEvent decidedBeforeWriting(LogEvent event, StringBuilder scratch) {
        switch (carrier) {
            case CONTEXT:
                return hasOnlyStringValues(event.getContextData())
                    ? DecidedEvents.decide(event, policy, true, false) : null;
            case MAP_MESSAGE:
                return event.getMessage() instanceof MapMessage ? DecidedEvents.decide(event, policy, false, true)
                    : null;
            case MESSAGE:
                return decidedMessage(event, scratch);
            default:
                return null;
        }
    }

    /**
     * For a message the {@code message} resolver writes as plain text, the event with that text redacted before the
     * resolver escapes it. The text is formatted at the end of the writer's buffer and taken away again, so a clean
     * message allocates nothing. Object and multi-format messages, which the resolver may write as JSON values, are
     * left to the text path, except a {@code MapMessage}, whose entries the policy decides.
     */
    private LogEvent decidedMessage(LogEvent event, StringBuilder scratch) {
        Message message = event.getMessage();
        if (message instanceof MapMessage) {
            return DecidedEvents.decide(event, policy, false, true);
        }
        if (message == null || message instanceof MultiformatMessage || message instanceof ObjectMessage) {
            return null;
        }
        int start = scratch.length();
        try {
            if (message instanceof StringBuilderFormattable) {
                ((StringBuilderFormattable) message).formatTo(scratch);
            } else {
                scratch.append(message.getFormattedMessage());
            }
            if (!redactor.redact(scratch, start)) {
                return event;
            }
            return DecidedEvents.withMessage(event, new SimpleMessage(scratch.substring(start)));
        } finally {
            scratch.setLength(start);
        }
    }

    /** Whether every value of {@code context} is a string (or null), so that the policy decides them all. */
    private static boolean hasOnlyStringValues(ReadOnlyStringMap context) {
        if (context == null || context.isEmpty()) {
            return true;
        }
        if (context instanceof IndexedReadOnlyStringMap) {
            IndexedReadOnlyStringMap indexed = (IndexedReadOnlyStringMap) context;
            for (int i = 0; i < indexed.size(); i++) {
                if (!isStringOrNull(indexed.getValueAt(i))) {
                    return false;
                }
            }
            return true;
        }
        // Not indexed (Log4j2 2.24+ adapts the default ThreadContext map per event): that path allocates anyway.
        boolean[] onlyStrings = {true};
        context.forEach(RedactingResolver::noteNonString, onlyStrings);
        return onlyStrings[0];
    }

    private static void noteNonString(String key, Object value, boolean[] onlyStrings) {
        if (!isStringOrNull(value)) {
            onlyStrings[0] = false;
        }
    }

    private static boolean isStringOrNull(Object value) {
        return value == null || value instanceof String;
    }

    private void redactAppended(StringBuilder buffer, int start) {
        int end = buffer.length();
        if (end == start || isNull(buffer, start, end)) {
            return;
        }
        if (maskWhole) {
            buffer.setLength(start);
            buffer.append(maskString);
            return;
        }
        int quotesBefore = unescapedQuotes(buffer, start, end);
        int newEnd = redactor.redactRange(buffer, start, end);
        if (newEnd != end && unescapedQuotes(buffer, start, newEnd) != quotesBefore) {
            // Fail closed and keep the JSON valid: a flattened range becomes one field, any other a string.
            buffer.setLength(start);
            if (delegate.isFlattening()) {
                buffer.append("\"redacted\":");
            }
            buffer.append(maskString);
        }
    }

    private static boolean isNull(StringBuilder buffer, int start, int end) {
        return end - start == 4 && buffer.charAt(start) == 'n' && buffer.charAt(start + 1) == 'u'
            && buffer.charAt(start + 2) == 'l' && buffer.charAt(start + 3) == 'l';
    }

    private static int unescapedQuotes(StringBuilder buffer, int start, int end) {
        int quotes = 0;
        for (int i = start; i < end; i++) {
            char c = buffer.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quotes++;
            }
        }
        return quotes;
    }
}
