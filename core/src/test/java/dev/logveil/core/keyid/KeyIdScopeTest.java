package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyIdScopeTest {

    private static final KeyFingerprint SHA256 = KeyFingerprint.sha256(16);
    private static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    private final MapLogContext context = new MapLogContext();

    @Test
    void anOkKeyBindsItsIdOriginAndStatusAndCloseRemovesThem() {
        try (KeyIdScope scope = KeyIdScope.open(context, KEY, "header", SHA256)) {
            assertThat(scope.isOk()).isTrue();
            assertThat(scope.keyId()).isEqualTo(SHA256.of(KEY));
            assertThat(context.map).containsExactly(entry("key_id", SHA256.of(KEY)), entry("key_origin", "header"),
                entry("key_status", "ok"));
        }
        assertThat(context.map).isEmpty();
    }

    @Test
    void theTrimmedKeyIsHashed() {
        try (KeyIdScope scope = KeyIdScope.open(context, "\t" + KEY + "  ", "header", SHA256)) {
            assertThat(scope.keyId()).isEqualTo(SHA256.of(KEY));
        }
    }

    @Test
    void aKeyThatIsNotOkGetsNoIdButItsStatusAndOrigin() {
        try (KeyIdScope scope = KeyIdScope.open(context, "abc\r\ndef", "Param", SHA256)) {
            assertThat(scope.status()).isEqualTo(KeyStatus.MALFORMED);
            assertThat(scope.keyId()).isNull();
            assertThat(context.map).containsExactly(entry("key_origin", "param"), entry("key_status", "malformed"));
        }
        try (KeyIdScope scope = KeyIdScope.open(context, null, null, SHA256)) {
            assertThat(context.map).containsExactly(entry("key_origin", "unknown"), entry("key_status", "missing"));
            assertThat(scope.toString()).isEqualTo("KeyIdScope[key_status=missing, key_origin=unknown, key_id=null]");
        }
    }

    @Test
    void nestedScopesRestoreEachLevelAndAnInnerBadKeyHidesTheOuterId() {
        try (KeyIdScope outer = KeyIdScope.open(context, KEY, "header", SHA256)) {
            Map<String, String> outerFields = Map.copyOf(context.map);
            try (KeyIdScope inner = KeyIdScope.open(context, "", "cookie", SHA256)) {
                assertThat(inner.status()).isEqualTo(KeyStatus.EMPTY);
                assertThat(context.map).doesNotContainKey("key_id")
                    .contains(entry("key_origin", "cookie"), entry("key_status", "empty"));
            }
            assertThat(context.map).isEqualTo(outerFields);
        }
        assertThat(context.map).isEmpty();
    }

    @Test
    void valuesThatWereAlreadyThereSurviveAndUnrelatedKeysAreUntouched() {
        context.put("key_id", "0123456789abcdef");
        context.put("key_status", "ok");
        context.put("user", "alice");

        KeyIdScope scope = KeyIdScope.open(context, null, "header", SHA256);
        context.put("user", "bob"); // the application's own changes inside the scope are its own business
        scope.close();

        assertThat(context.map).containsOnly(entry("key_id", "0123456789abcdef"), entry("key_status", "ok"),
            entry("user", "bob"));
    }

    @Test
    void closingTwiceDoesNotRestoreTwice() {
        KeyIdScope outer = KeyIdScope.open(context, KEY, "header", SHA256);
        KeyIdScope inner = KeyIdScope.open(context, "other-key", "param", SHA256);
        inner.close();
        KeyIdScope again = KeyIdScope.open(context, "third-key", "cookie", SHA256);

        inner.close(); // a stray second close must not clobber the newer binding

        assertThat(context.get("key_id")).isEqualTo(SHA256.of("third-key"));
        again.close();
        outer.close();
        assertThat(context.map).isEmpty();
    }

    @Test
    void theRawKeyIsNeverInTheContextNorInTheScope() {
        for (String raw : new String[] {KEY, "x'; DROP TABLE keys; --", "abc\ndef", "A".repeat(10 * 1024)}) {
            try (KeyIdScope scope = KeyIdScope.open(context, raw, "header", SHA256)) {
                assertThat(String.join("|", context.map.values())).doesNotContain(raw);
                assertThat(scope.toString()).doesNotContain(raw);
            }
        }
    }

    @Test
    void theProcessWideSettingsAreUsedByDefault() {
        try (KeyIdScope scope = KeyIdScope.open(context, KEY, "header")) {
            assertThat(scope.keyId()).isEqualTo(KeyIdSettings.current().fingerprint().of(KEY));
        }
    }

    @Test
    void aRequestIdScopeBindsASafeIdOrAFreshOneAndRestoresThePrevious() {
        context.put("request_id", "outer-1");
        try (RequestIdScope scope = RequestIdScope.open(context, " req-42 ")) {
            assertThat(scope.requestId()).isEqualTo("req-42");
            assertThat(scope.isGenerated()).isFalse();
            assertThat(context.get("request_id")).isEqualTo("req-42");
            try (RequestIdScope forged = RequestIdScope.open(context, "x\r\nkey_status=ok")) {
                assertThat(forged.isGenerated()).isTrue();
                assertThat(context.get("request_id")).isEqualTo(forged.requestId()).hasSize(36);
            }
            assertThat(context.get("request_id")).isEqualTo("req-42");
        }
        assertThat(context.map).containsExactly(entry("request_id", "outer-1"));
    }
}
