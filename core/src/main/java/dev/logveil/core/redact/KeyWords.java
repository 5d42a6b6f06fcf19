package dev.logveil.core.redact;

import java.util.Arrays;
import java.util.List;

/**
 * The key-name rule: a key is split into the words it is made of and judged by them, so that {@code PGPASSWORD},
 * {@code spring.datasource.password}, {@code clientSecret} and {@code x-auth-token} are secrets while
 * {@code token_count}, {@code max_tokens}, {@code password_min_length} and {@code keyboard} are not.
 *
 * <p>Words are split at separators (anything but an ASCII letter or digit), at a lower-to-upper case change
 * ({@code refreshToken}), before the last capital of an acronym ({@code APIKey}) and between letters and digits. The
 * key's <em>head</em> is its last word, past any neutral words ({@code SECRET_KEY_BASE}); English compounds name
 * what their last word names. A key is sensitive when its head is a secret word (or a word ending in one, for
 * {@code PGPASSWORD}), or {@code key} after a qualifier ({@code api_key}), and no counter word stands before it
 * ({@code max_tokens}). A weak word alone ({@code key}, {@code auth}, {@code pass}, {@code session}) is reported as
 * weak: its value decides. The word lists are in {@link DefaultKeyNames}.
 *
 * <p>Allocation-free: words are read backwards from the key's end, straight from the scanned text, and looked up in
 * a trie of reversed words.
 */
final class KeyWords {
    /** {@link #classify} result: the key is not sensitive. */
    static final int NOT_SENSITIVE = 0;
    /** {@link #classify} result: the key names a secret. */
    static final int SECRET = 1;
    /** {@link #classify} result: a weak name, decided by its value. */
    static final int WEAK = 2;
    /** {@link #classify} result: an authorization header name. */
    static final int AUTHORIZATION = 3;

    private static final int IS_SECRET = 1;
    private static final int IS_SECRET_ENDING = 1 << 1;
    private static final int IS_KEY = 1 << 2;
    private static final int IS_KEY_QUALIFIER = 1 << 3;
    private static final int IS_WEAK = 1 << 4;
    private static final int IS_NEUTRAL = 1 << 5;
    private static final int IS_COUNTER = 1 << 6;
    private static final int IS_AUTHORIZATION = 1 << 7;

    private static final int ALPHABET = 36;
    /** Longs in the hashed filter of four-letter endings: 32 Ki bits, so a hundred endings rarely collide. */
    static final int QUAD_FILTER_WORDS = 512;
    /** Longs in a bit set of all three-symbol strings. */
    static final int TRIPLE_WORDS = (ALPHABET * ALPHABET * ALPHABET + 63) / 64;
    private static final int NONE = -1;

    /** The built-in lists; immutable once built, shared by every redactor. */
    static final KeyWords DEFAULT = new KeyWords();

    private int[] children = new int[ALPHABET * 128];
    private int[] bits = new int[128];
    private int size;
    /** Whether a key's last three letters (case-folded) can end a word the rule reacts to. */
    private final boolean[] endTriples = new boolean[ALPHABET * ALPHABET * ALPHABET];
    /** The same for two-letter words ("is"), whose first letter starts the key's last word. */
    private final boolean[] endPairs = new boolean[ALPHABET * ALPHABET];
    /** The sharper second filter: see {@link #markLongEnding}. */
    private final long[] endQuads = new long[QUAD_FILTER_WORDS];
    private final long[] threeLetterWords = new long[TRIPLE_WORDS];

    private KeyWords() {
        Arrays.fill(children, NONE);
        size = 1;
        add(DefaultKeyNames.SECRET_WORDS, IS_SECRET);
        add(DefaultKeyNames.SECRET_WORD_ENDINGS, IS_SECRET | IS_SECRET_ENDING);
        add(List.of("key", "keys"), IS_KEY);
        add(DefaultKeyNames.KEY_QUALIFIERS, IS_KEY_QUALIFIER);
        add(DefaultKeyNames.WEAK_WORDS, IS_WEAK);
        add(DefaultKeyNames.NEUTRAL_WORDS, IS_NEUTRAL);
        add(DefaultKeyNames.COUNTER_WORDS, IS_COUNTER);
        add(DefaultKeyNames.AUTHORIZATION_WORDS, IS_AUTHORIZATION);
        // "the password is: v" reaches the key rule through the verb before the colon.
        for (String verb : List.of("is", "was", "are")) {
            markEnding(verb);
        }
    }

    /**
     * Judges the key {@code s[start, end)} by its words.
     *
     * @return {@link #SECRET}, {@link #WEAK}, {@link #AUTHORIZATION} or {@link #NOT_SENSITIVE}
     */
    int classify(char[] s, int start, int end) {
        int p = end;
        // 0: looking for the head; 1: saw "key", its qualifier must come next; 2: head found.
        int state = 0;
        int verdict = NOT_SENSITIVE;
        boolean firstWord = true;
        while (true) {
            while (p > start && symbol(s[p - 1]) < 0) {
                p--;
            }
            if (p == start) {
                break;
            }
            int wordEnd = p;
            int wordStart = wordStart(s, start, p - 1);
            p = wordStart;
            int word = wordBits(s, wordStart, wordEnd);
            boolean last = firstWord;
            boolean alone = last && isOnlyWord(s, start, wordStart);
            firstWord = false;
            if (state == 2) {
                if ((word & IS_COUNTER) != 0) {
                    return NOT_SENSITIVE;
                }
                continue;
            }
            if (state == 1) {
                if ((word & (IS_KEY_QUALIFIER | IS_SECRET)) == 0) {
                    return NOT_SENSITIVE;
                }
                state = 2;
                verdict = SECRET;
                continue;
            }
            if ((word & IS_AUTHORIZATION) != 0 && last) {
                state = 2;
                verdict = AUTHORIZATION;
            } else if (alone && (word & IS_WEAK) != 0) {
                return WEAK;
            } else if ((word & IS_SECRET) != 0 || isPrefixedPass(word, s, wordStart, wordEnd)) {
                state = 2;
                verdict = SECRET;
            } else if ((word & IS_KEY) != 0) {
                state = 1;
            } else if ((word & IS_NEUTRAL) == 0) {
                return NOT_SENSITIVE;
            }
        }
        return state == 2 ? verdict : NOT_SENSITIVE;
    }

    /**
     * Whether the key {@code s[start, end)} names an identifier ({@code trace_id}, {@code order_id}) and no card:
     * a number under it is not masked as a card number.
     */
    static boolean namesAnId(char[] s, int start, int end) {
        boolean id = false;
        int p = end;
        while (true) {
            while (p > start && symbol(s[p - 1]) < 0) {
                p--;
            }
            if (p == start) {
                return id;
            }
            int wordStart = wordStart(s, start, p - 1);
            if (isOneOf(s, wordStart, p, DefaultKeyNames.CARD_WORDS)) {
                return false;
            }
            id |= isOneOf(s, wordStart, p, DefaultKeyNames.ID_WORDS);
            p = wordStart;
        }
    }

    private static boolean isOneOf(char[] s, int from, int to, List<String> words) {
        for (String word : words) {
            if (word.length() == to - from && Chars.startsWithIgnoreCase(s, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    /** Copies the endings of the words the rule reacts to into a key table's filter (see {@link KeyNameTable}). */
    void copyEndings(boolean[] triples, boolean[] pairs, long[] quads, long[] threes) {
        for (int i = 0; i < quads.length; i++) {
            quads[i] |= endQuads[i];
        }
        for (int i = 0; i < threes.length; i++) {
            threes[i] |= threeLetterWords[i];
        }
        for (int i = 0; i < triples.length; i++) {
            triples[i] |= endTriples[i];
        }
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] |= endPairs[i];
        }
    }

    /** Marks the last three letters (two for a two-letter word) of {@code normalised}, trailing digits skipped. */
    static void markEnding(String normalised, boolean[] triples, boolean[] pairs) {
        int last = normalised.length() - 1;
        while (last > 0 && Character.isDigit(normalised.charAt(last))) {
            last--;
        }
        if (last == 1) {
            pairs[symbol(normalised.charAt(0)) * ALPHABET + symbol(normalised.charAt(1))] = true;
        } else if (last >= 2) {
            triples[(symbol(normalised.charAt(last - 2)) * ALPHABET + symbol(normalised.charAt(last - 1)))
                * ALPHABET + symbol(normalised.charAt(last))] = true;
        }
    }

    private void markEnding(String normalised) {
        markEnding(normalised, endTriples, endPairs);
        markLongEnding(normalised, endQuads, threeLetterWords);
    }

    /**
     * Marks what the three-letter filter cannot tell: the last four letters of a word of four or more (trailing
     * digits skipped), hashed into {@code quads}, and the whole of a word of exactly three letters in {@code threes}.
     * A key that ends in four letters can be sensitive only if they end such a word ({@code sort} ends like
     * {@code passwort} in three letters, not in four), or if its last word is a three-letter word after a case change
     * ({@code dbPwd}, {@code accessKey}).
     */
    static void markLongEnding(String normalised, long[] quads, long[] threes) {
        int last = normalised.length() - 1;
        while (last > 0 && Character.isDigit(normalised.charAt(last))) {
            last--;
        }
        if (last == 2) {
            int triple = (symbol(normalised.charAt(0)) * ALPHABET + symbol(normalised.charAt(1))) * ALPHABET
                + symbol(normalised.charAt(2));
            threes[triple >>> 6] |= 1L << triple;
        } else if (last >= 3) {
            int quad = quadIndex(symbol(normalised.charAt(last - 3)), symbol(normalised.charAt(last - 2)),
                symbol(normalised.charAt(last - 1)), symbol(normalised.charAt(last)));
            quads[quad >>> 6] |= 1L << quad;
        }
    }

    /** The filter bit of four symbols: a multiplicative hash into {@link #QUAD_FILTER_WORDS} longs. */
    static int quadIndex(int a, int b, int c, int d) {
        int quad = ((a * ALPHABET + b) * ALPHABET + c) * ALPHABET + d;
        return (quad * 0x9E3779B1) >>> (32 - 15);
    }

    /** "pass" after another word is a password ({@code DB_PASS}, {@code SMTP_PASS}); alone it is weak. */
    private static boolean isPrefixedPass(int word, char[] s, int wordStart, int wordEnd) {
        return (word & IS_WEAK) != 0 && wordEnd - wordStart == 4 && Chars.startsWithIgnoreCase(s, wordStart, wordEnd,
            "pass");
    }

    private static boolean isOnlyWord(char[] s, int start, int wordStart) {
        for (int i = wordStart - 1; i >= start; i--) {
            if (symbol(s[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The start of the word whose last character is at {@code last}. */
    private static int wordStart(char[] s, int start, int last) {
        int q = last;
        while (q > start) {
            char c = s[q];
            char previous = s[q - 1];
            if (symbol(previous) < 0 || Chars.isDigit(c) != Chars.isDigit(previous)) {
                return q;
            }
            boolean upper = c >= 'A' && c <= 'Z';
            boolean previousUpper = previous >= 'A' && previous <= 'Z';
            if (upper && !previousUpper) {
                return q;
            }
            // "APIKey": the K starts a word although an upper case letter precedes it.
            if (!upper && previousUpper && q - 2 >= start && s[q - 2] >= 'A' && s[q - 2] <= 'Z') {
                return q - 1;
            }
            q--;
        }
        return q;
    }

    /** The class bits of the word {@code s[from, to)}, with {@link #IS_SECRET} when it ends in a secret ending. */
    private int wordBits(char[] s, int from, int to) {
        ScanCounter.examined(to - from);
        if (Chars.isDigit(s[from])) {
            return IS_NEUTRAL;
        }
        int node = 0;
        boolean endsInSecret = false;
        for (int p = to - 1; p >= from; p--) {
            node = children[node * ALPHABET + symbol(s[p])];
            if (node == NONE) {
                return endsInSecret ? IS_SECRET : 0;
            }
            endsInSecret |= (bits[node] & IS_SECRET_ENDING) != 0;
        }
        return bits[node] | (endsInSecret ? IS_SECRET : 0);
    }

    private void add(List<String> words, int wordBits) {
        for (String word : words) {
            String normalised = KeyNameTable.normalise(word);
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
            bits[node] |= wordBits;
            if ((wordBits & (IS_SECRET | IS_KEY | IS_WEAK | IS_NEUTRAL | IS_AUTHORIZATION)) != 0) {
                markEnding(normalised);
            }
        }
    }

    private int newNode() {
        if (size == bits.length) {
            int capacity = size * 2;
            int oldChildren = children.length;
            children = Arrays.copyOf(children, capacity * ALPHABET);
            Arrays.fill(children, oldChildren, children.length, NONE);
            bits = Arrays.copyOf(bits, capacity);
        }
        return size++;
    }

    static int symbol(char c) {
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
}
