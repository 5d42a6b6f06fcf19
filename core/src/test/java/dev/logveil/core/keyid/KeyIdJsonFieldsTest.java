package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logveil.core.internal.json.JsonEventWriter;
import dev.logveil.core.internal.json.LogEventView;
import dev.logveil.core.redact.Redactor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The shared JSON event writer (behind both adapters' JSON encoders) carries the key-id fields as top-level JSON
 * fields, unredacted, exactly as the scopes bound them.
 */
class KeyIdJsonFieldsTest {

    private static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    private final JsonEventWriter writer = new JsonEventWriter(Redactor.defaults(), Map.of());
    private final MapLogContext context = new MapLogContext();

    @Test
    void theBoundFieldsAreTopLevelJsonFields() throws IOException {
        Map<String, String> fields;
        String requestId;
        String keyId;
        try (RequestIdScope request = RequestIdScope.open(context, null);
             KeyIdScope key = KeyIdScope.open(context, KEY, "header")) {
            requestId = request.requestId();
            keyId = key.keyId();
            fields = topLevelStrings(writer.toJson(new ContextOnlyEvent(context.map, "auth.key_rejected")));
        }

        assertThat(fields).containsEntry(KeyIdFields.KEY_ID, keyId).containsEntry(KeyIdFields.KEY_ORIGIN, "header")
            .containsEntry(KeyIdFields.KEY_STATUS, "ok").containsEntry(KeyIdFields.REQUEST_ID, requestId)
            .containsEntry("message", "auth.key_rejected");
        assertThat(fields.values()).doesNotContain(KEY);
    }

    @Test
    void aMalformedKeyLeavesOnlyItsStatusAndOrigin() throws IOException {
        Map<String, String> fields;
        try (KeyIdScope key = KeyIdScope.open(context, "\"},\"key_status\":\"ok", "param")) {
            fields = topLevelStrings(writer.toJson(new ContextOnlyEvent(context.map, key.status().event())));
        }

        assertThat(fields).doesNotContainKey(KeyIdFields.KEY_ID).containsEntry(KeyIdFields.KEY_STATUS, "malformed")
            .containsEntry(KeyIdFields.KEY_ORIGIN, "param").containsEntry("message", "auth.key_malformed");
    }

    /** The top-level string fields of one JSON object; nested values are skipped. */
    private static Map<String, String> topLevelStrings(String json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken().isStructStart()) {
                    parser.skipChildren();
                } else {
                    fields.put(name, parser.getText());
                }
            }
        }
        return fields;
    }

    /** An event with a message and a context map only, as an adapter would present one. */
    private static final class ContextOnlyEvent implements LogEventView {
        private final Map<String, String> context;
        private final String message;

        ContextOnlyEvent(Map<String, String> context, String message) {
            this.context = Map.copyOf(context);
            this.message = message;
        }

        @Override
        public long epochSecond() {
            return 1_767_225_600L;
        }

        @Override
        public int nanoOfSecond() {
            return 0;
        }

        @Override
        public String level() {
            return "WARN";
        }

        @Override
        public String loggerName() {
            return "com.example.ApiKeyFilter";
        }

        @Override
        public String threadName() {
            return "main";
        }

        @Override
        public String message() {
            return message;
        }

        @Override
        public void forEachContextEntry(BiConsumer<String, String> action) {
            context.forEach(action);
        }

        @Override
        public void forEachKeyValue(BiConsumer<String, Object> action) {
        }

        @Override
        public void forEachTag(Consumer<String> action) {
        }

        @Override
        public String throwableClassName() {
            return null;
        }

        @Override
        public String throwableMessage() {
            return null;
        }

        @Override
        public String stackTrace() {
            return null;
        }
    }
}
