package dev.logveil.core.redact;

import java.util.Arrays;
import java.util.Locale;

/**
 * Decides whether a key names a secret, without allocating: first by whole names (the built-in exact names, the
 * user's {@code sensitiveKeys} and {@code nonSensitiveKeys}), then by the words the key is made of
 * ({@link KeyWords}). Whole names are normalised (ASCII lower case, everything but letters and digits dropped), so
 * {@code session_id}, {@code session-id} and {@code SessionId} are one name.
 *
 * <p>Names are stored reversed in a trie and a key is walked from its last character to its first. That gives two
 * kinds of entry in one walk: an <em>exact</em> name must be the whole key; an <em>any suffix</em> (a user's
 * {@code *name}) may end a key anywhere. An <em>exempt</em> name (a user's {@code nonSensitiveKeys}) is never
 * sensitive, whatever its words say.
 */
final class KeyNameTable {
    /** Set in a {@link #lookup} result for a weak name ({@code key}, {@code auth}): the value decides. */
    static final int WEAK = 1 << 16;
    private static final int ALPHABET = 36;
    /** The trie symbol of each ASCII letter, case folded; -1 for everything else. */
    private static final byte[] LETTERS = new byte[128];

    static {
        java.util.Arrays.fill(LETTERS, (byte) -1);
        for (char c = 'a'; c <= 'z'; c++) {
            LETTERS[c] = (byte) (c - 'a');
            LETTERS[Character.toUpperCase(c)] = (byte) (c - 'a');
        }
    }
    private static final int NONE = -1;

    private int[] children = new int[ALPHABET * 64];
    private int[] exact = new int[64];
    private int[] anySuffix = new int[64];
    private boolean[] exempt = new boolean[64];
    private int size;
    private final KeyWords words;
    /**
     * The filter of {@link #canEndKey}: the last three letters of every name and of every word the rule reacts to
     * ({@code [letter][letter][letter]} folded to lower case), two for two-letter words and names.
     */
    private final boolean[] endTriples = new boolean[ALPHABET * ALPHABET * ALPHABET];
    private final boolean[] endPairs = new boolean[ALPHABET * ALPHABET];
    /** {@link #endTriples} as bits, read on the hot path: 6 KiB stay in the cache where 46 KiB of booleans do not. */
    private long[] tripleBits = new long[0];
    /** The second filter, asked when {@link #tripleBits} lets a key through; see {@link KeyWords#markLongEnding}. */
    private final long[] quadBits = new long[KeyWords.QUAD_FILTER_WORDS];
    private final long[] threeLetterNames = new long[KeyWords.TRIPLE_WORDS];
    /** Whether a name of one letter (after trailing digits) is in the table: the filter then asks the trie. */
    private boolean shortNames;

    /** A table of whole names only. */
    KeyNameTable() {
        this(null);
    }

    /** A table of whole names that falls back on the word rule of {@code words}. */
    KeyNameTable(KeyWords words) {
        this.words = words;
        size = 0;
        newNode();
        if (words != null) {
            words.copyEndings(endTriples, endPairs, quadBits, threeLetterNames);
        }
        packTriples();
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
            markEnding(name, 2);
        }
    }

    /** Adds a name that may end a longer key anywhere (a user's {@code *name}). */
    void addAnySuffix(String name, BuiltInDetector detector) {
        int node = insert(name);
        if (node != NONE) {
            anySuffix[node] = detector.ordinal();
            exact[node] = detector.ordinal();
            // A suffix ends keys of any length: shorter than three letters, the filter cannot tell it by its ending.
            markEnding(name, 3);
        }
    }

    /** Adds a whole key that is never sensitive (a user's {@code nonSensitiveKeys}). */
    void addExempt(String name) {
        int node = insert(name);
        if (node != NONE) {
            exempt[node] = true;
        }
    }

    /**
     * A cheap first test before the look-back: whether the characters just before the operator at {@code op} (past
     * padding and a closing quote) can end a sensitive key. Most colons and equals signs in a log line (times,
     * ratios, {@code status=}, {@code items=}) follow characters that end no such key.
     */
    boolean canEndKey(char[] s, int from, int op) {
        int last = op - 1;
        if (last - 2 >= from) {
            // The common case, a key of letters right before the operator: one table load per letter and one bit.
            // Small enough for the JIT to inline into the pre-scan.
            char c = s[last];
            char b = s[last - 1];
            char a = s[last - 2];
            if ((a | b | c) < 128) {
                int z = LETTERS[c];
                int y = LETTERS[b];
                int x = LETTERS[a];
                if ((x | y | z) >= 0) {
                    int triple = (x * ALPHABET + y) * ALPHABET + z;
                    boolean endsLikeAWord = (tripleBits[triple >>> 6] & (1L << triple)) != 0
                        && fourthLetterAgrees(s, from, last, triple);
                    return endsLikeAWord || (shortNames && endsName(s, from, last));
                }
            }
        }
        return canEndKeyPaddedOrQuoted(s, from, op);
    }

    /**
     * The second filter, for a key whose last three letters passed the first: whether the letter before them, if it
     * is one, still lets the key end in a word the rule reacts to. Rejects {@code sort} (like {@code passwort}) and
     * {@code region} (like {@code session}) before the look-back and the look-up.
     */
    private boolean fourthLetterAgrees(char[] s, int from, int last, int triple) {
        if (last - 3 < from || (threeLetterNames[triple >>> 6] & (1L << triple)) != 0) {
            return true;
        }
        char before = s[last - 3];
        int w = before < 128 ? LETTERS[before] : -1;
        if (w < 0) {
            // The key's last word may be just these three letters.
            return true;
        }
        int quad = KeyWords.quadIndex(w, LETTERS[s[last - 2]], LETTERS[s[last - 1]], LETTERS[s[last]]);
        return (quadBits[quad >>> 6] & (1L << quad)) != 0;
    }

    /** {@link #canEndKey} past padding, a closing quote, digits or separators. */
    private boolean canEndKeyPaddedOrQuoted(char[] s, int from, int op) {
        int k = op - 1;
        while (k >= from && (s[k] == ' ' || s[k] == '\t') && op - k <= KeyValueScanner.MAX_KEY_PADDING) {
            k--;
        }
        if (k >= from && (s[k] == '"' || s[k] == '\'')) {
            k--;
            if (k >= from && s[k] == '\\') {
                k--;
            }
        }
        return k >= from && mayEndKey(s, from, k);
    }

    /**
     * Whether the key that ends at {@code last} can be sensitive, judged by its last three letters (trailing digits
     * and separators skipped: {@code password2}, {@code token_2}). Keys such as {@code request_id}, {@code path}
     * and {@code status} fail here, before any look-up. When a separator falls inside the last three characters
     * ({@code session_id}), the trie of whole names is asked.
     */
    private boolean mayEndKey(char[] s, int from, int last) {
        if (last - 2 >= from) {
            // The common case, three letters: one table load each and one bit.
            char c = s[last];
            char b = s[last - 1];
            char a = s[last - 2];
            if ((a | b | c) < 128) {
                int z = LETTERS[c];
                int y = LETTERS[b];
                int x = LETTERS[a];
                if ((x | y | z) >= 0) {
                    int triple = (x * ALPHABET + y) * ALPHABET + z;
                    boolean endsLikeAWord = (tripleBits[triple >>> 6] & (1L << triple)) != 0
                        && fourthLetterAgrees(s, from, last, triple);
                    return endsLikeAWord || (shortNames && endsName(s, from, last));
                }
            }
        }
        return mayEndKeyAfterDigitsOrSeparators(s, from, last);
    }

    /** {@link #mayEndKey} for keys that end in digits or separators, or have one within their last three. */
    private boolean mayEndKeyAfterDigitsOrSeparators(char[] s, int from, int last) {
        int k = last;
        while (k >= from && Chars.isDigit(s[k])) {
            k--;
        }
        while (k >= from && k < last && (s[k] == '_' || s[k] == '-' || s[k] == '.')) {
            k--;
        }
        if (k < from) {
            return false;
        }
        int third = KeyWords.symbol(s[k]);
        if (third < 0) {
            return false;
        }
        if (k == from || KeyWords.symbol(s[k - 1]) < 0) {
            // A one-letter last word ("x_a"): only a whole name with a separator there can end so.
            return endsName(s, from, k);
        }
        if (Chars.isDigit(s[k - 1])) {
            return shortNames && endsName(s, from, k);
        }
        int second = KeyWords.symbol(s[k - 1]);
        char before = k - 2 >= from ? s[k - 2] : ' ';
        if (KeyWords.symbol(before) >= 0 && !Chars.isDigit(before)) {
            int triple = (KeyWords.symbol(before) * ALPHABET + second) * ALPHABET + third;
            return (tripleBits[triple >>> 6] & (1L << triple)) != 0 || (shortNames && endsName(s, from, k));
        }
        if (endPairs[second * ALPHABET + third]) {
            return true;
        }
        // "session_id": a separator inside the last three characters, which the whole names may span.
        boolean separator = before == '_' || before == '-' || before == '.';
        return (separator || shortNames) && endsName(s, from, k);
    }

    /**
     * Whether the name characters ending at {@code last} can end a whole name in the table: the reversed trie is
     * walked for at most three of them, so {@code request_id} is told from {@code session_id} before any look-up.
     */
    private boolean endsName(char[] s, int from, int last) {
        int k = last;
        int node = 0;
        for (int depth = 0; depth < 3; depth++) {
            k = skipSeparators(s, from, k);
            if (k < from) {
                return false;
            }
            int symbol = KeyWords.symbol(s[k]);
            node = symbol < 0 ? NONE : children[node * ALPHABET + symbol];
            if (node == NONE) {
                return false;
            }
            if (exact[node] != NONE || anySuffix[node] != NONE) {
                return true;
            }
            k--;
        }
        return true;
    }

    /** Adds {@code name}'s ending to the filter; a name shorter than {@code shortest} letters makes it ask the trie. */
    private void markEnding(String name, int shortest) {
        String normalised = normalise(name);
        KeyWords.markEnding(normalised, endTriples, endPairs);
        KeyWords.markLongEnding(normalised, quadBits, threeLetterNames);
        packTriples();
        int letters = normalised.length();
        while (letters > 0 && Character.isDigit(normalised.charAt(letters - 1))) {
            letters--;
        }
        if (letters < shortest) {
            shortNames = true;
        }
    }

    private void packTriples() {
        long[] bits = new long[(endTriples.length + 63) / 64];
        for (int i = 0; i < endTriples.length; i++) {
            if (endTriples[i]) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        tripleBits = bits;
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
     * @return the ordinal of the detector the key belongs to, with {@link #WEAK} set for a weak name; or -1 when the
     *     key is not sensitive
     */
    int lookup(char[] s, int start, int end) {
        ScanCounter.examined(end - start);
        int node = 0;
        int found = NONE;
        boolean whole = true;
        boolean consumedAny = false;
        for (int p = end - 1; p >= start; p--) {
            int symbol = KeyWords.symbol(s[p]);
            if (symbol < 0) {
                continue;
            }
            node = children[node * ALPHABET + symbol];
            if (node == NONE) {
                whole = false;
                break;
            }
            consumedAny = true;
            if (anySuffix[node] != NONE) {
                found = anySuffix[node];
            }
        }
        if (whole && consumedAny) {
            if (exempt[node]) {
                return NONE;
            }
            if (exact[node] != NONE) {
                return exact[node];
            }
        }
        if (found != NONE || words == null) {
            return found;
        }
        switch (words.classify(s, start, end)) {
            case KeyWords.SECRET:
                return BuiltInDetector.SENSITIVE_KEY.ordinal();
            case KeyWords.WEAK:
                return BuiltInDetector.SENSITIVE_KEY.ordinal() | WEAK;
            case KeyWords.AUTHORIZATION:
                return BuiltInDetector.AUTHORIZATION.ordinal();
            default:
                return NONE;
        }
    }

    private int insert(String name) {
        String normalised = normalise(name);
        if (normalised.isEmpty()) {
            return NONE;
        }

        int node = 0;
        for (int i = normalised.length() - 1; i >= 0; i--) {
            int symbol = KeyWords.symbol(normalised.charAt(i));
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
            anySuffix = grow(anySuffix, capacity);
            exempt = Arrays.copyOf(exempt, capacity);
        } else if (size == 0) {
            Arrays.fill(children, NONE);
            Arrays.fill(exact, NONE);
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
