package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyCheckTest {

    @Test
    void nullIsMissing() {
        assertThat(KeyCheck.classify(null)).isEqualTo(KeyStatus.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "  \t  "})
    void nothingButSpacesAndTabsIsEmpty(String key) {
        assertThat(KeyCheck.classify(key)).isEqualTo(KeyStatus.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "AKIAIOSFODNN7EXAMPLE",
        "dGhpcyBpcyBhIGJhc2U2NCBrZXk=",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "a.b~c+d/e-f_g=h",
        "x",
        "  padded-key\t",
    })
    void wellFormedKeysAreOk(String key) {
        assertThat(KeyCheck.classify(key)).isEqualTo(KeyStatus.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "abc\ndef", "abc\r\nX-Injected: yes", "key\u0000", "\u001b[31mred", "abc\n", "\u007fdel",
        "clé", "ключ", "鍵", "key\u00a0nbsp", "\uD83D\uDD11",
        "abc\"def", "abc'def", "' OR '1'='1", "x'; DROP TABLE keys; --", "key with spaces",
        "key;other", "a,b", "<script>", "${jndi:ldap://x}", "%0d%0a", "key=\"v\"",
    })
    void keysWithCharactersOutsideTheAlphabetAreMalformed(String key) {
        assertThat(KeyCheck.classify(key)).isEqualTo(KeyStatus.MALFORMED);
    }

    @Test
    void aKeyLongerThanTheMaximumIsMalformed() {
        assertThat(KeyCheck.classify("k".repeat(KeyCheck.MAX_LENGTH))).isEqualTo(KeyStatus.OK);
        assertThat(KeyCheck.classify(" " + "k".repeat(KeyCheck.MAX_LENGTH) + " ")).isEqualTo(KeyStatus.OK);
        assertThat(KeyCheck.classify("k".repeat(KeyCheck.MAX_LENGTH + 1))).isEqualTo(KeyStatus.MALFORMED);
        assertThat(KeyCheck.classify("A".repeat(10 * 1024))).isEqualTo(KeyStatus.MALFORMED);
    }

    @Test
    void statusesRenderLowercaseWithTheirStandardEvent() {
        assertThat(KeyStatus.OK).hasToString("ok");
        assertThat(KeyStatus.MALFORMED.value()).isEqualTo("malformed");
        assertThat(KeyStatus.MISSING.event()).isEqualTo("auth.key_missing");
        assertThat(KeyStatus.EMPTY.event()).isEqualTo("auth.key_empty");
        assertThat(KeyStatus.MALFORMED.event()).isEqualTo("auth.key_malformed");
    }

    @Property(tries = 500)
    void anyKeyMadeOfTheAlphabetIsOk(
        @ForAll @StringLength(min = 1, max = 200) @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z')
        @CharRange(from = '0', to = '9') @Chars({'-', '_', '=', '.', '~', '+', '/'}) String key) {
        assertThat(KeyCheck.classify(key)).isEqualTo(KeyStatus.OK);
    }

    @Property(tries = 500)
    void oneForeignCharacterAnywhereMakesAKeyMalformed(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'z')
                                                       String key, @ForAll char foreign, @ForAll boolean atEnd) {
        Assume.that(!KeyCheck.isKeyChar(foreign) && foreign != ' ' && foreign != '\t');
        String withForeign = atEnd ? key + foreign : foreign + key;

        assertThat(KeyCheck.classify(withForeign)).isEqualTo(KeyStatus.MALFORMED);
    }
}
