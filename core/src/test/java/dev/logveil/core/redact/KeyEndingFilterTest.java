package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The pre-scan's key filter ({@link KeyNameTable#canEndKey}): it must let through every key the key rule finds
 * sensitive, in every spelling, and should stop the common keys whose last three letters merely look like a secret
 * word's ({@code sort} like {@code passwort}, {@code region} like {@code session}).
 */
class KeyEndingFilterTest {
    private static final KeyNameTable KEYS = ScanEngine.buildKeyTable(List.of("apiPin", "tk"), List.of("vaultcode"),
        List.of());

    @Test
    void everySensitiveKeyPassesTheFilter() {
        int sensitive = 0;
        for (String key : spellings()) {
            char[] s = (key + "=").toCharArray();
            if (KEYS.lookup(s, 0, key.length()) >= 0) {
                sensitive++;
                assertThat(KEYS.canEndKey(s, 0, key.length())).as(key).isTrue();
                char[] quoted = ("\"" + key + "\" :").toCharArray();
                assertThat(KEYS.canEndKey(quoted, 0, quoted.length - 1)).as(key + " quoted").isTrue();
            }
        }
        // The spellings must reach the sensitive keys in numbers, or this test proves nothing.
        assertThat(sensitive).isGreaterThan(1000);
    }

    @Test
    void keysThatOnlyEndLikeASecretWordAreStopped() {
        for (String key : List.of("sort", "region", "passport", "abort", "Legion", "fashion", "cohort", "resort")) {
            char[] s = (key + "=").toCharArray();
            assertThat(KEYS.lookup(s, 0, key.length())).as(key).isNegative();
            assertThat(KEYS.canEndKey(s, 0, key.length())).as(key).isFalse();
        }
    }

    /** Every default name and word, alone and after other words, in lower, upper, camel and snake case. */
    private static List<String> spellings() {
        List<String> words = new ArrayList<>();
        for (List<String> list : List.of(DefaultKeyNames.EXACT, DefaultKeyNames.SECRET_WORDS,
            DefaultKeyNames.SECRET_WORD_ENDINGS, DefaultKeyNames.KEY_QUALIFIERS, DefaultKeyNames.WEAK_WORDS,
            DefaultKeyNames.NEUTRAL_WORDS, DefaultKeyNames.AUTHORIZATION_WORDS, DefaultKeyNames.AZURE_STORAGE,
            DefaultKeyNames.AZURE_SAS, DefaultKeyNames.AWS_SIGNING, List.of("key", "keys", "apiPin", "tk",
                "vaultcode"))) {
            words.addAll(list);
        }
        List<String> keys = new ArrayList<>();
        for (String head : words) {
            for (String tail : List.of("", "Key", "_key", "Value", "_value", "New", "2", "Base", "key")) {
                for (String prefix : List.of("", "db", "db_", "my", "app.", "client", "PG", "x-", "Access")) {
                    String key = prefix + head + tail;
                    keys.add(key);
                    keys.add(key.toUpperCase(Locale.ROOT));
                    keys.add(key.toLowerCase(Locale.ROOT));
                    keys.add(prefix + Character.toUpperCase(head.charAt(0)) + head.substring(1) + tail);
                }
            }
        }
        return keys;
    }
}
