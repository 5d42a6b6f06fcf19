package dev.logveil.core.redact;

/**
 * A vendor token recognised by its literal prefix and the shape of what follows: the body's alphabet and length,
 * and optionally a structural check. Tokens are masked on shape; checksums are not required to be valid.
 */
final class TokenRule {

    /** An extra test on the body, for formats with inner structure. */
    @FunctionalInterface
    interface BodyCheck {
        boolean accepts(char[] s, int bodyStart, int bodyEnd);
    }

    final BuiltInDetector detector;
    final String prefix;
    /** The body's character classes ({@link Chars} bits, any of which admits a character). */
    final int alphabet;
    /** Characters admitted beyond {@link #alphabet}, e.g. {@code "-"} for Slack, {@code "/"} for URL paths. */
    final String extra;
    final int minBody;
    final int maxBody;
    final BodyCheck check;
    /** Whether the prefix is kept visible (for URLs whose host names the service and whose path is the secret). */
    final boolean keepPrefix;

    TokenRule(BuiltInDetector detector, String prefix, int alphabet, String extra, int minBody, int maxBody,
        BodyCheck check, boolean keepPrefix) {
        this.detector = detector;
        this.prefix = prefix;
        this.alphabet = alphabet;
        this.extra = extra;
        this.minBody = minBody;
        this.maxBody = maxBody;
        this.check = check;
        this.keepPrefix = keepPrefix;
    }

    static TokenRule of(BuiltInDetector detector, String prefix, int alphabet, int minBody, int maxBody) {
        return new TokenRule(detector, prefix, alphabet, "", minBody, maxBody, null, false);
    }

    static TokenRule checked(BuiltInDetector detector, String prefix, int alphabet, int minBody, int maxBody,
        BodyCheck check) {
        return new TokenRule(detector, prefix, alphabet, "", minBody, maxBody, check, false);
    }

    /**
     * Tries the rule at {@code at}, where the prefix's first character stands at a word start.
     *
     * @return the range to mask; {@link KeyValueScanner#NONE} when the prefix is not there; or, when the prefix is
     *     there but the body does not fit, {@code -(end of the characters examined) - 2}: the caller starts no token
     *     inside what was examined, which keeps inputs such as {@code sk-sk-sk-...} linear
     */
    long match(char[] s, int at, int to) {
        if (!Chars.startsWith(s, at, to, prefix)) {
            return KeyValueScanner.NONE;
        }
        int bodyStart = at + prefix.length();
        // Read at most one character past the longest body: a longer run is some other string.
        int limit = Math.min(to, bodyStart + maxBody + 1);
        int bodyEnd = bodyStart;
        while (bodyEnd < limit && admits(s[bodyEnd])) {
            bodyEnd++;
        }
        ScanCounter.examined(bodyEnd - at);
        if (!extra.isEmpty()) {
            // A trailing dot or slash ends a sentence or a path; it is not part of the token.
            while (bodyEnd > bodyStart && (s[bodyEnd - 1] == '.' || s[bodyEnd - 1] == '/')) {
                bodyEnd--;
            }
        }
        int length = bodyEnd - bodyStart;
        if (length < minBody || length > maxBody) {
            return examined(bodyEnd);
        }
        if (bodyEnd < to && Chars.is(s[bodyEnd], Chars.ALNUM)) {
            return examined(bodyEnd);
        }
        if (check != null && !check.accepts(s, bodyStart, bodyEnd)) {
            return examined(bodyEnd);
        }
        return Chars.range(keepPrefix ? bodyStart : at, bodyEnd);
    }

    private static long examined(int end) {
        return -(long) end - 2;
    }

    private boolean admits(char c) {
        return c < 128 && ((Chars.is(c, alphabet) && alphabet != 0) || extra.indexOf(c) >= 0);
    }
}
