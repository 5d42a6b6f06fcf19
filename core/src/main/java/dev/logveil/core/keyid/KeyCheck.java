package dev.logveil.core.keyid;

/**
 * The key check: classifies a raw API key as {@code ok}, {@code missing}, {@code empty} or {@code malformed} without
 * allocating.
 *
 * <p>The key is first trimmed of spaces and horizontal tabs, the optional whitespace HTTP allows around a field value
 * (RFC 9110, section 5.5); any other control character, even at an end, makes the key {@code malformed}, because a
 * credential carrying a line break is an injection attempt or a bug, not a key. After trimming:
 * <ul>
 *   <li>{@code null} is {@link KeyStatus#MISSING};</li>
 *   <li>nothing left is {@link KeyStatus#EMPTY};</li>
 *   <li>more than {@link #MAX_LENGTH} characters, or any character outside the key alphabet
 *       {@code A-Z a-z 0-9 - _ = . ~ + /} (which covers hex, base64, base64url and JWTs), is
 *       {@link KeyStatus#MALFORMED};</li>
 *   <li>anything else is {@link KeyStatus#OK}.</li>
 * </ul>
 */
public final class KeyCheck {

    /**
     * The longest key (after trimming) that is still {@code ok}: long enough for a large JWT, short enough that a
     * hostile 10 KB header is rejected before it is hashed.
     */
    public static final int MAX_LENGTH = 4096;

    // The key alphabet as two 64-bit masks over ASCII: bit c of LOW for c < 64, bit (c - 64) of HIGH for c >= 64.
    private static final long LOW = mask("0123456789-=.+/");
    private static final long HIGH = mask("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_~");

    private KeyCheck() {
    }

    /**
     * Classifies a raw key. Never throws.
     *
     * @param rawKey the key exactly as received, or {@code null} when none was sent
     * @return the verdict; only {@link KeyStatus#OK} keys may be fingerprinted
     */
    public static KeyStatus classify(String rawKey) {
        if (rawKey == null) {
            return KeyStatus.MISSING;
        }
        int from = trimStart(rawKey);
        int to = trimEnd(rawKey, from);
        if (from == to) {
            return KeyStatus.EMPTY;
        }
        if (to - from > MAX_LENGTH) {
            return KeyStatus.MALFORMED;
        }
        for (int i = from; i < to; i++) {
            if (!isKeyChar(rawKey.charAt(i))) {
                return KeyStatus.MALFORMED;
            }
        }
        return KeyStatus.OK;
    }

    /** Whether {@code c} belongs to the key alphabet {@code A-Z a-z 0-9 - _ = . ~ + /}. */
    public static boolean isKeyChar(char c) {
        if (c < 64) {
            return (LOW & (1L << c)) != 0;
        }
        return c < 128 && (HIGH & (1L << (c - 64))) != 0;
    }

    /** The index of the first character that is not a space or tab (or the length, when there is none). */
    static int trimStart(String s) {
        int i = 0;
        while (i < s.length() && isOptionalWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the last character that is not a space or tab, never below {@code from}. */
    static int trimEnd(String s, int from) {
        int i = s.length();
        while (i > from && isOptionalWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static boolean isOptionalWhitespace(char c) {
        return c == ' ' || c == '\t';
    }

    private static long mask(String chars) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << (chars.charAt(i) & 63);
        }
        return bits;
    }
}
