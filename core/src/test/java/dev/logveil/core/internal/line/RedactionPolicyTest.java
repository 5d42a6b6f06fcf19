package dev.logveil.core.internal.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.redact.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionPolicyTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    /** Sixteen digits that pass the Luhn check: a card to the detectors, a key_id to us. */
    private static final String LUHN_DIGITS = "4111111111111111";

    private final RedactionPolicy policy = RedactionPolicy.of(Redactor.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"password", "api_key", "apiKey", "token", "client_secret"})
    void valueUnderSensitiveKeyIsMaskedWhole(String key) {
        assertThat(policy.valueUnderKey(key, PASSPHRASE)).isEqualTo("[REDACTED]");
        assertThat(policy.valueUnderKey(key, "a\nb, c=d}")).isEqualTo("[REDACTED]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"key_id", "key_origin", "key_status", "request_id", AnomalyContextKeys.TOP_KEY_IDS,
        AnomalyContextKeys.STATE, AnomalyContextKeys.RATE})
    void valuesUnderOurOwnKeysAreUntouched(String key) {
        assertThat(RedactionPolicy.isOwnKey(key)).isTrue();
        String value = LUHN_DIGITS;
        assertThat(policy.valueUnderKey(key, value)).isSameAs(value);
        assertThat(policy.masksWhole(key)).isFalse();
    }

    @Test
    void theLoggerNameOfAlertsIsNoKey() {
        assertThat(RedactionPolicy.isOwnKey(AnomalyContextKeys.LOGGER)).isFalse();
        assertThat(RedactionPolicy.isOwnKey("user")).isFalse();
        assertThat(RedactionPolicy.isOwnKey(null)).isFalse();
    }

    @Test
    void valueUnderAnOrdinaryKeyIsScanned() {
        String clean = "shipped to Berlin";
        assertThat(policy.valueUnderKey("note", clean)).isSameAs(clean);
        assertThat(policy.valueUnderKey("note", "card " + LUHN_DIGITS)).doesNotContain(LUHN_DIGITS);
        assertThat(policy.valueUnderKey(null, "Authorization: Bearer abcdefghijklmnop1234"))
            .doesNotContain("abcdefghijklmnop1234");
        assertThat(policy.valueUnderKey("note", null)).isNull();
    }

    @Test
    void entriesAreRenderedWithEachValueDecided() {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("password", PASSPHRASE);
        entries.put("key_id", LUHN_DIGITS);
        entries.put("user", "bob");
        StringBuilder out = new StringBuilder("x");
        policy.appendEntries(entries.entrySet(), RedactionPolicy.EntryFormat.JAVA_MAP, out);
        assertThat(out).hasToString("x{password=[REDACTED], key_id=" + LUHN_DIGITS + ", user=bob}");
        out.setLength(0);
        policy.appendEntries(entries.entrySet(), RedactionPolicy.EntryFormat.keyValuePairs("\""), out);
        assertThat(out).hasToString("password=\"[REDACTED]\" key_id=\"" + LUHN_DIGITS + "\" user=\"bob\"");
        out.setLength(0);
        policy.appendEntries(entries.entrySet(), RedactionPolicy.EntryFormat.COMMA_LIST, out);
        assertThat(out).hasToString("password=[REDACTED], key_id=" + LUHN_DIGITS + ", user=bob");
    }

    @Test
    void aJavaMapIsRenderedAsItsToStringWouldBeOnlyWhenItUsesAbstractMapsRendering() {
        Map<String, String> map = new TreeMap<>(Map.of("password", PASSPHRASE, "user", "bob"));
        assertThat(policy.javaMap(map)).isEqualTo("{password=[REDACTED], user=bob}");
        assertThat(policy.javaMap(Map.of("password", PASSPHRASE))).isEqualTo("{password=[REDACTED]}");
        Map<String, String> custom = new TreeMap<>(map) {
            @Override
            public String toString() {
                return "custom";
            }
        };
        assertThat(policy.javaMap(custom)).isNull();
        assertThat(policy.javaMap(null)).isNull();
    }

    @Test
    void textKindsAreScannedAndInertTextIsNot() {
        String secret = "login password=hunter2";
        assertThat(policy.text(OutputKind.FREE_TEXT, secret)).isEqualTo("login password=[REDACTED]");
        assertThat(policy.text(OutputKind.EXCEPTION, secret)).isEqualTo("login password=[REDACTED]");
        assertThat(policy.text(OutputKind.INERT, secret)).isSameAs(secret);
    }

    @Test
    void escapingFollowsTheKindAndOnlyWhenTheGuardIsOn() {
        RedactionPolicy guarded = new RedactionPolicy(Redactor.defaults(), true);
        StringBuilder sb = new StringBuilder("a\nb");
        assertThat(guarded.escape(OutputKind.FREE_TEXT, sb, 0, 3)).isEqualTo(4);
        assertThat(sb).hasToString("a\\nb");
        sb = new StringBuilder("a\nb");
        assertThat(guarded.escape(OutputKind.INERT, sb, 0, 3)).isEqualTo(3);
        assertThat(guarded.escape(OutputKind.LITERAL, sb, 0, 3)).isEqualTo(3);
        assertThat(policy.escape(OutputKind.FREE_TEXT, sb, 0, 3)).isEqualTo(3);
        assertThat(sb).hasToString("a\nb");
    }

    @Test
    void aLiteralIsScannedWithItsNeighboursOnlyWhenItCouldBeTheKeyOfASecret() {
        assertThat(policy.literalTrust(" | ")).isEqualTo(SegmentTrust.INERT);
        assertThat(policy.literalTrust("api_key=")).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(policy.literalTrust(" password: ")).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(policy.literalTrust(" | user=")).isEqualTo(SegmentTrust.KNOWN_CLEAN);
        assertThat(policy.literalTrust("id ")).isEqualTo(SegmentTrust.KNOWN_CLEAN);
    }
}
