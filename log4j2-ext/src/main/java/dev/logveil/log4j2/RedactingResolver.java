package dev.logveil.log4j2;

import dev.logveil.core.redact.Redactor;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolver;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * Runs a JsonTemplateLayout resolver and redacts, in place in the writer's buffer, the JSON it appended: a string, an
 * object (a whole MDC), the fields of a flattened object, or a stack trace. Nothing is allocated when the output
 * holds no secret, so the layout stays garbage-free where it is.
 *
 * <p>The redactor understands JSON-escaped text and quoted values, so a replacement stays inside its string. As a
 * safety net the unescaped quotes of the range are counted before and after: if a replacement changed them (or the
 * redactor failed), the whole range is replaced by the mask as a JSON string, and the line stays valid JSON.
 */
final class RedactingResolver implements EventResolver {
    private final TemplateResolver<LogEvent> delegate;
    private final Redactor redactor;
    private final boolean maskWhole;
    private final String maskString;

    RedactingResolver(TemplateResolver<LogEvent> delegate, Redactor redactor, boolean maskWhole) {
        this.delegate = delegate;
        this.redactor = redactor;
        this.maskWhole = maskWhole && !delegate.isFlattening();
        this.maskString = '"' + redactor.mask().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
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
        StringBuilder buffer = jsonWriter.getStringBuilder();
        int start = buffer.length();
        delegate.resolve(event, jsonWriter);
        redactAppended(buffer, start);
    }

    @Override
    public void resolve(LogEvent event, JsonWriter jsonWriter, boolean succeedingEntry) {
        StringBuilder buffer = jsonWriter.getStringBuilder();
        int start = buffer.length();
        delegate.resolve(event, jsonWriter, succeedingEntry);
        redactAppended(buffer, start);
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
