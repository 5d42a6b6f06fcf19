package dev.logveil.core.redact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in detectors compiled into one left-to-right pass over the text.
 *
 * <p>Each character is classified by one table load. Only a few characters start work: an assignment operator
 * ({@code =} or {@code :}) looks back for a sensitive key and, after {@code ://}, forward for URL credentials; a
 * letter or digit at a word start is checked against the prefixes of the token formats that begin with it; a
 * {@code -} may open a PEM block. Every check either is bounded by a constant or consumes what it reads, so the pass
 * is linear in the input, and it allocates nothing until the first secret is found.
 */
final class ScanEngine {
    /** Receives each match; {@code null} when the caller does not count. */
    interface MatchListener {
        void matched(BuiltInDetector detector);
    }

    private static final BuiltInDetector[] DETECTORS = BuiltInDetector.values();

    private final boolean[] enabled = new boolean[BuiltInDetector.values().length];
    private final KeyNameTable keys;
    private final KeyNameTable wholeLineKeys;
    /** Token rules indexed by the first two characters of their prefix: one array load rejects most words. */
    private final TokenRule[][] rulesByPrefix = new TokenRule[128 * 128][];
    private final Masker masker;
    private final boolean anyKeyDetector;

    ScanEngine(Set<BuiltInDetector> detectors, List<String> extraExactKeys, List<String> extraSuffixKeys,
        Masker masker) {
        for (BuiltInDetector detector : detectors) {
            enabled[detector.ordinal()] = true;
        }
        this.masker = masker;
        this.keys = buildKeyTable(extraExactKeys, extraSuffixKeys);
        this.wholeLineKeys = new KeyNameTable();
        for (String name : DefaultKeyNames.WHOLE_LINE_VALUES) {
            wholeLineKeys.addExact(name, BuiltInDetector.SENSITIVE_KEY);
        }
        this.anyKeyDetector = isOn(BuiltInDetector.SENSITIVE_KEY) || isOn(BuiltInDetector.AUTHORIZATION)
            || isOn(BuiltInDetector.AZURE_STORAGE_KEY) || isOn(BuiltInDetector.AZURE_SAS)
            || isOn(BuiltInDetector.AWS_KEY);
        Map<Integer, List<TokenRule>> byPrefix = new HashMap<>();
        for (TokenRule rule : TokenRules.all()) {
            if (isOn(rule.detector)) {
                byPrefix.computeIfAbsent(prefixIndex(rule.prefix.charAt(0), rule.prefix.charAt(1)),
                    index -> new ArrayList<>()).add(rule);
            }
        }
        byPrefix.forEach((index, rules) -> rulesByPrefix[index] = rules.toArray(new TokenRule[0]));
    }

    private static int prefixIndex(char first, char second) {
        return (first << 7) | second;
    }

    static Set<BuiltInDetector> defaultDetectors() {
        Set<BuiltInDetector> set = EnumSet.noneOf(BuiltInDetector.class);
        for (BuiltInDetector detector : BuiltInDetector.values()) {
            if (detector.enabledByDefault()) {
                set.add(detector);
            }
        }
        return set;
    }

    boolean isOn(BuiltInDetector detector) {
        return enabled[detector.ordinal()];
    }

    /** Whether {@code key} names a secret for one of the enabled key-based detectors. */
    boolean isSensitiveKey(CharSequence key) {
        int detector = keys.lookup(key, 0, key.length());
        return detector >= 0 && enabled[detector];
    }

    /**
     * Scans {@code s[from, to)}.
     *
     * @return {@code null} when nothing was found (nothing allocated); otherwise the redacted text of the range
     */
    StringBuilder scan(CharSequence s, int from, int to, MatchListener listener) {
        StringBuilder out = null;
        int copied = from;
        int i = from;
        int jwtBlockedUntil = from;
        int tokenBlockedUntil = from;
        int entropyBlockedUntil = from;
        boolean previousIsWord = false;
        while (i < to) {
            char c = s.charAt(i);
            int flags = Chars.flags(c);
            if ((flags & Chars.WORD) != 0 && previousIsWord) {
                // Inside a word: no detector starts here. This is the path most characters take.
                i++;
                continue;
            }
            long hit = KeyValueScanner.NONE;
            BuiltInDetector detector = null;
            int next = i + 1;
            if (c == '=' || c == ':') {
                if (anyKeyDetector) {
                    long key = KeyValueScanner.findKey(s, from, i);
                    if (key != KeyValueScanner.NONE) {
                        int keyStart = Chars.rangeStart(key);
                        int keyEnd = Chars.rangeEnd(key);
                        int owner = keys.lookup(s, keyStart, keyEnd);
                        if (owner >= 0 && enabled[owner]) {
                            detector = DETECTORS[owner];
                            boolean wholeLine = wholeLineKeys.lookup(s, keyStart, keyEnd) >= 0;
                            hit = valueOf(detector, s, i, to, wholeLine);
                            if (c == ':' && hit != KeyValueScanner.NONE && isProse(s, from, keyStart, hit)) {
                                hit = KeyValueScanner.NONE;
                            }
                        }
                    }
                }
                if (hit == KeyValueScanner.NONE && c == ':' && isOn(BuiltInDetector.URL_CREDENTIALS)) {
                    hit = UrlCredentialScanner.match(s, i, to);
                    detector = BuiltInDetector.URL_CREDENTIALS;
                }
            } else if ((flags & Chars.ALNUM) != 0) {
                if (Chars.isDigit(c)) {
                    hit = matchDigits(s, i, to);
                    if (hit != KeyValueScanner.NONE) {
                        detector = lastDigitDetector(s, i, to, hit);
                    }
                } else {
                    char second = i + 1 < to ? s.charAt(i + 1) : 0;
                    TokenRule[] rules = second < 128 ? rulesByPrefix[prefixIndex(c, second)] : null;
                    if (rules != null && i >= tokenBlockedUntil) {
                        for (TokenRule rule : rules) {
                            long tried = rule.match(s, i, to);
                            if (tried >= 0) {
                                hit = tried;
                                detector = rule.detector;
                                break;
                            }
                            if (tried < -1) {
                                tokenBlockedUntil = Math.max(tokenBlockedUntil, (int) (-tried - 2));
                            }
                        }
                    }
                    if (hit == KeyValueScanner.NONE && c == 'e' && i >= jwtBlockedUntil && isOn(BuiltInDetector.JWT)
                        && Chars.startsWith(s, i, to, "eyJ")) {
                        long jwt = JwtScanner.match(s, i, to);
                        if (jwt < -1) {
                            jwtBlockedUntil = (int) (-jwt - 2);
                        } else {
                            hit = jwt;
                            detector = BuiltInDetector.JWT;
                        }
                    }
                    if (hit == KeyValueScanner.NONE && (c == 'B' || c == 'b')
                        && isOn(BuiltInDetector.AUTHORIZATION)) {
                        hit = CredentialScanner.bareBearer(s, i, to);
                        detector = BuiltInDetector.AUTHORIZATION;
                    }
                }
                if (hit == KeyValueScanner.NONE && i >= entropyBlockedUntil && isOn(BuiltInDetector.HIGH_ENTROPY)) {
                    long entropy = OptInScanners.matchHighEntropy(s, i, to);
                    if (entropy < -1) {
                        entropyBlockedUntil = (int) (-entropy - 2);
                    } else {
                        hit = entropy;
                        detector = BuiltInDetector.HIGH_ENTROPY;
                    }
                }
                if (hit == KeyValueScanner.NONE && Chars.isDigit(c)) {
                    // Skip the rest of the digit run: no card, token or address starts inside it.
                    next = Chars.runEnd(s, i, to, Chars.DIGIT);
                }
            } else if (c == '-' && isOn(BuiltInDetector.PRIVATE_KEY)) {
                hit = PemScanner.match(s, i, to);
                detector = BuiltInDetector.PRIVATE_KEY;
            } else if (c == '@' && isOn(BuiltInDetector.EMAIL)) {
                hit = OptInScanners.matchEmail(s, copied, i, to);
                detector = BuiltInDetector.EMAIL;
            }
            if (hit != KeyValueScanner.NONE) {
                int start = Chars.rangeStart(hit);
                int end = Chars.rangeEnd(hit);
                if (masker.isAlreadyMasked(s, start, end)) {
                    // Redacted before. Scan on from here rather than skipping the region: text after the mask
                    // ("[REDACTED] ghp_...") still gets every detector's look.
                    next = i + 1;
                } else {
                    if (out == null) {
                        out = new StringBuilder(to - from + 16);
                    }
                    out.append(s, copied, start);
                    masker.appendReplacement(s, start, end, out);
                    copied = end;
                    if (listener != null) {
                        listener.matched(detector);
                    }
                    next = Math.max(end, i + 1);
                }
            }
            previousIsWord = next == i + 1 ? (flags & Chars.WORD) != 0 : Chars.is(s.charAt(next - 1), Chars.WORD);
            i = next;
        }
        if (out != null) {
            out.append(s, copied, to);
        }
        return out;
    }

    /**
     * Whether a {@code key: value} is a sentence rather than an assignment: the key follows a word and a space
     * ("Missing API key: send it") and the value is an ordinary word. Such values are left alone; a value with digits
     * or symbols ("DB password: hunter2") is still masked.
     */
    private boolean isProse(CharSequence s, int from, int keyStart, long value) {
        // A replacement counts as the word it replaced, so that redacting redacted text decides the same way.
        boolean afterWord = keyStart - 2 >= from && s.charAt(keyStart - 1) == ' '
            && (Chars.is(s.charAt(keyStart - 2), Chars.ALNUM) || masker.endsWithReplacement(s, keyStart - 1));
        return afterWord && CredentialScanner.isOrdinaryWord(s, Chars.rangeStart(value), Chars.rangeEnd(value));
    }

    private long valueOf(BuiltInDetector detector, CharSequence s, int op, int to, boolean wholeLine) {
        if (detector != BuiltInDetector.AUTHORIZATION) {
            return extendPastSpace(s, KeyValueScanner.findValue(s, op, to, wholeLine), to);
        }
        int start = KeyValueScanner.valueStart(s, op, to);
        if (start < 0 || start >= to) {
            return KeyValueScanner.NONE;
        }
        char first = s.charAt(start);
        boolean contained = first == '"' || first == '\'' || first == '[' || first == '\\';
        // A quoted or bracketed value ends at its closing quote; a header line's value runs to the end of the line,
        // quotes included (Digest parameters are quoted).
        long container = contained ? KeyValueScanner.findValue(s, op, to, false)
            : Chars.range(start, KeyValueScanner.headerLineEnd(s, start, to));
        if (container == KeyValueScanner.NONE) {
            return KeyValueScanner.NONE;
        }
        return extendPastSpace(s, CredentialScanner.headerCredentials(s, Chars.rangeStart(container),
            Chars.rangeEnd(container)), to);
    }

    /**
     * An unquoted value ends at a space, but two secrets continue past it: a scheme and its credentials
     * ({@code token: Bearer abc}) and a card number in groups ({@code card=4111 1111 1111 1111}). Masking only the
     * first word would leave the rest of the secret in the line.
     */
    private static long extendPastSpace(CharSequence s, long value, int to) {
        if (value == KeyValueScanner.NONE) {
            return value;
        }
        int start = Chars.rangeStart(value);
        int end = Chars.rangeEnd(value);
        if (end >= to || s.charAt(end) != ' ') {
            return value;
        }
        if (CredentialScanner.isScheme(s, start, end)) {
            int lineEnd = KeyValueScanner.headerLineEnd(s, start, to);
            long credentials = CredentialScanner.headerCredentials(s, start, lineEnd);
            return credentials == KeyValueScanner.NONE ? value : Chars.range(start, Chars.rangeEnd(credentials));
        }
        if (Chars.isDigit(s.charAt(start))) {
            long card = DigitRunScanner.matchCard(s, start, to);
            if (card != KeyValueScanner.NONE) {
                return Chars.range(start, Chars.runEnd(s, Chars.rangeEnd(card), to, Chars.DIGIT));
            }
        }
        return value;
    }

    private long matchDigits(CharSequence s, int i, int to) {
        long hit = KeyValueScanner.NONE;
        if (isOn(BuiltInDetector.PAYMENT_CARD)) {
            hit = DigitRunScanner.matchCard(s, i, to);
        }
        if (hit == KeyValueScanner.NONE && isOn(BuiltInDetector.TELEGRAM_BOT_TOKEN)) {
            hit = DigitRunScanner.matchTelegram(s, i, to);
        }
        if (hit == KeyValueScanner.NONE && isOn(BuiltInDetector.IP_ADDRESS)) {
            hit = DigitRunScanner.matchIpv4(s, i, to);
        }
        return hit;
    }

    /** Which digit detector produced {@code hit}: re-derived so that the scan itself returns only a range. */
    private BuiltInDetector lastDigitDetector(CharSequence s, int i, int to, long hit) {
        if (isOn(BuiltInDetector.PAYMENT_CARD) && DigitRunScanner.matchCard(s, i, to) == hit) {
            return BuiltInDetector.PAYMENT_CARD;
        }
        if (isOn(BuiltInDetector.TELEGRAM_BOT_TOKEN) && DigitRunScanner.matchTelegram(s, i, to) == hit) {
            return BuiltInDetector.TELEGRAM_BOT_TOKEN;
        }
        return BuiltInDetector.IP_ADDRESS;
    }

    private static KeyNameTable buildKeyTable(List<String> extraExact, List<String> extraSuffix) {
        KeyNameTable table = new KeyNameTable();
        for (String name : DefaultKeyNames.EXACT) {
            table.addExact(name, BuiltInDetector.SENSITIVE_KEY);
        }
        for (String name : DefaultKeyNames.WORD_SUFFIX) {
            table.addWordSuffix(name, BuiltInDetector.SENSITIVE_KEY);
        }
        for (String name : extraExact) {
            table.addExact(name, BuiltInDetector.SENSITIVE_KEY);
        }
        for (String name : extraSuffix) {
            table.addAnySuffix(name, BuiltInDetector.SENSITIVE_KEY);
        }
        for (String name : DefaultKeyNames.AUTHORIZATION) {
            table.addExact(name, BuiltInDetector.AUTHORIZATION);
        }
        for (String name : DefaultKeyNames.AZURE_STORAGE) {
            table.addExact(name, BuiltInDetector.AZURE_STORAGE_KEY);
        }
        for (String name : DefaultKeyNames.AZURE_SAS) {
            table.addExact(name, BuiltInDetector.AZURE_SAS);
        }
        for (String name : DefaultKeyNames.AWS_SIGNING) {
            table.addExact(name, BuiltInDetector.AWS_KEY);
        }
        return table;
    }
}
