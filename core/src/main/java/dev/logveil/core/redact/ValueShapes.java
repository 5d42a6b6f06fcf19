package dev.logveil.core.redact;

/**
 * Judges a value by its shape, for keys whose name alone says too little ({@code key}, {@code auth}, {@code pass},
 * {@code session}): an object key ({@code uploads/2026/01/a.png}), a cache key ({@code user:42:profile}), a record
 * key ({@code 42}) or a keyboard key ({@code Enter}) is not a credential; a long run of mixed letters and digits is.
 * Known token formats need no help: their own detectors find them wherever they stand.
 */
final class ValueShapes {
    /** The shortest value taken for a credential under a weak name. */
    static final int MIN_CREDENTIAL_LENGTH = 12;

    private ValueShapes() {
    }

    /**
     * Whether {@code s[from, to)} looks like a credential: at least {@value #MIN_CREDENTIAL_LENGTH} characters of
     * base64, base64url or hex (URL-encoded or not) with both letters and digits, no dot or colon (paths, host names,
     * cache keys), a slash only in padded base64, and not a UUID (an id, never a secret on its own).
     */
    static boolean looksLikeCredential(char[] s, int from, int to) {
        if (to - from < MIN_CREDENTIAL_LENGTH) {
            return false;
        }
        ScanCounter.examined(to - from);
        boolean letters = false;
        boolean digits = false;
        boolean slash = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (Chars.isDigit(c)) {
                digits = true;
            } else if (Chars.is(c, Chars.ALNUM)) {
                letters = true;
            } else if (c == '/') {
                slash = true;
            } else if (c != '-' && c != '_' && c != '+' && c != '=' && c != '~' && c != '%') {
                // '%': a URL-encoded value ("?key=abc...%0A") is still the same credential.
                return false;
            }
        }
        if (slash && s[to - 1] != '=') {
            return false;
        }
        return letters && digits && !isUuid(s, from, to);
    }

    private static boolean isUuid(char[] s, int from, int to) {
        if (to - from != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s[from + i];
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !Chars.is(c, Chars.HEX)) {
                return false;
            }
        }
        return true;
    }
}
