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
        // User info ends at the last '@' before the host: a password may itself contain '@'.
        for (int i = start; i < limit; i++) {
            char c = s[i];
            if (c == '@') {
                lastAt = i;
            } else if (c == ':' && passwordStart < 0) {
                passwordStart = i + 1;
            } else if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>'
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
}
