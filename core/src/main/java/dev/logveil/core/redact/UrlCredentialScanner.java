package dev.logveil.core.redact;

/**
 * The password in a URL's user info: {@code scheme://user:password@host}, for any scheme ({@code https},
 * {@code jdbc:postgresql}, {@code mongodb+srv}, {@code amqp}, {@code redis}, ...). The user name is kept.
 */
final class UrlCredentialScanner {
    private static final int MAX_USER_INFO = 256;

    private UrlCredentialScanner() {
    }

    /**
     * Tries user info after the {@code ://} at {@code colon}.
     *
     * @return the password's range, or {@link KeyValueScanner#NONE}
     */
    static long match(char[] s, int colon, int to) {
        if (!Chars.startsWith(s, colon, to, "://")) {
            return KeyValueScanner.NONE;
        }
        int start = colon + 3;
        int limit = Math.min(to, start + MAX_USER_INFO);
        int passwordStart = -1;
        int lastAt = -1;
        // User info ends at the last '@' before the host: a password may itself contain '@' or '#' (a '#' after the
        // host starts a fragment, but the path's '/' comes first).
        for (int i = start; i < limit; i++) {
            char c = s[i];
            if (c == '@') {
                lastAt = i;
            } else if (c == ':' && passwordStart < 0) {
                passwordStart = i + 1;
            } else if (c == '/' || c == '?' || c == '"' || c == '\'' || c == '<' || c == '>'
                || c == '\\' || (c < 128 && Chars.is(c, Chars.SPACE))) {
                break;
            }
        }
        ScanCounter.examined(limit - start);
        if (passwordStart > 0 && lastAt > passwordStart) {
            return Chars.range(passwordStart, lastAt);
        }
        return KeyValueScanner.NONE;
    }

    /** Whether the colon at {@code colon} ends {@code jdbc:oracle:thin}, with credentials as {@code user/password@}. */
    static boolean followsOracleThin(char[] s, int colon) {
        return colon >= 4 && (s[colon - 1] == 'n' || s[colon - 1] == 'N')
            && Chars.startsWithIgnoreCase(s, colon - 4, colon, "thin");
    }

    /**
     * Tries Oracle's thin-driver credentials after {@code thin:} at {@code colon}:
     * {@code jdbc:oracle:thin:scott/tiger@host:1521/ORCL}. The user name is kept.
     *
     * @return the password's range, or {@link KeyValueScanner#NONE}
     */
    static long matchOracleThin(char[] s, int colon, int to) {
        if (!followsOracleThin(s, colon)) {
            return KeyValueScanner.NONE;
        }
        int start = colon + 1;
        int limit = Math.min(to, start + MAX_USER_INFO);
        int slash = -1;
        int lastAt = -1;
        int i = start;
        for (; i < limit; i++) {
            char c = s[i];
            if (c == '/' && slash < 0) {
                slash = i;
            } else if (c == '@' && slash >= 0) {
                lastAt = i;
            } else if (c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\'
                || (c < 128 && Chars.is(c, Chars.SPACE))) {
                break;
            } else if (c == '@') {
                // "thin:@host": no user, no password.
                break;
            }
        }
        ScanCounter.examined(i - start);
        if (slash > start && lastAt > slash + 1) {
            return Chars.range(slash + 1, lastAt);
        }
        return KeyValueScanner.NONE;
    }
}
