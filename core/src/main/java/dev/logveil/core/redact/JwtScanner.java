package dev.logveil.core.redact;

/**
 * JSON Web Tokens: {@code eyJ<header>.ey<payload>.<signature>} (JWS; the signature may be empty for
 * {@code alg: none}) and five-segment JWE. The header and payload are base64url JSON objects, so they begin with
 * {@code eyJ} ({@code {"}) or {@code ew} ({@code {\n}).
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
        int payloadStart = headerEnd + 1;
        if (!(Chars.startsWith(s, payloadStart, to, "ey") || Chars.startsWith(s, payloadStart, to, "ew"))) {
            return -(long) headerEnd - 2;
        }
        int payloadEnd = segmentEnd(s, payloadStart, to);
        if (payloadEnd - payloadStart < MIN_SEGMENT || payloadEnd >= to || s[payloadEnd] != '.') {
            return -(long) headerEnd - 2;
        }
        int end = segmentEnd(s, payloadEnd + 1, to);
        // JWE: header.encrypted_key.iv.ciphertext.tag (the encrypted key may be empty).
        int segments = 3;
        while (segments < 5 && end < to && s[end] == '.' && end + 1 < to
            && Chars.is(s[end + 1], Chars.B64URL)) {
            end = segmentEnd(s, end + 1, to);
            segments++;
        }
        return Chars.range(at, end);
    }

    private static int segmentEnd(char[] s, int from, int to) {
        int end = Chars.runEnd(s, from, to, Chars.B64URL);
        while (end < to && s[end] == '=') {
            end++;
        }
        return end;
    }
}
