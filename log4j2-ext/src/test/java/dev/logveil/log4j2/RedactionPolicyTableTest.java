package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.util.Map;
import java.util.TreeMap;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.core.test.junit.Named;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table of issue 12, in Log4j2: a value of several words under {@code password}, in the ThreadContext or in a
 * map message, written by every converter that can write it, in {@code RedactingPatternLayout}, in {@code %redact}
 * and in {@code RedactingJsonLayout}: no word of it may remain.
 */
@LoggerContextSource("converter-kinds.xml")
class RedactionPolicyTableTest {
    private static final String PASSPHRASE = SecretSamples.PASSPHRASE;

    private LoggerContext context;
    private ListAppender layout;
    private ListAppender converter;
    private ListAppender json;

    @BeforeEach
    void setUp(LoggerContext context, @Named("LAYOUT") ListAppender layout, @Named("CONVERTER") ListAppender converter,
            @Named("JSON") ListAppender json) {
        this.context = context;
        this.layout = layout.clear();
        this.converter = converter.clear();
        this.json = json.clear();
    }

    @AfterEach
    void clearThreadContext() {
        ThreadContext.clearAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void aThreadContextValueOfSeveralWordsUnderPasswordIsMaskedEverywhere(String appender) {
        ThreadContext.put("password", PASSPHRASE);
        ThreadContext.put("user", "bob");
        context.getLogger("table").info("hello");

        assertMaskedWhole(output(appender));
        assertThat(output(appender)).contains("bob").contains("hello");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void aStringMapMessageValueUnderPasswordIsMaskedEverywhere(String appender) {
        log(new StringMapMessage().with("password", PASSPHRASE).with("user", "bob"));

        assertMaskedWhole(output(appender));
        assertThat(output(appender)).contains("bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void aStructuredDataMessageValueUnderPasswordIsMaskedEverywhere(String appender) {
        StructuredDataMessage message = new StructuredDataMessage("login@1", "signed in", "audit");
        message.put("password", PASSPHRASE);
        message.put("user", "bob");
        log(message);

        assertMaskedWhole(output(appender));
        assertThat(output(appender)).contains("bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void anObjectMessageOfAMapIsRenderedWithItsValuesDecided(String appender) {
        Map<String, String> map = new TreeMap<>(Map.of("password", PASSPHRASE, "user", "bob",
            "key_id", SecretSamples.LUHN_DIGITS));
        log(new ObjectMessage(map));

        assertMaskedWhole(output(appender));
        assertThat(output(appender)).contains("user=bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAYOUT", "CONVERTER", "JSON"})
    void ourOwnKeysPassUntouchedInTextAndJson(String appender) {
        ThreadContext.put("key_id", SecretSamples.LUHN_DIGITS);
        ThreadContext.put("anomaly.top_key_ids", SecretSamples.LUHN_DIGITS + "=4");
        log(new StringMapMessage().with("request_id", SecretSamples.LUHN_DIGITS));

        assertThat(output(appender)).contains(SecretSamples.LUHN_DIGITS).doesNotContain("[REDACTED]");
    }

    private void log(Message message) {
        context.getLogger("table").info(message);
    }

    private String output(String appender) {
        ListAppender list = "LAYOUT".equals(appender) ? layout : "CONVERTER".equals(appender) ? converter : json;
        return String.join("", list.getMessages());
    }

    private static void assertMaskedWhole(String out) {
        for (String word : PASSPHRASE.split(" ")) {
            assertThat(out).as("a word of the value").doesNotContain(word);
        }
        assertThat(out).contains("[REDACTED]");
    }
}
