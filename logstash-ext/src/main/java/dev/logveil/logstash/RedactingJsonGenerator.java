package dev.logveil.logstash;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonGeneratorDelegate;

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
    public JsonGenerator writeString(String text) {
        String redacted = text == null ? null : masker.redactedOrNull(fieldName(), text);
        delegate.writeString(redacted == null ? text : redacted);
        return this;
    }

    @Override
    public JsonGenerator writeString(char[] text, int offset, int length) {
        String redacted = masker.redactedOrNull(fieldName(), new String(text, offset, length));
        if (redacted == null) {
            delegate.writeString(text, offset, length);
        } else {
            delegate.writeString(redacted);
        }
        return this;
    }

    @Override
    public JsonGenerator writeString(SerializableString text) {
        String redacted = masker.redactedOrNull(fieldName(), text.getValue());
        if (redacted == null) {
            delegate.writeString(text);
        } else {
            delegate.writeString(redacted);
        }
        return this;
    }

    @Override
    public JsonGenerator writeUTF8String(byte[] text, int offset, int length) {
        String redacted = masker.redactedOrNull(fieldName(), new String(text, offset, length, StandardCharsets.UTF_8));
        if (redacted == null) {
            delegate.writeUTF8String(text, offset, length);
        } else {
            delegate.writeString(redacted);
        }
        return this;
    }

    private String fieldName() {
        TokenStreamContext context = delegate.streamWriteContext();
        return context == null ? null : context.currentName();
    }
}
