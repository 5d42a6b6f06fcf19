package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyOriginTest {

    @Test
    void aLowercaseWordIsKeptAsTheSameInstance() {
        String origin = "header";

        assertThat(KeyOrigin.normalise(origin)).isSameAs(origin);
    }

    @ParameterizedTest
    @CsvSource({"Header,header", "' cookie ',cookie", "X-API-Key,x-api-key", "basic_auth,basic_auth",
        "QUERY,query"})
    void wordsAreTrimmedAndLowerCased(String origin, String expected) {
        assertThat(KeyOrigin.normalise(origin)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "header\nkey_status=ok", "header key_status=ok", "param\"", "-header", "oauth2",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "AKIAIOSFODNN7EXAMPLE", "averyveryverylongoriginword",
        "en-tête", "\u001b[31m",
    })
    void anythingButAShortWordBecomesOther(String origin) {
        assertThat(KeyOrigin.normalise(origin)).isEqualTo(KeyOrigin.OTHER);
    }

    @Test
    void noOriginIsUnknown() {
        assertThat(KeyOrigin.normalise(null)).isEqualTo(KeyOrigin.UNKNOWN);
        assertThat(KeyOrigin.normalise(" \t")).isEqualTo(KeyOrigin.UNKNOWN);
    }
}
