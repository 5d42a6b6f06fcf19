package dev.logveil.core.redact;

/**
 * The opt-in detectors, off by default because they mask data that is personal rather than secret, or that is
 * ambiguous: e-mail addresses and long high-entropy strings.
 */
final class OptInScanners {
    private static final int MIN_ENTROPY_LENGTH = 20;
    private static final int MAX_ENTROPY_LENGTH = 512;
    private static final double MIN_BITS_PER_CHAR = 3.5;

    private OptInScanners() {
    }

    /**
     * Tries an e-mail address around the {@code @} at {@code at}.
     *
     * @param from the start of the text; the local part is searched backwards no further than this
     */
    static long matchEmail(char[] s, int from, int at, int to) {
        int start = at;
        while (start > from && at - start < 64 && isLocalPartChar(s[start - 1])) {
            start--;
        }
        if (start == at) {
            return KeyValueScanner.NONE;
        }
        int end = at + 1;
        int lastDot = -1;
        while (end < to && end - at < 255) {
            char c = s[end];
            if (c == '.') {
                lastDot = end;
            } else if (!Chars.is(c, Chars.ALNUM) && c != '-') {
                break;
            }
            end++;
        }
        ScanCounter.examined(end - start);
        if (end > at + 1 && s[end - 1] == '.') {
            end--;
        }
        if (lastDot < 0 || lastDot >= end - 2 || lastDot == at + 1) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(start, end);
    }

    /**
     * Tries a high-entropy string at {@code at} (a word start): 20 to 512 word characters with letters and
     * digits, not hex (digests, trace ids and UUIDs are hex) and at least 3.5 bits of Shannon entropy per character.
     *
     * @return the range to mask; or {@code -(end of the run) - 2} when rejected, so the scan skips the whole run
     */
    static long matchHighEntropy(char[] s, int at, int to) {
        int end = at;
        int limit = Math.min(to, at + MAX_ENTROPY_LENGTH + 1);
        boolean hex = true;
        boolean letters = false;
        boolean digits = false;
        int[] counts = new int[128];
        while (end < limit) {
            char c = s[end];
            if (!isEntropyChar(c)) {
                break;
            }
            counts[c]++;
            hex &= Chars.is(c, Chars.HEX) || c == '-';
            letters |= Chars.is(c, Chars.UPPER) || Chars.is(c, Chars.LOWER);
            digits |= Chars.isDigit(c);
            end++;
        }
        ScanCounter.examined(end - at);
        int length = end - at;
        if (length < MIN_ENTROPY_LENGTH || length > MAX_ENTROPY_LENGTH || hex || !letters || !digits) {
            int runEnd = end;
            while (runEnd < to && isEntropyChar(s[runEnd])) {
                runEnd++;
            }
            ScanCounter.examined(runEnd - end);
            return -(long) runEnd - 2;
        }
        double entropy = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / length;
                entropy -= p * (Math.log(p) / Math.log(2));
            }
        }
        return entropy >= MIN_BITS_PER_CHAR ? Chars.range(at, end) : -(long) end - 2;
    }

    /**
     * The characters of a high-entropy candidate: one word ({@code [A-Za-z0-9_]}). Any other character may be
     * followed by the start of another detector's match (a card number after {@code - / + =}); ending the candidate
     * there means the verdict on it never depends on whether that neighbour is already masked, which keeps
     * redaction idempotent. Base64 secrets with {@code + /} are judged piece by piece.
     */
    private static boolean isEntropyChar(char c) {
        return Chars.is(c, Chars.WORD);
    }

    private static boolean isLocalPartChar(char c) {
        return Chars.is(c, Chars.ALNUM) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
