package dev.logveil.core.redact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What replaces a secret: the mask, or in fingerprint mode the mask with a short SHA-256 fingerprint of the secret
 * ({@code [REDACTED:3f2a9c1b0d4e]}), so that lines stay correlatable by secret without showing it.
 */
final class Masker {
    static final int FINGERPRINT_HEX = 12;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Masker::newDigest);

    private final String mask;
    private final boolean fingerprint;
    /** The fingerprint's opening part, e.g. {@code [REDACTED:}, and its closing part, e.g. {@code ]}. */
    private final String fingerprintOpen;
    private final String fingerprintClose;
    /** The ASCII characters a replacement is made of: a region starting on any other character is not inside one. */
    private final boolean[] replacementChars = new boolean[128];
    private final boolean replacementHasNonAscii;

    Masker(String mask, boolean fingerprint) {
        this.mask = mask;
        this.fingerprint = fingerprint;
        if (mask.endsWith("]") && mask.length() > 1) {
            fingerprintOpen = mask.substring(0, mask.length() - 1) + ":";
            fingerprintClose = "]";
        } else {
            fingerprintOpen = mask + ":";
            fingerprintClose = "";
        }
        String alphabet = fingerprint ? fingerprintOpen + fingerprintClose + "0123456789abcdef" + mask : mask;
        boolean nonAscii = false;
        for (int i = 0; i < alphabet.length(); i++) {
            char c = alphabet.charAt(i);
            if (c < 128) {
                replacementChars[c] = true;
            } else {
                nonAscii = true;
            }
        }
        replacementHasNonAscii = nonAscii;
    }

    String mask() {
        return mask;
    }

    /** The whole-value replacement for {@code value}. */
    String replacementFor(CharSequence value) {
        if (!fingerprint) {
            return mask;
        }
        StringBuilder sb = new StringBuilder(fingerprintOpen.length() + FINGERPRINT_HEX + 1);
        char[] chars = value.toString().toCharArray();
        appendReplacement(chars, 0, chars.length, sb);
        return sb.toString();
    }

    void appendReplacement(char[] s, int start, int end, StringBuilder out) {
        if (!fingerprint) {
            out.append(mask);
            return;
        }
        MessageDigest digest = SHA256.get();
        byte[] hash = digest.digest(new String(s, start, end - start).getBytes(StandardCharsets.UTF_8));
        out.append(fingerprintOpen);
        for (int i = 0; i < FINGERPRINT_HEX / 2; i++) {
            out.append(HEX[(hash[i] >> 4) & 0xF]).append(HEX[hash[i] & 0xF]);
        }
        out.append(fingerprintClose);
    }

    /**
     * Where the replacement that {@code s[start, end)} starts inside ends, or -1 when the region does not start inside
     * one. A region that starts inside a replacement is already redacted: a delimiter may have cut the mask
     * ({@code [REDACTED} in {@code [[REDACTED]}), or a fingerprint's colon may look like a URL's {@code user:password}.
     * Redacting redacted text must change nothing, so such a region is not masked again.
     */
    int replacementEnd(char[] s, int start, int end, int to) {
        if (end <= start) {
            return -1;
        }
        char first = s[start];
        if (first < 128 ? !replacementChars[first] : !replacementHasNonAscii) {
            return -1;
        }
        int found = endOfReplacementAround(s, start, to, mask.length());
        if (found < 0 && fingerprint) {
            found = endOfReplacementAround(s, start, to, fingerprintOpen.length() + FINGERPRINT_HEX
                + fingerprintClose.length());
        }
        return found;
    }

    /** The end of a replacement of length {@code length} that covers position {@code p}, or -1. */
    private int endOfReplacementAround(char[] s, int p, int to, int length) {
        int first = Math.max(0, p - length + 1);
        int last = Math.min(p, to - length);
        ScanCounter.examined(last - first + 1);
        // Every replacement, fingerprinted or not, begins with the mask's first character.
        char opening = mask.charAt(0);
        for (int candidate = first; candidate <= last; candidate++) {
            if (s[candidate] == opening && isReplacement(s, candidate, candidate + length)) {
                return candidate + length;
            }
        }
        return -1;
    }

    /**
     * Whether a replacement starts inside {@code s[start, end)} and runs past {@code end}: the region was cut by the
     * replacement's own characters. Only the last replacement length of the region is looked at.
     */
    boolean replacementCutAt(char[] s, int start, int end, int to) {
        char opening = mask.charAt(0);
        int fingerprintLength = fingerprintOpen.length() + FINGERPRINT_HEX + fingerprintClose.length();
        int longest = fingerprint ? Math.max(mask.length(), fingerprintLength) : mask.length();
        int first = Math.max(start + 1, end - longest + 1);
        ScanCounter.examined(end - first);
        for (int p = first; p < end; p++) {
            if (s[p] == opening && ((p + mask.length() > end && p + mask.length() <= to
                && isReplacement(s, p, p + mask.length()))
                || (fingerprint && p + fingerprintLength > end && p + fingerprintLength <= to
                && isReplacement(s, p, p + fingerprintLength)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a replacement ends just before {@code end}. */
    boolean endsWithReplacement(char[] s, int end) {
        if (end >= mask.length() && isReplacement(s, end - mask.length(), end)) {
            return true;
        }
        int length = fingerprintOpen.length() + FINGERPRINT_HEX + fingerprintClose.length();
        return fingerprint && end >= length && isReplacement(s, end - length, end);
    }

    private boolean isReplacement(char[] s, int start, int end) {
        int length = end - start;
        if (length == mask.length() && Chars.startsWith(s, start, end, mask)) {
            return true;
        }
        if (!fingerprint || length != fingerprintOpen.length() + FINGERPRINT_HEX + fingerprintClose.length()) {
            return false;
        }
        if (!Chars.startsWith(s, start, end, fingerprintOpen)) {
            return false;
        }
        int hexStart = start + fingerprintOpen.length();
        for (int i = hexStart; i < hexStart + FINGERPRINT_HEX; i++) {
            if (!Chars.is(s[i], Chars.LOWER_HEX)) {
                return false;
            }
        }
        return Chars.startsWith(s, hexStart + FINGERPRINT_HEX, end, fingerprintClose);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
