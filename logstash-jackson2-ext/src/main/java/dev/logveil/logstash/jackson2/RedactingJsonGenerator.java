package dev.logveil.logstash.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The generator {@link RedactingJsonGeneratorDecorator} hands LLE: every string value passes through the masker's
 * policy on its way to the real generator, and a clean one is written as it came, without a copy.
 */
final class RedactingJsonGenerator extends JsonGeneratorDelegate {
    private final RedactingValueMasker masker;

    RedactingJsonGenerator(JsonGenerator delegate, RedactingValueMasker masker) {
        // false: copy methods (copyCurrentEvent, ...) run through this class's write methods, so they are redacted too.
        super(delegate, false);
        this.masker = masker;
    }

    @Override
    public void writeString(String text) throws IOException {
        String redacted = text == null ? null : masker.redactedOrNull(fieldName(), text);
        delegate.writeString(redacted == null ? text : redacted);
    }

    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        String redacted = masker.redactedOrNull(fieldName(), new String(text, offset, length));
        if (redacted == null) {
            delegate.writeString(text, offset, length);
        } else {
            delegate.writeString(redacted);
        }
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
        String value = text.getValue();
        String redacted = masker.redactedOrNull(fieldName(), value);
        if (redacted == null) {
            delegate.writeString(text);
        } else {
            delegate.writeString(redacted);
        }
    }

    @Override
    public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
        String redacted = masker.redactedOrNull(fieldName(), new String(text, offset, length, StandardCharsets.UTF_8));
        if (redacted == null) {
            delegate.writeUTF8String(text, offset, length);
        } else {
            delegate.writeString(redacted);
        }
    }

    private String fieldName() {
        JsonStreamContext context = delegate.getOutputContext();
        return context == null ? null : context.getCurrentName();
    }
}
