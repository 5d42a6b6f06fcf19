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
    /** Above this capacity a thread's buffer is dropped after use, so one huge value does not stay in memory. */
    private static final int MAX_SCRATCH = 16 * 1024;
    private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(StringBuilder::new);

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

    /**
     * LLE writes some values (timestamps, for one) from char arrays: they are scanned in a reused per-thread buffer,
     * so a clean one is written from the array, with no String made for it.
     */
    @Override
    public JsonGenerator writeString(char[] text, int offset, int length) {
        if (masker.isOwnField(fieldName())) {
            delegate.writeString(text, offset, length);
            return this;
        }
        if (masker.isSensitiveField(fieldName())) {
            delegate.writeString(masker.maskedOrNull(fieldName(), new String(text, offset, length)));
            return this;
        }
        StringBuilder scratch = SCRATCH.get();
        scratch.setLength(0);
        scratch.append(text, offset, length);
        if (masker.redactInPlace(scratch)) {
            delegate.writeString(scratch.toString());
        } else {
            delegate.writeString(text, offset, length);
        }
        if (scratch.capacity() > MAX_SCRATCH) {
            SCRATCH.remove();
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

    /**
     * Strings go through {@link #writeString(String)}; numbers, booleans and null to LLE's own fast path for simple
     * values; anything else is serialized through this generator, so the strings inside it are redacted too.
     */
    @Override
    public JsonGenerator writePOJO(Object value) {
        if (value instanceof String) {
            return writeString((String) value);
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            delegate.writePOJO(value);
            return this;
        }
        return super.writePOJO(value);
    }

    private String fieldName() {
        TokenStreamContext context = delegate.streamWriteContext();
        return context == null ? null : context.currentName();
    }
}
