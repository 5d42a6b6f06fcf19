package dev.logveil.core.redact;

/**
 * Authorization credentials: the value of an {@code Authorization} header ({@code Bearer}, {@code Basic},
 * {@code Token}, {@code Digest}, ... followed by the credentials) and a bare {@code Bearer <token>} in prose. The
 * scheme word is kept, the credentials masked.
 */
final class CredentialScanner {
    private static final String[] SCHEMES = {
        "bearer", "basic", "token", "digest", "bot", "ssws", "ntlm", "negotiate", "apikey", "api-key",
        "aws4-hmac-sha256", "hmac", "key", "jwt", "otp", "sharedaccesssignature", "mac"};
    /** Schemes whose credentials are a comma-separated parameter list rather than one token. */
    private static final String[] PARAMETER_SCHEMES = {"digest", "aws4-hmac-sha256", "hmac", "mac"};
    private static final int MIN_BARE_BEARER = 8;

    private CredentialScanner() {
    }

    /**
     * The credentials inside an authorization header value {@code s[from, to)}: after a known scheme word when there
     * is one, else the whole value.
     *
     * @param containerEnd where the value's quote or bracket closes, or the end of the line for an unquoted value
     * @return the credentials' range, or {@link KeyValueScanner#NONE}
     */
    static long headerCredentials(char[] s, int from, int containerEnd) {
        int schemeEnd = from;
        while (schemeEnd < containerEnd && (Chars.is(s[schemeEnd], Chars.ALNUM) || s[schemeEnd] == '-')) {
            schemeEnd++;
        }
        String scheme = knownScheme(s, from, schemeEnd);
        if (scheme == null || schemeEnd >= containerEnd || s[schemeEnd] != ' ') {
            int end = KeyValueScanner.unquotedEnd(s, from, containerEnd);
            return end > from ? Chars.range(from, end) : KeyValueScanner.NONE;
        }
        int start = schemeEnd;
        while (start < containerEnd && s[start] == ' ') {
            start++;
        }
        int end = isParameterScheme(scheme) ? containerEnd : credentialEnd(s, start, containerEnd);
        return end > start ? Chars.range(start, end) : KeyValueScanner.NONE;
    }

    /**
     * Tries a bare {@code Bearer <token>} at {@code at} (a word start holding {@code B} or {@code b}). The token must
     * look like one: at least eight credential characters and not an ordinary word.
     */
    static long bareBearer(char[] s, int at, int to) {
        if (!Chars.startsWithIgnoreCase(s, at, to, "bearer ")) {
            return KeyValueScanner.NONE;
        }
        int start = at + 7;
        while (start < to && s[start] == ' ') {
            start++;
        }
        int end = credentialEnd(s, start, to);
        if (end - start < MIN_BARE_BEARER || isOrdinaryWord(s, start, end)) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(start, end);
    }

    private static int credentialEnd(char[] s, int from, int to) {
        int end = Chars.runEnd(s, from, to, Chars.CREDENTIAL);
        // A sentence's full stop or a label's colon is not part of the token.
        while (end > from && (s[end - 1] == '.' || s[end - 1] == ':')) {
            end--;
        }
        return end;
    }

    /** Letters only, with at most the first one upper case: "token", "Authentication". */
    static boolean isOrdinaryWord(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            boolean lower = c >= 'a' && c <= 'z';
            boolean leadingUpper = i == from && c >= 'A' && c <= 'Z';
            if (!lower && !leadingUpper) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s[from, to)} is an authorization scheme word such as {@code Bearer} or {@code Basic}. */
    static boolean isScheme(char[] s, int from, int to) {
        return knownScheme(s, from, to) != null;
    }

    private static String knownScheme(char[] s, int from, int to) {
        for (String scheme : SCHEMES) {
            if (to - from == scheme.length() && Chars.startsWithIgnoreCase(s, from, to, scheme)) {
                return scheme;
            }
        }
        return null;
    }

    private static boolean isParameterScheme(String scheme) {
        for (String candidate : PARAMETER_SCHEMES) {
            if (candidate.equals(scheme)) {
                return true;
            }
        }
        return false;
    }
}
