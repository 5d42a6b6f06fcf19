package dev.logveil.core.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.logveil.core.internal.line.KnownStrings;
import dev.logveil.core.redact.RedactionFaultListener;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes a log event as one line of JSON (UTF-8, newline-terminated) in the schema of {@link JsonFields}, with every
 * string redacted: the message, the context and key-value entries (by {@link RedactionPolicy#valueUnderKey}: masked
 * whole when the key names a secret, untouched under Logveil's own keys such as {@code key_id}), the
 * exception message and the stack trace, and the field names themselves.
 *
 * <p>Thread-safe. Each thread reuses one jackson-core generator over one growable buffer; a generator that threw is
 * discarded. Re-entry (logging from a {@code toString()} called while this thread is writing) gets a fresh,
 * unshared generator. The output is valid JSON for any input: control characters are escaped by jackson and
 * unpaired surrogates are replaced by U+FFFD. If writing fails anyway, a minimal event with the mask as message is
 * written instead: the event is not lost and nothing raw is written.
 */
public final class JsonEventWriter {
    /** No separator between root values: each event is its own line, terminated by the writer. */
    private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

    /** The fixed field names, encoded once: jackson then copies their bytes instead of escaping them per event. */
    private static final SerializedString TIMESTAMP = new SerializedString(JsonFields.TIMESTAMP);
    private static final SerializedString VERSION = new SerializedString(JsonFields.VERSION);
    private static final SerializedString MESSAGE = new SerializedString(JsonFields.MESSAGE);
    private static final SerializedString LOGGER = new SerializedString(JsonFields.LOGGER);
    private static final SerializedString THREAD = new SerializedString(JsonFields.THREAD);
    private static final SerializedString LEVEL = new SerializedString(JsonFields.LEVEL);
    private static final SerializedString LEVEL_VALUE = new SerializedString(JsonFields.LEVEL_VALUE);
    private static final SerializedString THROWABLE_CLASS = new SerializedString(JsonFields.THROWABLE_CLASS);
    private static final SerializedString THROWABLE_MESSAGE = new SerializedString(JsonFields.THROWABLE_MESSAGE);
    private static final SerializedString STACK_TRACE = new SerializedString(JsonFields.STACK_TRACE);

    /** The largest buffer a thread keeps after an event; a larger one is dropped once the event is written. */
    static final int MAX_RETAINED_BYTES = 64 * 1024;

    private final Redactor redactor;
    /** Decides the context and key-value entries: masked whole, ours and untouched, or scanned. */
    private final RedactionPolicy policy;
    /** Static field names and values, as arrays so that writing them allocates no iterator. */
    private final SerializedString[] staticNames;
    private final String[] staticValues;
    private final ThrottledReporter faults;
    private final ThreadLocal<Slot> slots = new ThreadLocal<>();
    /**
     * Logger and thread names written as they are (clean and well-formed): the same instances come with every line,
     * so each is checked once.
     */
    private final KnownStrings plainNames = new KnownStrings();
    /**
     * Context and key-value keys written as they are (clean, well-formed, none of ours): the same key instances come
     * with every event, so each is checked once.
     */
    private final KnownStrings plainKeys = new KnownStrings();

    /**
     * Creates a writer.
     *
     * @param staticFields fields written on every event, e.g. {@code service} and {@code environment}; not redacted
     */
    public JsonEventWriter(Redactor redactor, Map<String, String> staticFields) {
        this(redactor, staticFields, RedactionFaultListener.IGNORE);
    }

    /**
     * Creates a writer that reports an event it could not write (and wrote as a minimal masked event instead) to
     * {@code faults}, at most once per {@link Redactor#FAULT_REPORT_INTERVAL_MILLIS}. The report names the
     * exception's type only: its message may quote the event.
     */
    public JsonEventWriter(Redactor redactor, Map<String, String> staticFields, RedactionFaultListener faults) {
        this.redactor = redactor;
        this.policy = RedactionPolicy.of(redactor);
        Map<String, String> fields = staticFields == null ? Map.of() : new LinkedHashMap<>(staticFields);
        this.staticNames = fields.keySet().stream().map(SerializedString::new).toArray(SerializedString[]::new);
        this.staticValues = fields.values().toArray(new String[0]);
        this.faults = new ThrottledReporter((faults == null ? RedactionFaultListener.IGNORE : faults)::redactionFailed,
            Redactor.FAULT_REPORT_INTERVAL_MILLIS);
    }

    /** The event as one JSON line, newline included. */
    public byte[] toBytes(LogEventView event) {
        Slot slot = acquire();
        try {
            writeEvent(slot, event);
            return slot.buffer.toByteArray();
        } catch (Throwable e) {
            // Errors too: a value's toString() may throw one, and the event must still be written, masked.
            slots.remove();
            return fallback(event, e);
        } finally {
            release(slot);
        }
    }

    /** The event as one JSON line, newline included. */
    public String toJson(LogEventView event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /** Writes the event as one JSON line to {@code out}, without copying it into an intermediate array. */
    public void writeTo(LogEventView event, OutputStream out) throws IOException {
        Slot slot = acquire();
        boolean written = false;
        Throwable failure = null;
        try {
            writeEvent(slot, event);
            written = true;
        } catch (Throwable e) {
            slots.remove();
            failure = e;
        } finally {
            if (written) {
                slot.buffer.writeTo(out);
            }
            release(slot);
        }
        if (!written) {
            out.write(fallback(event, failure));
        }
    }

    private void writeEvent(Slot slot, LogEventView event) throws IOException {
        JsonGenerator g = slot.generator;
        slot.buffer.reset();
        g.writeStartObject();
        g.writeFieldName(TIMESTAMP);
        int length = slot.clock.format(event.epochSecond(), event.nanoOfSecond());
        g.writeString(slot.clock.text, 0, length);
        g.writeFieldName(VERSION);
        g.writeString("1");
        writeRedacted(g, MESSAGE, event.message());
        writeName(g, LOGGER, event.loggerName());
        writeName(g, THREAD, event.threadName());
        g.writeFieldName(LEVEL);
        g.writeString(event.level());
        g.writeFieldName(LEVEL_VALUE);
        g.writeNumber(JsonFields.levelValue(event.level()));
        for (int i = 0; i < staticNames.length; i++) {
            g.writeFieldName(staticNames[i]);
            g.writeString(staticValues[i]);
        }
        EntryWriter entries = slot.entries;
        entries.generator = g;
        event.forEachContextEntry(slot.contextSink);
        event.forEachKeyValue(slot.keyValueSink);
        entries.tagsOpen = false;
        event.forEachTag(slot.tagSink);
        if (entries.tagsOpen) {
            g.writeEndArray();
        }
        String throwableClass = event.throwableClassName();
        if (throwableClass != null) {
            writeRedacted(g, THROWABLE_CLASS, throwableClass);
            writeRedacted(g, THROWABLE_MESSAGE, event.throwableMessage());
            writeRedacted(g, STACK_TRACE, event.stackTrace());
        }
        g.writeEndObject();
        g.flush();
        slot.buffer.write('\n');
    }

    private void writeRedacted(JsonGenerator g, SerializedString field, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeString(JsonText.wellFormed(redactor.redact(value)));
        }
    }

    private void writeName(JsonGenerator g, SerializedString field, String name) throws IOException {
        if (name != null) {
            g.writeFieldName(field);
            if (plainNames.contains(name)) {
                g.writeString(name);
                return;
            }
            String written = JsonText.wellFormed(redactor.redact(name));
            if (written == name) {
                plainNames.remember(name);
            }
            g.writeString(written);
        }
    }

    /** Writes context entries, key-values and tags; the callbacks cannot throw checked exceptions. */
    private final class EntryWriter {
        JsonGenerator generator;
        boolean tagsOpen;

        void writeText(String key, String value) {
            try {
                writeName(key);
                if (value == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(JsonText.wellFormed(policy.valueUnderKey(key, value)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void writeObject(String key, Object value) {
            try {
                if (value instanceof Boolean) {
                    writeName(key);
                    generator.writeBoolean((Boolean) value);
                } else if (value instanceof Number && !policy.masksWhole(key)) {
                    // Numbers are checked as text: a card number passed as a long is still a card number.
                    String text = value.toString();
                    String redacted = policy.valueUnderKey(key, text);
                    writeName(key);
                    if (redacted == text) {
                        generator.writeNumber(text);
                    } else {
                        generator.writeString(redacted);
                    }
                } else {
                    writeText(key, value == null ? null : String.valueOf(value));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void writeTag(String tag) {
            try {
                if (!tagsOpen) {
                    generator.writeArrayFieldStart(JsonFields.TAGS);
                    tagsOpen = true;
                }
                generator.writeString(JsonText.wellFormed(redactor.redact(tag)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeName(String key) throws IOException {
            if (plainKeys.contains(key)) {
                generator.writeFieldName(key);
                return;
            }
            String name = JsonText.wellFormed(redactor.redact(key == null ? "null" : key));
            String field = JsonFields.RESERVED.contains(name) ? JsonFields.COLLISION_PREFIX + name : name;
            if (field == key) {
                plainKeys.remember(key);
            }
            generator.writeFieldName(field);
        }
    }

    private Slot acquire() {
        Slot slot = slots.get();
        if (slot == null) {
            slot = new Slot();
            slots.set(slot);
        }
        if (slot.busy) {
            return new Slot();
        }
        slot.busy = true;
        return slot;
    }

    private void release(Slot slot) {
        slot.busy = false;
        // A thread keeps its slot for its lifetime: after one huge event, let the big buffer go with the slot
        // rather than hold it on every pooled thread. The next event on this thread starts a small one.
        if (slot.buffer.capacity() > MAX_RETAINED_BYTES && slots.get() == slot) {
            slots.remove();
        }
    }

    /** A minimal event written when the full one could not be: never raw text, never nothing. */
    private byte[] fallback(LogEventView event, Throwable failure) {
        faults.report("an event could not be written as JSON (" + Faults.typeOf(failure)
            + "); a minimal event with the mask as message was written instead");
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"").append(JsonFields.TIMESTAMP).append("\":\"");
        try {
            UtcTimestamp clock = new UtcTimestamp();
            sb.append(clock.text, 0, clock.format(event.epochSecond(), event.nanoOfSecond()));
        } catch (Throwable e) {
            sb.append("1970-01-01T00:00:00.000Z");
        }
        sb.append("\",\"").append(JsonFields.VERSION).append("\":\"1\",\"").append(JsonFields.MESSAGE)
            .append("\":\"").append(JsonText.escapeForFallback(redactor.mask()))
            .append("\",\"logveil_error\":\"the event could not be written as JSON\"}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One thread's reusable state. */
    private final class Slot {
        final Buffer buffer = new Buffer();
        final JsonGenerator generator;
        final UtcTimestamp clock = new UtcTimestamp();
        final EntryWriter entries = new EntryWriter();
        // Bound once: a method reference made per event would allocate on every event.
        final BiConsumer<String, String> contextSink = entries::writeText;
        final BiConsumer<String, Object> keyValueSink = entries::writeObject;
        final Consumer<String> tagSink = entries::writeTag;
        boolean busy;

        Slot() {
            try {
                generator = FACTORY.createGenerator(buffer, JsonEncoding.UTF8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A growable byte buffer that can be reset and drained without copying. Not a {@code ByteArrayOutputStream}: its
     * methods are synchronized, and a buffer that never leaves its thread would pay for a lock on every write.
     */
    private static final class Buffer extends OutputStream {
        private byte[] bytes = new byte[512];
        private int count;

        @Override
        public void write(int b) {
            ensureRoom(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            ensureRoom(len);
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }

        private void ensureRoom(int more) {
            if (more > bytes.length - count) {
                // Math.addExact: an event near 2 GB fails (and is written as the fallback) rather than overflow.
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, Math.addExact(count, more)));
            }
        }

        void reset() {
            count = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, count);
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, count);
        }

        int capacity() {
            return bytes.length;
        }
    }

    /** How many bytes a thread's buffer may keep between events (the ones of a huge event are let go). */
    int retainedBytes() {
        Slot slot = slots.get();
        return slot == null ? 0 : slot.buffer.capacity();
    }
}
