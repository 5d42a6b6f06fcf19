package dev.logveil.core.keyid;

/**
 * Normalises the {@code key_origin} value: where the auth code found the key ({@code header}, {@code param},
 * {@code cookie}, ...).
 *
 * <p>An origin is meant to be a constant in the auth code, but it reaches every log line of the request, so it is
 * held to a strict shape: a short word of ASCII letters, {@code -} and {@code _} that starts with a letter (at most
 * {@link #MAX_LENGTH} characters), lower-cased. Anything else (digits, spaces, quotes, line breaks, or a key passed
 * by mistake in the origin argument) becomes {@value #OTHER}; {@code null} or blank becomes {@value #UNKNOWN}. No
 * digits are allowed so that swapped arguments ({@code bind("header", rawKey)}) cannot write a real key as the origin.
 */
public final class KeyOrigin {

    /** The longest origin kept as given. */
    public static final int MAX_LENGTH = 24;

    /** Written when the origin is not a short word. */
    public static final String OTHER = "other";

    /** Written when no origin was given. */
    public static final String UNKNOWN = "unknown";

    private KeyOrigin() {
    }

    /**
     * The origin as it is written to the logs.
     *
     * @param origin the auth code's word for where the key came from; may be {@code null}
     * @return the lower-cased word, {@value #OTHER} or {@value #UNKNOWN}; never {@code null}
     */
    public static String normalise(String origin) {
        if (origin == null) {
            return UNKNOWN;
        }
        int from = KeyCheck.trimStart(origin);
        int to = KeyCheck.trimEnd(origin, from);
        if (from == to) {
            return UNKNOWN;
        }
        if (to - from > MAX_LENGTH || !isLetter(origin.charAt(from))) {
            return OTHER;
        }
        boolean lowerCase = true;
        for (int i = from; i < to; i++) {
            char c = origin.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                lowerCase = false;
            } else if (!(c >= 'a' && c <= 'z') && c != '-' && c != '_') {
                return OTHER;
            }
        }
        if (lowerCase && from == 0 && to == origin.length()) {
            return origin; // the usual case, a lowercase constant: no allocation
        }
        char[] word = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = origin.charAt(i);
            word[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(word);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
