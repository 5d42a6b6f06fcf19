package dev.logveil.core.redact;

/**
 * Secrets whose key is not followed by {@code =} or {@code :}: command-line flags ({@code --password v},
 * {@code curl -u user:pass}), XML elements ({@code <wsse:Password Type="...">v</wsse:Password>}), SQL
 * ({@code WITH PASSWORD 'v'}, {@code IDENTIFIED BY v}) and URL-encoded pairs ({@code password%3Dv}). Each starts at
 * one character the engine already stops at, reads a bounded key, and asks the engine's key rule about it.
 */
final class SyntaxScanner {
    /** How far back a {@code >} looks for its tag's {@code <}. */
    private static final int MAX_TAG = 128;

    /** The engine's verdict on a key. */
    interface KeyJudge {
        /** {@link #NOT_SENSITIVE}, {@link #SENSITIVE} or {@link #WEAK} for the key {@code s[start, end)}. */
        int judge(char[] s, int start, int end);
    }

    static final int NOT_SENSITIVE = 0;
    static final int SENSITIVE = 1;
    static final int WEAK = 2;

    private SyntaxScanner() {
    }

    /**
     * A command-line flag at {@code at} ({@code -} at a word boundary): {@code --password v}, {@code --api-key "v"},
     * or curl's {@code -u user:pass} / {@code --user user:pass}, whose password follows the first colon. The form with
     * {@code =} is an ordinary key-value pair and is left to that scan.
     */
    static long commandLineFlag(char[] s, int at, int to, KeyJudge keys) {
        if (at > 0 && !Chars.is(s[at - 1], Chars.SPACE) && s[at - 1] != '"' && s[at - 1] != '\'') {
            return KeyValueScanner.NONE;
        }
        int nameStart = at + 1 < to && s[at + 1] == '-' ? at + 2 : at + 1;
        int nameEnd = nameStart;
        int limit = Math.min(to, nameStart + KeyValueScanner.MAX_KEY_LENGTH);
        while (nameEnd < limit && (Chars.is(s[nameEnd], Chars.ALNUM) || s[nameEnd] == '-' || s[nameEnd] == '_'
            || s[nameEnd] == '.')) {
            nameEnd++;
        }
        ScanCounter.examined(nameEnd - at);
        if (nameEnd == nameStart || nameEnd >= to || s[nameEnd] != ' ') {
            return KeyValueScanner.NONE;
        }
        int valueStart = nameEnd;
        while (valueStart < to && valueStart - nameEnd < 4 && s[valueStart] == ' ') {
            valueStart++;
        }
        if (valueStart >= to || s[valueStart] == '-') {
            return KeyValueScanner.NONE;
        }
        boolean curlUser = (nameEnd - nameStart == 1 && s[nameStart] == 'u' && nameStart == at + 1)
            || (nameStart == at + 2 && Chars.startsWith(s, nameStart, nameEnd, "user") && nameEnd - nameStart == 4);
        if (curlUser) {
            long user = quotedOrWord(s, valueStart, to);
            if (user == KeyValueScanner.NONE) {
                return KeyValueScanner.NONE;
            }
            int colon = indexOf(s, ':', Chars.rangeStart(user), Chars.rangeEnd(user));
            return colon < 0 || colon + 1 >= Chars.rangeEnd(user) ? KeyValueScanner.NONE
                : Chars.range(colon + 1, Chars.rangeEnd(user));
        }
        if (nameStart != at + 2) {
            return KeyValueScanner.NONE;
        }
        int verdict = keys.judge(s, nameStart, nameEnd);
        if (verdict == NOT_SENSITIVE) {
            return KeyValueScanner.NONE;
        }
        long value = quotedOrWord(s, valueStart, to);
        if (value != KeyValueScanner.NONE && verdict == WEAK
            && !ValueShapes.looksLikeCredential(s, Chars.rangeStart(value), Chars.rangeEnd(value))) {
            return KeyValueScanner.NONE;
        }
        return value;
    }

    /**
     * Where a value of digits ends once the digit groups that follow it are counted in: {@code --pin 4111 1111 1111
     * 1111} and {@code IDENTIFIED BY 4111 1111 1111 1111} are one value each. Masking only the first group would leave
     * the rest too short for the card detector, and twelve digits of the card in the line.
     */
    private static int digitGroupsEnd(char[] s, int start, int end, int to) {
        for (int i = start; i < end; i++) {
            if (!Chars.isDigit(s[i])) {
                return end;
            }
        }
        int groupsEnd = end;
        while (groupsEnd + 1 < to && (s[groupsEnd] == ' ' || s[groupsEnd] == '-') && Chars.isDigit(s[groupsEnd + 1])) {
            groupsEnd += 2;
            while (groupsEnd < to && Chars.isDigit(s[groupsEnd])) {
                groupsEnd++;
            }
        }
        ScanCounter.examined(groupsEnd - start);
        return groupsEnd;
    }

    /**
     * An XML element whose start tag ends at {@code gt}: {@code <password>v</password>},
     * {@code <wsse:Password Type="...">v</wsse:Password>}. The name's namespace prefix is ignored; the value runs
     * to the next {@code <} or line break.
     */
    static long xmlElement(char[] s, int from, int gt, int to, KeyJudge keys) {
        if (gt == from || s[gt - 1] == '/') {
            return KeyValueScanner.NONE;
        }
        int lt = gt - 1;
        int stop = Math.max(from, gt - MAX_TAG);
        while (lt >= stop && s[lt] != '<' && s[lt] != '>' && s[lt] != '\n') {
            lt--;
        }
        ScanCounter.examined(gt - lt);
        if (lt < stop || s[lt] != '<' || lt + 1 >= gt || !Chars.is(s[lt + 1], Chars.ALNUM)) {
            return KeyValueScanner.NONE;
        }
        int nameEnd = lt + 1;
        int localStart = lt + 1;
        while (nameEnd < gt && (Chars.is(s[nameEnd], Chars.KEY) || s[nameEnd] == ':')) {
            if (s[nameEnd] == ':') {
                localStart = nameEnd + 1;
            }
            nameEnd++;
        }
        if (nameEnd != gt && s[nameEnd] != ' ' && s[nameEnd] != '\t' || !onlyAttributes(s, nameEnd, gt)) {
            return KeyValueScanner.NONE;
        }
        int verdict = localStart < nameEnd ? keys.judge(s, localStart, nameEnd) : NOT_SENSITIVE;
        if (verdict == NOT_SENSITIVE) {
            return KeyValueScanner.NONE;
        }
        int end = gt + 1;
        while (end < to && s[end] != '<' && s[end] != '\n' && s[end] != '\r') {
            end++;
        }
        ScanCounter.examined(end - gt);
        if (end == gt + 1 || (verdict == WEAK && !ValueShapes.looksLikeCredential(s, gt + 1, end))) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(gt + 1, end);
    }

    /**
     * Whether {@code s[from, to)} holds only attributes ({@code  name="value"}): a tag, not a comparison or a
     * generic type. A mask outside quotes is not an attribute, so a tag read again after redaction is judged as
     * it was the first time.
     */
    private static boolean onlyAttributes(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c == '"' || c == '\'') {
                int close = i + 1;
                while (close < to && s[close] != c) {
                    close++;
                }
                if (close >= to) {
                    return false;
                }
                i = close + 1;
            } else if (Chars.is(c, Chars.KEY) || c == ':' || c == '=' || c == ' ' || c == '\t') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * A single-quoted value right after a sensitive word and a space: SQL's {@code ALTER USER bob WITH PASSWORD 'v'},
     * or prose that quotes the secret. {@code quote} is the opening quote.
     */
    static long quotedAfterKey(char[] s, int from, int quote, int to, KeyJudge keys) {
        long key = KeyValueScanner.findKey(s, from, quote);
        if (key == KeyValueScanner.NONE || keys.judge(s, Chars.rangeStart(key), Chars.rangeEnd(key)) != SENSITIVE) {
            return KeyValueScanner.NONE;
        }
        int end = KeyValueScanner.quoteEnd(s, quote + 1, to, '\'');
        return end > quote + 1 ? Chars.range(quote + 1, end) : KeyValueScanner.NONE;
    }

    /** SQL's {@code IDENTIFIED BY v} (Oracle, MySQL) at {@code at}, a word start holding {@code I} or {@code i}. */
    static long identifiedBy(char[] s, int at, int to) {
        if (!Chars.startsWithIgnoreCase(s, at, to, "identified by ")) {
            return KeyValueScanner.NONE;
        }
        int start = at + "identified by ".length();
        if (Chars.startsWithIgnoreCase(s, start, to, "values ") || Chars.startsWithIgnoreCase(s, start, to,
            "password ")) {
            // "IDENTIFIED BY VALUES '<hash>'", "IDENTIFIED BY PASSWORD '<hash>'": the quoted hash is the value.
            start = Chars.runEnd(s, start, to, Chars.ALNUM) + 1;
        }
        return start < to ? quotedOrWord(s, start, to) : KeyValueScanner.NONE;
    }

    /**
     * A URL-encoded pair whose {@code =} is written {@code %3D} at {@code percent}: {@code password%3Dv}, an
     * {@code access_token%3D...} inside an encoded {@code redirect_uri}. The value ends at an encoded {@code &},
     * space, quote or separator, or where an unencoded value would.
     */
    static long urlEncoded(char[] s, int from, int percent, int to, KeyJudge keys) {
        long key = KeyValueScanner.findKey(s, from, percent);
        if (key == KeyValueScanner.NONE) {
            return KeyValueScanner.NONE;
        }
        int verdict = keys.judge(s, Chars.rangeStart(key), Chars.rangeEnd(key));
        if (verdict == NOT_SENSITIVE) {
            return KeyValueScanner.NONE;
        }
        int start = percent + 3;
        int end = start;
        while (end < to) {
            char c = s[end];
            if (c < 128 && Chars.is(c, Chars.VALUE_END)) {
                break;
            }
            if (c == '%' && end + 2 < to && isEncodedDelimiter(s[end + 1], s[end + 2])) {
                break;
            }
            end++;
        }
        ScanCounter.examined(end - start);
        if (end == start || (verdict == WEAK && !ValueShapes.looksLikeCredential(s, start, end))) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(start, end);
    }

    /** {@code %26 &}, {@code %20 space}, {@code %22 "}, {@code %2C ,}, {@code %3B ;}, {@code %23 #}. */
    private static boolean isEncodedDelimiter(char high, char low) {
        char l = (char) (low | 0x20);
        return (high == '2' && (l == '6' || l == '0' || l == '2' || l == 'c' || l == '3')) || (high == '3' && l == 'b');
    }

    /**
     * A quoted value (quotes excluded) or one word, from {@code start}; a word of digits takes the digit groups after
     * it ({@link #digitGroupsEnd}).
     */
    private static long quotedOrWord(char[] s, int start, int to) {
        char c = s[start];
        if (c == '"' || c == '\'') {
            int end = KeyValueScanner.quoteEnd(s, start + 1, to, c);
            return end > start + 1 ? Chars.range(start + 1, end) : KeyValueScanner.NONE;
        }
        int end = start;
        while (end < to && !Chars.is(s[end], Chars.SPACE) && s[end] != ';' && s[end] != '"' && s[end] != '\'') {
            end++;
        }
        ScanCounter.examined(end - start);
        return end > start ? Chars.range(start, digitGroupsEnd(s, start, end, to)) : KeyValueScanner.NONE;
    }

    private static int indexOf(char[] s, char wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
