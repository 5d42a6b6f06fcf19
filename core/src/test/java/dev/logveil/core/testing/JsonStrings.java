package dev.logveil.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a value as the JSON string literal a JSON exporter (OTLP/JSON, a JSON layout) would write, for contract
 * harnesses whose output is structured: there a line break inside a value is escaped and forges no line, and a harness
 * that joined the raw values with line breaks would misrepresent the output.
 */
public final class JsonStrings {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonStrings() {
    }

    /** {@code value} as a quoted, escaped JSON string ({@code null} as {@code null}). */
    public static String quote(String value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
