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
    /** The key rule as the syntax scanners ask it. */
    private final SyntaxScanner.KeyJudge judge = this::judgeKey;
    private final boolean anyKeyDetector;
    /** First two characters of every letter-led detector prefix; see {@link #nextTrigger}. */
    private final boolean[] wordStarts = new boolean[128 * 128];
    /** Whether every word start must be examined (the opt-in entropy detector looks at all of them). */
    private final boolean allLettersStart;
    /** Whether a run of fewer than four digits can start a detector (an IPv4 address, when enabled). */
    private final boolean shortDigitRunsMatter;

    ScanEngine(Set<BuiltInDetector> detectors, List<String> extraExactKeys, List<String> extraSuffixKeys,
        List<String> exemptKeys, Masker masker) {
        for (BuiltInDetector detector : detectors) {
            enabled[detector.ordinal()] = true;
        }
        this.masker = masker;
        this.keys = buildKeyTable(extraExactKeys, extraSuffixKeys, exemptKeys);
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
        byPrefix.forEach((index, rules) -> {
            rulesByPrefix[index] = rules.toArray(new TokenRule[0]);
            wordStarts[index] = true;
        });
        if (isOn(BuiltInDetector.JWT)) {
            wordStarts[prefixIndex('e', 'y')] = true;
        }
        if (isOn(BuiltInDetector.SENSITIVE_KEY)) {
            // SQL's IDENTIFIED BY.
            for (char first : new char[] {'I', 'i'}) {
                for (char second : new char[] {'D', 'd'}) {
                    wordStarts[prefixIndex(first, second)] = true;
                }
            }
        }
        if (isOn(BuiltInDetector.AUTHORIZATION)) {
            for (char b : new char[] {'B', 'b'}) {
                for (char e : new char[] {'E', 'e'}) {
                    wordStarts[prefixIndex(b, e)] = true;
                }
            }
        }
        this.allLettersStart = isOn(BuiltInDetector.HIGH_ENTROPY);
        this.shortDigitRunsMatter = isOn(BuiltInDetector.IP_ADDRESS);
    }

    /**
     * The index of the next character where a detector may start, from {@code i}: an operator or {@code - @}, a
     * digit at a word start, or a letter at a word start whose first two characters begin some detector's prefix.
     * Kept small and separate so that the JIT compiles it into a tight loop: a clean line spends its time here.
     */
    private int nextTrigger(char[] s, int i, int to, boolean previousIsWord) {
        byte[] scan = Chars.SCAN;
        if (previousIsWord) {
            i = skipWord(s, i, to);
        }
        while (i < to) {
            char c = s[i];
            int kind = scan[c];
            if ((kind & Chars.SCAN_WORD) == 0) {
                if ((kind & Chars.SCAN_OPERATOR) != 0) {
                    if (c == '\\') {
                        // The letter of an escape such as a literal "\n" is not a word start; the one after it is.
                        i += i + 1 < to && isEscapedBreak(s[i + 1]) ? 2 : 1;
                        continue;
                    }
                    if (operatorMayMatter(s, i, to, c)) {
                        return i;
                    }
                }
                i++;
                continue;
            }
            // A word starts at i.
            if ((kind & Chars.SCAN_DIGIT) != 0) {
                int runEnd = i + 1;
                while (runEnd < to && (scan[s[runEnd]] & Chars.SCAN_DIGIT) != 0) {
                    runEnd++;
                }
                // Counts, ids, times and dates are short runs: only an IPv4 address starts with one.
                if ((runEnd - i >= 4 || shortDigitRunsMatter) && digitRunMayMatter(s, i, runEnd, to)) {
                    return i;
                }
                i = runEnd;
            } else {
                if ((kind & Chars.SCAN_LETTER) != 0) {
                    char second = i + 1 < to ? s[i + 1] : 0;
                    if (allLettersStart || (second < 128 && wordStarts[prefixIndex(c, second)])) {
                        return i;
                    }
                }
                i++;
            }
            i = skipWord(s, i, to);
        }
        return to;
    }

    private static boolean isEscapedBreak(char c) {
        return c == 'n' || c == 'r' || c == 't';
    }

    /** The end of the word that continues at {@code i}: the loop a clean line spends most of its time in. */
    private static int skipWord(char[] s, int i, int to) {
        byte[] scan = Chars.SCAN;
        while (i < to && (scan[s[i]] & Chars.SCAN_WORD) != 0) {
            i++;
        }
        return i;
    }

    /**
     * Whether an operator at {@code i} can start a detector: cheap tests that most such characters fail. Kept under
     * the JIT's inlining size: {@code =}, {@code :} and {@code -} are common in clean lines, the rest are rare.
     */
    private boolean operatorMayMatter(char[] s, int i, int to, char c) {
        if (c == '=') {
            return anyKeyDetector && keys.canEndKey(s, 0, i);
        }
        if (c == ':') {
            if (i > 0 && i + 1 < to && Chars.isDigit(s[i - 1]) && Chars.isDigit(s[i + 1])) {
                // A time of day or a port after a number ("11:36:39", "10.0.0.5:8080"): no key ends in a digit here.
                return false;
            }
            return (i + 1 < to && s[i + 1] == '/') || (anyKeyDetector && keys.canEndKey(s, 0, i))
                || (isOn(BuiltInDetector.URL_CREDENTIALS) && UrlCredentialScanner.followsOracleThin(s, i));
        }
        if (c == '-') {
            // "--" opens a PEM armour line or a long flag; "-u " is curl's user:password.
            return i + 1 < to && (s[i + 1] == '-' || s[i + 1] == 'u') && dashMayMatter(s, i, to);
        }
        return rareOperatorMayMatter(s, i, to, c);
    }

    private boolean dashMayMatter(char[] s, int i, int to) {
        return (s[i + 1] == '-' && (isOn(BuiltInDetector.PRIVATE_KEY) || anyKeyDetector))
            || (i + 2 < to && s[i + 2] == ' ' && anyKeyDetector);
    }

    /** {@code > % ' @}: an XML tag's end, a URL-encoded {@code =}, SQL's quote, an e-mail address. */
    private boolean rareOperatorMayMatter(char[] s, int i, int to, char c) {
        switch (c) {
            case '>':
                return anyKeyDetector && i > 0 && (Chars.is(s[i - 1], Chars.ALNUM) || s[i - 1] == '"'
                    || s[i - 1] == '\'');
            case '%':
                return anyKeyDetector && i + 2 < to && s[i + 1] == '3' && (s[i + 2] == 'D' || s[i + 2] == 'd')
                    && keys.canEndKey(s, 0, i);
            case '\'':
                return anyKeyDetector && i > 0 && s[i - 1] == ' ' && keys.canEndKey(s, 0, i);
            case '@':
                return isOn(BuiltInDetector.EMAIL);
            default:
                return false;
        }
    }

    /**
     * Whether the digit run {@code s[i, runEnd)} at a word start can begin a card number (13 or more digits, or a
     * first group of 4 to 6 followed by a separator and four more digits), a Telegram token (8 to 10 digits and a
     * colon) or, when enabled, an IPv4 address. Timestamps, counts and ids fail at once.
     */
    private boolean digitRunMayMatter(char[] s, int i, int runEnd, int to) {
        int length = runEnd - i;
        char after = runEnd < to ? s[runEnd] : 0;
        boolean card = length >= 13 || (length >= 4 && length <= 6 && (after == ' ' || after == '-')
            && Chars.runEnd(s, runEnd + 1, Math.min(to, runEnd + 5), Chars.DIGIT) == runEnd + 5);
        return (card && isOn(BuiltInDetector.PAYMENT_CARD))
            || (length >= 8 && length <= 10 && after == ':' && isOn(BuiltInDetector.TELEGRAM_BOT_TOKEN))
            || (length <= 3 && after == '.' && isOn(BuiltInDetector.IP_ADDRESS));
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

    /** The key rule's verdict on {@code s[start, end)} for the syntax scanners, with disabled detectors left out. */
    private int judgeKey(char[] s, int start, int end) {
        int found = keys.lookup(s, start, end);
        if (found < 0 || !enabled[found & ~KeyNameTable.WEAK]) {
            return SyntaxScanner.NOT_SENSITIVE;
        }
        return (found & KeyNameTable.WEAK) != 0 ? SyntaxScanner.WEAK : SyntaxScanner.SENSITIVE;
    }

    /** Whether {@code key} names a secret for one of the enabled key-based detectors. */
    boolean isSensitiveKey(CharSequence key) {
        int length = key.length();
        char[] chars = ScanBuffer.borrow(length);
        try {
            for (int i = 0; i < length; i++) {
                chars[i] = key.charAt(i);
            }
            int detector = keys.lookup(chars, 0, length);
            // A weak name alone ("key", "auth") says too little: its value is scanned like any text instead.
            return detector >= 0 && (detector & KeyNameTable.WEAK) == 0 && enabled[detector];
        } finally {
            ScanBuffer.release(chars);
        }
    }

    /** Scans a whole string; {@code null} when nothing was found. */
    StringBuilder scan(String text, MatchListener listener) {
        int length = text.length();
        char[] chars = ScanBuffer.borrow(length);
        try {
            text.getChars(0, length, chars, 0);
            return scan(chars, length, listener, text, 0);
        } finally {
            ScanBuffer.release(chars);
        }
    }

    /** Scans {@code sb[from, to)}; {@code null} when nothing was found, else the redacted text of that range. */
    StringBuilder scan(StringBuilder sb, int from, int to, MatchListener listener) {
        int length = to - from;
        char[] chars = ScanBuffer.borrow(length);
        try {
            sb.getChars(from, to, chars, 0);
            return scan(chars, length, listener, sb, from);
        } finally {
            ScanBuffer.release(chars);
        }
    }

    /**
     * Scans {@code s[0, to)}: the borrowed buffer always holds the text from index 0.
     *
     * @param source the caller's text, whose {@code sourceOffset + k} is {@code s[k]}; unchanged text is copied from it
     * @return {@code null} when nothing was found (nothing allocated); otherwise the redacted text
     */
    private StringBuilder scan(char[] s, int to, MatchListener listener, CharSequence source, int sourceOffset) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int jwtBlockedUntil = 0;
        int tokenBlockedUntil = 0;
        int entropyBlockedUntil = 0;
        boolean previousIsWord = false;
        // The first line break at or after the last key found: header values run to it. Found once and reused until
        // the scan passes it, so that many headers on one line do not each rescan the rest of the line.
        int lineBreak = -1;
        // A weak name's value that was judged no credential: weak names inside it are not judged again, which keeps
        // "key=key=key=..." linear.
        int weakBlockedUntil = 0;
        // The end of an object that is a sensitive key's value ("password":{"value":"x"}): its braces stay, and
        // every value inside it is masked whatever its key.
        int secretObjectUntil = 0;
        // A region that ended inside an earlier replacement; see below.
        int cutUntil = 0;
        while (true) {
            int resumedAt = i;
            while (true) {
                // Inside a sensitive key's object every assignment is one, whatever its key: the pre-scan stops at
                // the next one, or earlier where something else may start. One call site keeps the pre-scan small.
                int bound = i < secretObjectUntil ? KeyValueScanner.nextAssignment(s, i, secretObjectUntil) : to;
                int trigger = nextTrigger(s, i, bound, previousIsWord);
                if (trigger < bound || bound == to || bound < secretObjectUntil) {
                    i = trigger;
                    break;
                }
                // The object ended with no trigger in it: go on past it.
                i = bound;
                previousIsWord = false;
            }
            ScanCounter.examined(i - resumedAt);
            if (i >= to) {
                break;
            }
            char c = s[i];
            int flags = Chars.flags(c);
            long hit = KeyValueScanner.NONE;
            BuiltInDetector detector = null;
            int next = i + 1;
            int digitRunEnd = i;
            if (c == '=' || c == ':') {
                if (anyKeyDetector && i >= cutUntil) {
                    // The key is looked for in text not yet masked: a mask ends every key, in this pass and the next.
                    long key = KeyValueScanner.findKey(s, copied, i);
                    if (key != KeyValueScanner.NONE) {
                        int keyStart = Chars.rangeStart(key);
                        int keyEnd = Chars.rangeEnd(key);
                        int found = keys.lookup(s, keyStart, keyEnd);
                        if (found < 0 && c == ':' && isLinkingVerb(s, keyStart, keyEnd) && keyStart > copied + 1
                            && s[keyStart - 1] == ' ') {
                            // "Your new password is: v": the subject before "is" is the key.
                            long subject = KeyValueScanner.findKey(s, copied, keyStart - 1);
                            if (subject != KeyValueScanner.NONE) {
                                int subjectFound = keys.lookup(s, Chars.rangeStart(subject), Chars.rangeEnd(subject));
                                if (subjectFound >= 0 && (subjectFound & KeyNameTable.WEAK) == 0) {
                                    found = subjectFound;
                                    keyStart = Chars.rangeStart(subject);
                                }
                            }
                        }
                        if (found < 0 && i < secretObjectUntil) {
                            found = BuiltInDetector.SENSITIVE_KEY.ordinal();
                        }
                        int owner = found & ~KeyNameTable.WEAK;
                        boolean weak = found != owner;
                        if (found >= 0 && enabled[owner] && !(weak && i < weakBlockedUntil)) {
                            detector = DETECTORS[owner];
                            if (lineBreak < i && (detector == BuiltInDetector.AUTHORIZATION
                                || CredentialScanner.schemeFollows(s, KeyValueScanner.valueStart(s, i, to), to))) {
                                // Only a header value or "token: Bearer x" runs to the line's end.
                                lineBreak = KeyValueScanner.headerLineEnd(s, i, to);
                            }
                            boolean wholeLine = wholeLineKeys.lookup(s, keyStart, keyEnd) >= 0;
                            // A URL query value ("?key=" or "&key=") is never quoted.
                            boolean query = keyStart > 0 && (s[keyStart - 1] == '?' || s[keyStart - 1] == '&');
                            char beforeKey = keyStart > 0 ? s[keyStart - 1] : 0;
                            boolean toStringShape = c == '=' && (beforeKey == '(' || beforeKey == '{'
                                || beforeKey == '[' || (beforeKey == ' ' && keyStart >= 2 && s[keyStart - 2] == ','));
                            int valueAt = KeyValueScanner.valueStart(s, i, to);
                            if (valueAt >= 0 && valueAt < to && s[valueAt] == '{' && !wholeLine
                                && detector == BuiltInDetector.SENSITIVE_KEY && KeyValueScanner.opensObject(s,
                                valueAt, to)) {
                                if (i >= secretObjectUntil) {
                                    secretObjectUntil = KeyValueScanner.objectEnd(s, valueAt, to);
                                }
                            } else {
                                hit = valueOf(detector, s, i, to, lineBreak, wholeLine, query, toStringShape);
                            }
                            if (c == ':' && hit != KeyValueScanner.NONE && isProse(s, keyStart, hit)) {
                                hit = KeyValueScanner.NONE;
                            }
                            if (weak && hit != KeyValueScanner.NONE
                                && !ValueShapes.looksLikeCredential(s, Chars.rangeStart(hit), Chars.rangeEnd(hit))) {
                                // A weak name ("key", "auth"): an object key, a cache key or a keyboard key stays.
                                weakBlockedUntil = Chars.rangeEnd(hit);
                                hit = KeyValueScanner.NONE;
                            }
                        }
                    }
                }
                if (hit == KeyValueScanner.NONE && c == ':' && isOn(BuiltInDetector.URL_CREDENTIALS)) {
                    hit = UrlCredentialScanner.match(s, i, to);
                    if (hit == KeyValueScanner.NONE) {
                        hit = UrlCredentialScanner.matchOracleThin(s, i, to);
                    }
                    detector = BuiltInDetector.URL_CREDENTIALS;
                }
            } else if ((flags & Chars.ALNUM) != 0) {
                if (Chars.isDigit(c)) {
                    // nextTrigger let this digit run through: it has the shape of a card, a token or an address.
                    digitRunEnd = Chars.runEnd(s, i, to, Chars.DIGIT);
                    if (isOn(BuiltInDetector.PAYMENT_CARD)) {
                        hit = DigitRunScanner.matchCard(s, i, to);
                        detector = BuiltInDetector.PAYMENT_CARD;
                        if (hit != KeyValueScanner.NONE && isIdValue(s, copied, i)) {
                            // "dd.trace_id=3045378399811216250", "order_id=4111...": an id that passes Luhn.
                            hit = KeyValueScanner.NONE;
                        }
                    }
                    if (hit == KeyValueScanner.NONE && isOn(BuiltInDetector.TELEGRAM_BOT_TOKEN)) {
                        hit = DigitRunScanner.matchTelegram(s, i, to);
                        detector = BuiltInDetector.TELEGRAM_BOT_TOKEN;
                    }
                    if (hit == KeyValueScanner.NONE && isOn(BuiltInDetector.IP_ADDRESS)) {
                        hit = DigitRunScanner.matchIpv4(s, i, to);
                        detector = BuiltInDetector.IP_ADDRESS;
                    }
                } else {
                    char second = i + 1 < to ? s[i + 1] : 0;
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
                    if (hit == KeyValueScanner.NONE && (c == 'I' || c == 'i') && isOn(BuiltInDetector.SENSITIVE_KEY)) {
                        hit = SyntaxScanner.identifiedBy(s, i, to);
                        detector = BuiltInDetector.SENSITIVE_KEY;
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
                    next = digitRunEnd;
                }
            } else if (c == '-') {
                if (isOn(BuiltInDetector.PRIVATE_KEY)) {
                    hit = PemScanner.match(s, i, to);
                    detector = BuiltInDetector.PRIVATE_KEY;
                }
                if (hit == KeyValueScanner.NONE && anyKeyDetector) {
                    hit = SyntaxScanner.commandLineFlag(s, i, to, judge);
                    detector = BuiltInDetector.SENSITIVE_KEY;
                }
            } else if (c == '>' && anyKeyDetector) {
                hit = SyntaxScanner.xmlElement(s, 0, i, to, judge);
                detector = BuiltInDetector.SENSITIVE_KEY;
            } else if (c == '%' && anyKeyDetector) {
                hit = SyntaxScanner.urlEncoded(s, copied, i, to, judge);
                detector = BuiltInDetector.SENSITIVE_KEY;
            } else if (c == '\'' && anyKeyDetector) {
                hit = SyntaxScanner.quotedAfterKey(s, copied, i, to, judge);
                detector = BuiltInDetector.SENSITIVE_KEY;
            } else if (c == '@' && isOn(BuiltInDetector.EMAIL)) {
                hit = OptInScanners.matchEmail(s, copied, i, to);
                detector = BuiltInDetector.EMAIL;
            }
            if (hit != KeyValueScanner.NONE) {
                int start = Chars.rangeStart(hit);
                int end = Chars.rangeEnd(hit);
                int maskedUntil = masker.replacementEnd(s, start, end, to);
                if (maskedUntil >= 0) {
                    // Redacted before. Scan on after that replacement, not after the region: text that follows the
                    // mask inside the region ("[REDACTED] ghp_...") still gets every detector's look.
                    next = Math.max(maskedUntil, i + 1);
                } else if (masker.replacementCutAt(s, start, end, to)) {
                    // The region ends inside a replacement that starts in it: the replacement's own bracket or colon
                    // ended the region, so it is not the region the original text gave; what it covers was judged
                    // when the replacement was made. Leave it; key-value regions inside it are not searched again.
                    cutUntil = Math.max(cutUntil, end);
                } else {
                    if (out == null) {
                        out = new StringBuilder(to + 16);
                    }
                    // Unchanged text is copied from the caller's text: a Latin-1 String appends by arraycopy,
                    // a char[] with a per-character check.
                    out.append(source, sourceOffset + copied, sourceOffset + start);
                    masker.appendReplacement(s, start, end, out);
                    copied = end;
                    if (listener != null) {
                        listener.matched(detector);
                    }
                    next = Math.max(end, i + 1);
                }
            }
            previousIsWord = next == i + 1 ? (flags & Chars.WORD) != 0 : Chars.is(s[next - 1], Chars.WORD);
            i = next;
        }
        if (out != null) {
            out.append(source, sourceOffset + copied, sourceOffset + to);
        }
        return out;
    }

    /** Whether {@code s[from, to)} is "is", "was" or "are", as in "the password is: v". */
    private static boolean isLinkingVerb(char[] s, int from, int to) {
        int length = to - from;
        return (length == 2 && Chars.startsWithIgnoreCase(s, from, to, "is"))
            || (length == 3 && (Chars.startsWithIgnoreCase(s, from, to, "was")
            || Chars.startsWithIgnoreCase(s, from, to, "are")));
    }

    /**
     * Whether the digits at {@code at} are the value of a key that names an identifier: {@code trace_id=},
     * {@code "order_id": "}, {@code spanId: }.
     */
    private static boolean isIdValue(char[] s, int from, int at) {
        int op = at - 1;
        if (op >= from && (s[op] == '"' || s[op] == '\'')) {
            op--;
        }
        while (op >= from && at - op <= 6 && s[op] == ' ') {
            op--;
        }
        if (op < from || (s[op] != '=' && s[op] != ':')) {
            return false;
        }
        long key = KeyValueScanner.findKey(s, from, op);
        return key != KeyValueScanner.NONE && KeyWords.namesAnId(s, Chars.rangeStart(key), Chars.rangeEnd(key));
    }

    /**
     * Whether a {@code key: value} is a sentence rather than an assignment: the key follows a word and a space
     * ("Missing API key: send it") and the value is an ordinary word. Such values are left alone; a value with digits
     * or symbols ("DB password: hunter2") is still masked.
     */
    private boolean isProse(char[] s, int keyStart, long value) {
        // A replacement counts as the word it replaced, so that redacting redacted text decides the same way.
        boolean afterWord = keyStart >= 2 && s[keyStart - 1] == ' '
            && (Chars.is(s[keyStart - 2], Chars.ALNUM) || masker.endsWithReplacement(s, keyStart - 1));
        return afterWord && CredentialScanner.isOrdinaryWord(s, Chars.rangeStart(value), Chars.rangeEnd(value));
    }

    /**
     * The value after the operator at {@code op} of a key that belongs to {@code detector}.
     *
     * @param lineBreak the first line break (real or escaped) at or after {@code op}
     */
    private long valueOf(BuiltInDetector detector, char[] s, int op, int to, int lineBreak, boolean wholeLine,
        boolean query, boolean toStringShape) {
        if (detector != BuiltInDetector.AUTHORIZATION) {
            return extendPastSpace(s, KeyValueScanner.findValue(s, op, to, wholeLine, query, toStringShape), to,
                lineBreak);
        }
        int start = KeyValueScanner.valueStart(s, op, to);
        if (start < 0 || start >= to) {
            return KeyValueScanner.NONE;
        }
        char first = s[start];
        boolean contained = first == '"' || first == '\'' || first == '[' || first == '\\';
        // A quoted or bracketed value ends at its closing quote; a header line's value runs to the end of the line,
        // quotes included (Digest parameters are quoted).
        long container = contained ? KeyValueScanner.findValue(s, op, to, false, query, false)
            : Chars.range(start, Math.max(start, lineBreak));
        if (container == KeyValueScanner.NONE) {
            return KeyValueScanner.NONE;
        }
        return extendPastSpace(s, CredentialScanner.headerCredentials(s, Chars.rangeStart(container),
            Chars.rangeEnd(container)), to, lineBreak);
    }

    /**
     * An unquoted value ends at a space, but two secrets continue past it: a scheme and its credentials
     * ({@code token: Bearer abc}) and a card number in groups ({@code card=4111 1111 1111 1111}). Masking only the
     * first word would leave the rest of the secret in the line.
     */
    private static long extendPastSpace(char[] s, long value, int to, int lineBreak) {
        if (value == KeyValueScanner.NONE) {
            return value;
        }
        int start = Chars.rangeStart(value);
        int end = Chars.rangeEnd(value);
        if (end >= to || s[end] != ' ') {
            return value;
        }
        if (s[start] == '-') {
            // "key=-----BEGIN RSA PRIVATE KEY-----...": the PEM scanner masks the whole body.
            long pem = PemScanner.match(s, start, to);
            if (pem != KeyValueScanner.NONE) {
                return pem;
            }
        }
        if (CredentialScanner.isScheme(s, start, end)) {
            int lineEnd = start >= 0 && start <= lineBreak ? lineBreak : KeyValueScanner.headerLineEnd(s, start, to);
            long credentials = CredentialScanner.headerCredentials(s, start, lineEnd);
            return credentials == KeyValueScanner.NONE ? value : Chars.range(start, Chars.rangeEnd(credentials));
        }
        int digit = start;
        while (digit < end && !Chars.is(s[digit], Chars.ALNUM)) {
            digit++;
        }
        if (digit < end && Chars.isDigit(s[digit])) {
            // "card: (4111 1111 1111 1111)": the value starts with punctuation, the card at its first digit.
            long card = DigitRunScanner.matchCard(s, digit, to);
            if (card != KeyValueScanner.NONE) {
                return Chars.range(start, Chars.runEnd(s, Chars.rangeEnd(card), to, Chars.DIGIT));
            }
        }
        return value;
    }

    static KeyNameTable buildKeyTable(List<String> extraExact, List<String> extraSuffix,
        List<String> exempt) {
        KeyNameTable table = new KeyNameTable(KeyWords.DEFAULT);
        for (String name : DefaultKeyNames.EXACT) {
            table.addExact(name, BuiltInDetector.SENSITIVE_KEY);
        }
        for (String name : extraExact) {
            table.addExact(name, BuiltInDetector.SENSITIVE_KEY);
        }
        for (String name : extraSuffix) {
            table.addAnySuffix(name, BuiltInDetector.SENSITIVE_KEY);
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
        for (String name : exempt) {
            table.addExempt(name);
        }
        return table;
    }
}
