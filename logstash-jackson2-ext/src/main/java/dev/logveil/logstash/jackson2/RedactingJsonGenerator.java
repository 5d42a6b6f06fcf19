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
    public void writeString(String text) throws IOException {
        String redacted = text == null ? null : masker.redactedOrNull(fieldName(), text);
        delegate.writeString(redacted == null ? text : redacted);
    }

    /**
     * LLE writes some values (timestamps, for one) from char arrays: they are scanned in a reused per-thread buffer,
     * so a clean one is written from the array, with no String made for it.
     */
    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        if (masker.isOwnField(fieldName())) {
            delegate.writeString(text, offset, length);
            return;
        }
        if (masker.isSensitiveField(fieldName())) {
            delegate.writeString(masker.maskedOrNull(fieldName(), new String(text, offset, length)));
            return;
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

    /**
     * Strings go through {@link #writeString(String)}; numbers, booleans and null to LLE's own fast path for simple
     * values; anything else is serialized through this generator, so the strings inside it are redacted too.
     */
    @Override
    public void writeObject(Object value) throws IOException {
        if (value instanceof String) {
            writeString((String) value);
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            delegate.writeObject(value);
        } else {
            super.writeObject(value);
        }
    }

    @Override
    public void writePOJO(Object value) throws IOException {
        writeObject(value);
    }

    private String fieldName() {
        JsonStreamContext context = delegate.getOutputContext();
        return context == null ? null : context.getCurrentName();
    }
}
