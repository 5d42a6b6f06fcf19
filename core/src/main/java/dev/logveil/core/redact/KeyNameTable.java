package dev.logveil.core.redact;

import java.util.Arrays;
import java.util.Locale;

/**
 * The sensitive key names, matched without allocating. Key names are normalised (ASCII lower case, {@code _ - .}
 * dropped) so {@code api_key}, {@code api-key}, {@code apiKey} and {@code APIKEY} are one key.
 *
 * <p>Names are stored reversed in a trie and a key is walked from its last character to its first. That gives three
 * kinds of entry in one walk: an <em>exact</em> name must be the whole key ({@code key}, {@code token}); a
 * <em>word suffix</em> may also end a longer key at a word boundary ({@code password} matches {@code db_password},
 * {@code keyStorePassword} and {@code spring.datasource.password} but not {@code passwordPolicy}); an
 * <em>any suffix</em> (a user's {@code *name}) may end a key anywhere.
 */
final class KeyNameTable {
    private static final int ALPHABET = 36;
    private static final int NONE = -1;

    private int[] children = new int[ALPHABET * 64];
    private int[] exact = new int[64];
    private int[] wordSuffix = new int[64];
    private int[] anySuffix = new int[64];
    private int size;

    KeyNameTable() {
        size = 0;
        newNode();
    }

    /** Normalises a key name for storage: lower case, separators and anything outside [a-z0-9] dropped. */
    static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Adds a name that must be the whole key; the value belongs to detector {@code detector}. */
    void addExact(String name, BuiltInDetector detector) {
        int node = insert(name);
        if (node != NONE) {
            exact[node] = detector.ordinal();
        }
    }

    /** Adds a name that may also end a longer key at a word boundary. */
    void addWordSuffix(String name, BuiltInDetector detector) {
        int node = insert(name);
        if (node != NONE) {
            wordSuffix[node] = detector.ordinal();
            exact[node] = detector.ordinal();
        }
    }

    /** Adds a name that may end a longer key anywhere (a user's {@code *name}). */
    void addAnySuffix(String name, BuiltInDetector detector) {
        int node = insert(name);
        if (node != NONE) {
            anySuffix[node] = detector.ordinal();
            exact[node] = detector.ordinal();
        }
    }

    /**
     * A cheap first test before the look-back: whether the last two name characters just before the operator at
     * {@code op} (past padding and a closing quote) can end any name in the table. Most colons and equals signs in a
     * log line (times, ratios, {@code status=}, {@code items=}) follow characters that end no sensitive name.
     */
    boolean canEndKey(char[] s, int from, int op) {
        int k = op - 1;
        while (k >= from && (s[k] == ' ' || s[k] == '\t') && op - k <= 4) {
            k--;
        }
        if (k >= from && (s[k] == '"' || s[k] == '\'')) {
            k--;
            if (k >= from && s[k] == '\\') {
                k--;
            }
        }
        k = skipSeparators(s, from, k);
        if (k < from) {
            return false;
        }
        int symbol = symbol(s[k]);
        int node = symbol < 0 ? NONE : children[symbol];
        if (node == NONE) {
            return false;
        }
        if (exact[node] != NONE || anySuffix[node] != NONE) {
            return true;
        }
        k = skipSeparators(s, from, k - 1);
        if (k < from) {
            return false;
        }
        symbol = symbol(s[k]);
        return symbol >= 0 && children[node * ALPHABET + symbol] != NONE;
    }

    private static int skipSeparators(char[] s, int from, int k) {
        while (k >= from && (s[k] == '_' || s[k] == '-' || s[k] == '.')) {
            k--;
        }
        return k;
    }

    /**
     * Looks up the key {@code s[start, end)} (raw, not normalised).
     *
     * @return the ordinal of the detector the key belongs to, or -1 when the key is not sensitive
     */
    int lookup(char[] s, int start, int end) {
        ScanCounter.examined(end - start);
        int node = 0;
        int found = NONE;
        boolean consumedAny = false;
        for (int p = end - 1; p >= start; p--) {
            char c = s[p];
            int symbol = symbol(c);
            if (symbol < 0) {
                if (c == '_' || c == '-' || c == '.') {
                    continue;
                }
                return found;
            }
            node = children[node * ALPHABET + symbol];
            if (node == NONE) {
                return found;
            }
            consumedAny = true;
            if (anySuffix[node] != NONE) {
                found = anySuffix[node];
            }
            if (wordSuffix[node] != NONE && isWordStart(s, start, p)) {
                found = wordSuffix[node];
            }
        }
        if (consumedAny && exact[node] != NONE) {
            return exact[node];
        }
        return found;
    }

    private static boolean isWordStart(char[] s, int start, int p) {
        if (p == start) {
            return true;
        }
        char previous = s[p - 1];
        if (previous == '_' || previous == '-' || previous == '.') {
            return true;
        }
        char current = s[p];
        boolean currentUpper = current >= 'A' && current <= 'Z';
        boolean previousLowerOrDigit = (previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9');
        return currentUpper && previousLowerOrDigit;
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        return -1;
    }

    private int insert(String name) {
        String normalised = normalise(name);
        if (normalised.isEmpty()) {
            return NONE;
        }
        int node = 0;
        for (int i = normalised.length() - 1; i >= 0; i--) {
            int symbol = symbol(normalised.charAt(i));
            int child = children[node * ALPHABET + symbol];
            if (child == NONE) {
                child = newNode();
                children[node * ALPHABET + symbol] = child;
            }
            node = child;
        }
        return node;
    }

    private int newNode() {
        if (size == exact.length) {
            int capacity = size * 2;
            children = Arrays.copyOf(children, capacity * ALPHABET);
            Arrays.fill(children, size * ALPHABET, capacity * ALPHABET, NONE);
            exact = grow(exact, capacity);
            wordSuffix = grow(wordSuffix, capacity);
            anySuffix = grow(anySuffix, capacity);
        } else if (size == 0) {
            Arrays.fill(children, NONE);
            Arrays.fill(exact, NONE);
            Arrays.fill(wordSuffix, NONE);
            Arrays.fill(anySuffix, NONE);
        }
        return size++;
    }

    private static int[] grow(int[] array, int capacity) {
        int oldLength = array.length;
        int[] grown = Arrays.copyOf(array, capacity);
        Arrays.fill(grown, oldLength, capacity, NONE);
        return grown;
    }
}
