package dev.logveil.core.redact;

/**
 * Authorization credentials: the value of an {@code Authorization} header ({@code Bearer}, {@code Basic},
 * {@code Token}, {@code Digest}, ... followed by the credentials) and a bare {@code Bearer <token>} in prose. The
 * scheme word is kept, the credentials masked.
 */
final class CredentialScanner {
    private static final String[] SCHEMES = {
        "bearer", "basic", "token", "digest", "bot", "ssws", "ntlm", "negotiate", "apikey", "api-key",
        "aws4-hmac-sha256", "hmac", "key", "jwt", "otp", "sharedaccesssignature", "mac", "splunk", "geniekey",
        "sharedkey", "sharedkeylite", "privatetoken", "oauth", "dpop", "hoba", "vapid", "scram-sha-256"};
    /** The longest word taken for an unknown scheme: longer words are credentials. */
    private static final int MAX_SCHEME = 24;
    /** Schemes whose credentials are a comma-separated parameter list rather than one token. */
    private static final String[] PARAMETER_SCHEMES = {"digest", "aws4-hmac-sha256", "hmac", "mac"};
    private static final int MIN_BARE_BEARER = 8;

    private CredentialScanner() {
    }

    /**
     * The credentials inside an authorization header value {@code s[from, to)}: after the scheme word when there is
     * one, whatever the scheme ({@code Bearer}, {@code Splunk}, {@code GenieKey}, {@code SSWS}, ...), else the whole
     * value.
     *
     * @param containerEnd where the value's quote or bracket closes, or the end of the line for an unquoted value
     * @return the credentials' range, or {@link KeyValueScanner#NONE}
     */
    static long headerCredentials(char[] s, int from, int containerEnd) {
        int schemeEnd = from;
        while (schemeEnd < containerEnd && (Chars.is(s[schemeEnd], Chars.ALNUM) || s[schemeEnd] == '-')) {
            schemeEnd++;
        }
        ScanCounter.examined(schemeEnd - from);
        String scheme = knownScheme(s, from, schemeEnd);
        boolean schemeWord = schemeEnd < containerEnd && s[schemeEnd] == ' '
            && (scheme != null || looksLikeScheme(s, from, schemeEnd));
        if (!schemeWord) {
            int end = credentialEnd(s, from, containerEnd);
            return end > from ? Chars.range(from, end) : KeyValueScanner.NONE;
        }
        int start = schemeEnd;
        while (start < containerEnd && s[start] == ' ') {
            start++;
        }
        int end = scheme != null && isParameterScheme(scheme) ? containerEnd : credentialEnd(s, start, containerEnd);
        if (end < containerEnd && end > start && s[end - 1] == '=' && (s[end] == '"' || s[end] == '\\')) {
            // Parameters ("Token token=\"abc\", realm=..."): everything after the scheme is the credential.
            end = containerEnd;
        }
        return end > start ? Chars.range(start, end) : KeyValueScanner.NONE;
    }

    /**
     * Whether an unknown word before a space is a scheme rather than the credential itself: a short word that starts
     * with a capital letter, all capitals ({@code SSWS}) or with at most three humps ({@code GenieKey},
     * {@code SharedKey}) and no digit. Base64 credentials have many capitals, digits, or a lower-case start.
     */
    private static boolean looksLikeScheme(char[] s, int from, int to) {
        if (to - from < 2 || to - from > MAX_SCHEME || !Chars.is(s[from], Chars.UPPER)) {
            return false;
        }
        int capitals = 0;
        boolean lower = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (Chars.isDigit(c)) {
                return false;
            }
            if (Chars.is(c, Chars.UPPER)) {
                capitals++;
            } else if (c != '-') {
                lower = true;
            }
        }
        return !lower || capitals <= 3;
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
        if (end - start < MIN_BARE_BEARER || isOrdinaryWord(s, start, end) || isAssignment(s, start, end)) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(start, end);
    }

    /**
     * The end of a credential: white space, a quote, a delimiter of the text around it ({@code , ; ) ] } < >}) or an
     * escape such as a literal {@code \n}. Every other character belongs to it: a token with {@code ! * @} in it is
     * masked whole, not up to the first one.
     */
    private static int credentialEnd(char[] s, int from, int to) {
        int end = from;
        while (end < to) {
            char c = s[end];
            if (c < 128 && (Chars.is(c, Chars.SPACE) || c == '"' || c == '\'' || c == '`' || c == ',' || c == ';'
                || c == ')' || c == ']' || c == '}' || c == '<' || c == '>' || c == '|' || c == '&')) {
                break;
            }
            if (c == '\\' && end + 1 < to && (KeyValueScanner.isEscapeLetter(s[end + 1]))) {
                break;
            }
            end++;
        }
        ScanCounter.examined(end - from);
        // A sentence's full stop or a label's colon is not part of the token.
        while (end > from && (s[end - 1] == '.' || s[end - 1] == ':')) {
            end--;
        }
        return end;
    }

    /**
     * Whether {@code s[from, to)} is a {@code name=value} pair rather than a token: an {@code =} that is not
     * base64 padding ("token_type=Bearer expires_in=3600").
     */
    private static boolean isAssignment(char[] s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (s[i] == '=' && s[i + 1] != '=') {
                return true;
            }
        }
        return false;
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

    /**
     * Whether a known scheme word followed by a space starts at {@code at} (perhaps after a quote or bracket):
     * {@code token: Bearer abc}.
     */
    static boolean schemeFollows(char[] s, int at, int to) {
        if (at < 0 || at >= to) {
            return false;
        }
        int start = s[at] == '"' || s[at] == '\'' || s[at] == '[' ? at + 1 : at;
        if (s[at] == '\\' && at + 1 < to && (s[at + 1] == '"' || s[at + 1] == '\'')) {
            start = at + 2;
        }
        int end = start;
        while (end < to && end - start <= MAX_SCHEME && (Chars.is(s[end], Chars.ALNUM) || s[end] == '-')) {
            end++;
        }
        return end < to && s[end] == ' ' && knownScheme(s, start, end) != null;
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
