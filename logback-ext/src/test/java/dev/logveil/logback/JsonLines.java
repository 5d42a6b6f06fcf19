package dev.logveil.logback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON lines back with a strict jackson-core parser, failing the test on anything that is not valid JSON. */
final class JsonLines {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLines() {
    }

    /** Each line of {@code text} as a flat object: strings, numbers, booleans, nulls and arrays of strings. */
    static List<Map<String, Object>> parse(String text) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                objects.add(parseObject(line));
            }
        }
        return objects;
    }

    static Map<String, Object> parseObject(String line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            Map<String, Object> object = new LinkedHashMap<>();
            expect(parser.nextToken(), JsonToken.START_OBJECT, line);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (object.containsKey(name)) {
                    throw new AssertionError("duplicate field " + name + " in " + line);
                }
                object.put(name, value(parser, parser.nextToken(), line));
            }
            expect(parser.currentToken(), JsonToken.END_OBJECT, line);
            if (parser.nextToken() != null) {
                throw new AssertionError("more than one value on the line: " + line);
            }
            return object;
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + line, e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token, String line) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return parser.getBooleanValue();
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                List<Object> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t, line));
                }
                return items;
            default:
                throw new AssertionError("unexpected " + token + " in " + line);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, String line) {
        if (actual != expected) {
            throw new AssertionError("expected " + expected + " but found " + actual + " in " + line);
        }
    }
}
