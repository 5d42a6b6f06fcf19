package dev.logveil.core.redact;

/**
 * JSON Web Tokens: {@code eyJ<header>.ey<payload>.<signature>} (JWS; the signature may be empty for
 * {@code alg: none}) and five-segment JWE {@code eyJ<header>.<key>.<iv>.<ciphertext>.<tag>}, whose key part is empty
 * for direct encryption ({@code <header>..<iv>.<ciphertext>.<tag>}). Headers and JWS payloads are base64url JSON
 * objects, so they begin with {@code eyJ} ({@code {"}) or {@code ew} ({@code {\n}).
 */
final class JwtScanner {
    private static final int MIN_SEGMENT = 10;

    private JwtScanner() {
    }

    /**
     * Tries a JWT at {@code at}, which holds {@code eyJ} at a word start.
     *
     * @return the token's range, or {@code -(end of the first segment) - 2} when there is none: no JWT can start
     *     before that index either, which keeps repeated {@code eyJ} runs linear
     */
    static long match(char[] s, int at, int to) {
        int headerEnd = segmentEnd(s, at, to);
        if (headerEnd - at < MIN_SEGMENT || headerEnd >= to || s[headerEnd] != '.') {
            return -(long) headerEnd - 2;
        }
        int second = headerEnd + 1;
        int secondEnd = segmentEnd(s, second, to);
        boolean json = Chars.startsWith(s, second, to, "ey") || Chars.startsWith(s, second, to, "ew");
        if (json && secondEnd - second >= MIN_SEGMENT && secondEnd < to && s[secondEnd] == '.') {
            // JWS: header.payload.signature (the signature may be empty); or a JWE, which goes on for two more.
            int end = segmentEnd(s, secondEnd + 1, to);
            int segments = 3;
            while (segments < 5 && end < to && s[end] == '.' && end + 1 < to && Chars.is(s[end + 1], Chars.B64URL)) {
                end = segmentEnd(s, end + 1, to);
                segments++;
            }
            return Chars.range(at, end);
        }
        // JWE: header.encrypted_key.iv.ciphertext.tag, where the encrypted key is random, or empty for "dir".
        int end = secondEnd;
        int segments = 2;
        while (segments < 5 && end < to && s[end] == '.') {
            int next = segmentEnd(s, end + 1, to);
            if (next == end + 1) {
                break;
            }
            end = next;
            segments++;
        }
        if (segments == 5) {
            return Chars.range(at, end);
        }
        return -(long) headerEnd - 2;
    }

    private static int segmentEnd(char[] s, int from, int to) {
        int end = Chars.runEnd(s, from, to, Chars.B64URL);
        while (end < to && s[end] == '=') {
            end++;
        }
        return end;
    }
}
