package dev.logveil.core.redact;

/**
 * PEM private-key blocks: {@code -----BEGIN <label> PRIVATE KEY-----} (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... BLOCK)
 * through the matching {@code -----END ...-----}. The body is masked and the armour lines kept, so the line still says
 * what was there. Works on real newlines and on the literal {@code \n} of a key embedded in JSON or a properties
 * value. A BEGIN without an END masks to the end of the text: a truncated key is still a key.
 */
final class PemScanner {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END";
    private static final int MAX_LABEL = 100;

    private PemScanner() {
    }

    /**
     * Tries a private-key block at {@code at}, which holds {@code -}.
     *
     * @return the body's range, or {@link KeyValueScanner#NONE}
     */
    static long match(char[] s, int at, int to) {
        if (!Chars.startsWith(s, at, to, BEGIN)) {
            return KeyValueScanner.NONE;
        }
        int labelStart = at + BEGIN.length();
        int i = labelStart;
        int limit = Math.min(to, labelStart + MAX_LABEL);
        while (i < limit && s[i] != '-') {
            char c = s[i];
            if (!(c == ' ' || c == '_' || Chars.is(c, Chars.UPPER) || Chars.isDigit(c))) {
                return KeyValueScanner.NONE;
            }
            i++;
        }
        if (!Chars.startsWith(s, i, to, "-----") || !endsWithPrivateKey(s, labelStart, i)) {
            return KeyValueScanner.NONE;
        }
        int bodyStart = i + 5;
        int bodyEnd = indexOf(s, END, bodyStart, to);
        return Chars.range(bodyStart, bodyEnd < 0 ? to : bodyEnd);
    }

    private static boolean endsWithPrivateKey(char[] s, int labelStart, int labelEnd) {
        String key = "PRIVATE KEY";
        String block = "PRIVATE KEY BLOCK";
        return endsWith(s, labelStart, labelEnd, key) || endsWith(s, labelStart, labelEnd, block);
    }

    private static boolean endsWith(char[] s, int start, int end, String suffix) {
        int from = end - suffix.length();
        return from >= start && Chars.startsWith(s, from, end, suffix);
    }

    private static int indexOf(char[] s, String literal, int from, int to) {
        char first = literal.charAt(0);
        for (int i = from; i + literal.length() <= to; i++) {
            if (s[i] == first && Chars.startsWith(s, i, to, literal)) {
                ScanCounter.examined(i - from);
                return i;
            }
        }
        ScanCounter.examined(to - from);
        return -1;
    }
}
