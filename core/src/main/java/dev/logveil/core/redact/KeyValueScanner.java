package dev.logveil.core.redact;

/**
 * Finds the key before an assignment operator and the value after it, in every shape a log line carries:
 * {@code k=v}, {@code k = v}, {@code k: v}, {@code "k":"v"}, {@code 'k': 'v'}, {@code k="v w"}, escaped JSON
 * {@code \"k\":\"v\"}, {@code ?k=v&}, header lines {@code K: v}, and Java toString shapes {@code k='v'},
 * {@code (k=v)}, {@code {k=v, ...}}, {@code k=[v]}.
 *
 * <p>Every scan is bounded or consumes what it reads, so a line is processed in linear time: the key look-back reads
 * at most {@link #MAX_KEY_LENGTH} characters, and a value scan ends at its terminator, or for an unclosed quote at the
 * end of the line, after which scanning resumes.
 */
final class KeyValueScanner {
    static final int MAX_KEY_LENGTH = 64;
    private static final int MAX_PADDING = 4;
    /** Blanks allowed between a key and its operator: property dumps align their {@code =} ({@code db.pw   = v}). */
    static final int MAX_KEY_PADDING = 32;
    /** How far a {@code toString()} value is followed to its syntactic end before falling back to the next blank. */
    private static final int MAX_TO_STRING_VALUE = 256;
    static final long NONE = -1L;

    private KeyValueScanner() {
    }

    /**
     * Finds the key that ends just before the operator at {@code op}.
     *
     * @return the key's range, or {@link #NONE}
     */
    static long findKey(char[] s, int from, int op) {
        int k = op - 1;
        int padding = 0;
        while (k >= from && padding < MAX_KEY_PADDING && isBlank(s[k])) {
            k--;
            padding++;
        }
        if (k < from) {
            return NONE;
        }
        char c = s[k];
        if (c == '"' || c == '\'') {
            k--;
            if (k >= from && s[k] == '\\') {
                k--;
            }
        }
        int keyEnd = k + 1;
        int length = 0;
        while (k >= from && Chars.is(s[k], Chars.KEY)) {
            if (k > from && s[k - 1] == '\\' && isEscapeLetter(s[k])) {
                // "\npassword=": the n belongs to the escaped line break, not to the key.
                break;
            }
            if (k - 2 >= from && s[k - 2] == '%' && Chars.is(s[k - 1], Chars.HEX) && Chars.is(s[k], Chars.HEX)) {
                // "%26password%3D": the 26 belongs to the encoded '&'.
                break;
            }
            if (++length > MAX_KEY_LENGTH) {
                return NONE;
            }
            k--;
        }
        ScanCounter.examined(op - k);
        if (length == 0) {
            return NONE;
        }
        int keyStart = k + 1;
        if (length > 3 && s[keyStart] == '-' && s[keyStart + 1] == 'D' && Chars.is(s[keyStart + 2], Chars.LOWER)) {
            // A JVM system property, -Dspring.datasource.password=...: the key starts after -D.
            keyStart += 2;
        }
        return Chars.range(keyStart, keyEnd);
    }

    /**
     * Finds the value after the operator at {@code op}.
     *
     * @param wholeLine whether an unquoted value runs to the end of the line (cookie headers)
     * @param queryParameter whether the key is a URL query parameter, whose value is never quoted
     * @param toStringShape whether the key stands in a {@code toString()} shape ({@code (k=}, {@code {k=},
     *     {@code [k=}, {@code , k=}), where a value runs to the next {@code , name=} or the closing bracket
     * @return the value's range (quotes excluded), or {@link #NONE} when there is no value
     */
    static long findValue(char[] s, int op, int to, boolean wholeLine, boolean queryParameter,
        boolean toStringShape) {
        int j = valueStart(s, op, to);
        if (j < 0 || j >= to) {
            return NONE;
        }
        char c = s[j];
        if (queryParameter && (c == '"' || c == '\'' || c == '`' || c == '\\')) {
            // A URL query value is never quoted: "GET /x?key=" ends the string, it opens no value.
            return NONE;
        }
        if (c == '\\' && j + 1 < to && (s[j + 1] == '"' || s[j + 1] == '\'')) {
            return nonEmpty(j + 2, escapedQuoteEnd(s, j + 2, to, s[j + 1]));
        }
        if (c == '"' || c == '\'' || c == '`') {
            return nonEmpty(j + 1, quoteEnd(s, j + 1, to, c));
        }
        if (c == '[') {
            return nonEmpty(j + 1, closingEnd(s, j + 1, to, ']'));
        }
        if (wholeLine) {
            return nonEmpty(j, lineEnd(s, j, to));
        }
        if (toStringShape && c != '-') {
            // A value that starts with '-' may be a PEM block, which the engine masks by its armour lines instead.
            int end = toStringEnd(s, j, to);
            if (end >= 0) {
                return nonEmpty(j, end);
            }
        }
        return nonEmpty(j, unquotedEnd(s, j, to));
    }

    /**
     * The index where the value starts after the operator at {@code op}, past {@code :=}, {@code =>} and padding; -1
     * when the operator is not an assignment ({@code ==}, {@code ::}, {@code ://}).
     */
    static int valueStart(char[] s, int op, int to) {
        char operator = s[op];
        int j = op + 1;
        if (j < to) {
            char next = s[j];
            if (operator == ':' && (next == ':' || next == '/')) {
                return -1;
            }
            if (operator == '=' && next == '=') {
                return -1;
            }
            if ((operator == ':' && next == '=') || (operator == '=' && next == '>')) {
                j++;
            }
        }
        // "k = v" is padded on both sides and "k= v" in a property dump has a value; but in "k=  next=1" the key's
        // value is empty and what follows is the next pair.
        if (operator == '=' && j < to && isBlank(s[j]) && !(op > 0 && isBlank(s[op - 1]))
            && isAssignmentAhead(s, j, to)) {
            return -1;
        }
        int padding = 0;
        while (j < to && padding < MAX_PADDING && isBlank(s[j])) {
            j++;
            padding++;
        }
        return j;
    }

    /**
     * Whether the text after the blanks at {@code from} is another assignment ({@code name=} or {@code name:}) or
     * nothing, rather than a value.
     */
    private static boolean isAssignmentAhead(char[] s, int from, int to) {
        int i = from;
        while (i < to && i - from < MAX_PADDING && isBlank(s[i])) {
            i++;
        }
        if (i >= to) {
            return true;
        }
        if (!Chars.is(s[i], Chars.WORD)) {
            return false;
        }
        int nameEnd = i;
        while (nameEnd < to && nameEnd - i <= MAX_KEY_LENGTH && Chars.is(s[nameEnd], Chars.KEY)) {
            nameEnd++;
        }
        ScanCounter.examined(nameEnd - from);
        return nameEnd < to && (s[nameEnd] == '=' || s[nameEnd] == ':');
    }

    /**
     * End of a value in a {@code toString()} shape ({@code {passphrase=correct horse, user=bob}},
     * {@code User(password=a;b!c, role=admin)}): the closing bracket, a line break, or the blank or comma before the
     * next {@code name=}. Read for at most {@value #MAX_TO_STRING_VALUE} characters; -1 when no end is found there.
     */
    static int toStringEnd(char[] s, int from, int to) {
        int limit = Math.min(to, from + MAX_TO_STRING_VALUE);
        int i = from;
        while (i < limit) {
            char c = s[i];
            if (c == ')' || c == '}' || c == ']' || c == '\n' || c == '\r') {
                return counted(from, i);
            }
            if (c == '\\' && i + 1 < limit && isEscapeLetter(s[i + 1])) {
                return counted(from, i);
            }
            if (c == ',' || c == ' ') {
                int nameStart = i + 1;
                if (c == ',' && nameStart < limit && s[nameStart] == ' ') {
                    nameStart++;
                }
                int nameEnd = nameStart;
                while (nameEnd < limit && Chars.is(s[nameEnd], Chars.KEY)) {
                    nameEnd++;
                }
                if (nameEnd > nameStart && nameEnd < limit && s[nameEnd] == '=') {
                    return counted(from, i);
                }
                // The word just read holds no terminator: go on after it.
                i = Math.max(i + 1, nameEnd);
                continue;
            }
            i++;
        }
        counted(from, i);
        return -1;
    }

    /**
     * Whether the {@code {} at {@code brace} opens an object of named values: {@code {"value":...},
     * {@code {value=...}}. A set or a token in braces ({@code {abc123}}) is a plain value.
     */
    static boolean opensObject(char[] s, int brace, int to) {
        int i = brace + 1;
        while (i < to && i - brace <= MAX_PADDING && isBlank(s[i])) {
            i++;
        }
        char quote = i < to && (s[i] == '"' || s[i] == '\'') ? s[i++] : 0;
        int nameStart = i;
        while (i < to && i - nameStart < MAX_KEY_LENGTH && Chars.is(s[i], Chars.KEY)) {
            i++;
        }
        ScanCounter.examined(i - brace);
        if (i == nameStart || (quote != 0 && (i >= to || s[i++] != quote))) {
            return false;
        }
        while (i < to && i - nameStart < MAX_KEY_LENGTH + MAX_PADDING && isBlank(s[i])) {
            i++;
        }
        return i < to && (s[i] == ':' || s[i] == '=');
    }

    /**
     * The index of the {@code }} that closes the object opening at {@code from}, strings skipped; the line break or
     * the end of the text when it never closes.
     */
    static int objectEnd(char[] s, int from, int to) {
        int depth = 0;
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return counted(from, i);
            } else if (c == '"') {
                i = quoteEnd(s, i + 1, to, '"');
            } else if (c == '\n' || c == '\r') {
                return counted(from, i);
            }
            i++;
        }
        return counted(from, to);
    }

    /**
     * The index of the next {@code :} or {@code =} in {@code s[from, to)}, or {@code to}. Strings need no skipping:
     * the scan resumes after each masked value, and a colon inside a value ends no key that matters.
     */
    static int nextAssignment(char[] s, int from, int to) {
        int i = from;
        while (i < to && s[i] != ':' && s[i] != '=') {
            i++;
        }
        return counted(from, i);
    }

    /** End of a value that is not quoted: the first terminator, or an escape sequence such as a literal {@code \n}. */
    static int unquotedEnd(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c < 128 && Chars.is(c, Chars.VALUE_END)) {
                return counted(from, i);
            }
            if (c == '\\' && i + 1 < to && isEscapeLetter(s[i + 1])) {
                return counted(from, i);
            }
            i++;
        }
        return counted(from, i);
    }

    /** End of a quoted value: the closing quote (backslash escapes skipped), or the end of the line if unclosed. */
    static int quoteEnd(char[] s, int from, int to, char quote) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c == quote) {
                return counted(from, i);
            }
            if (c == '\n' || c == '\r') {
                return counted(from, i);
            }
            if (c == '\\' && quote == '"' && i + 1 < to) {
                i += 2;
                continue;
            }
            i++;
        }
        return counted(from, to);
    }

    /** End of a value quoted with escaped quotes ({@code \"v\"} inside a JSON string), or the line end if unclosed. */
    static int escapedQuoteEnd(char[] s, int from, int to, char quote) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c == '\\' && i + 1 < to && s[i + 1] == quote) {
                return counted(from, i);
            }
            if (c == '\n' || c == '\r') {
                return counted(from, i);
            }
            i++;
        }
        return counted(from, to);
    }

    static int closingEnd(char[] s, int from, int to, char close) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c == close || c == '\n' || c == '\r') {
                return counted(from, i);
            }
            i++;
        }
        return counted(from, to);
    }

    /**
     * End of a value that runs to the end of the line (a cookie header): a line break, real or escaped, or a quote
     * that closes the text around it. A quote right after {@code =} opens a quoted cookie value
     * ({@code JSESSIONID="abc"; remember-me=...}) and does not end the header.
     */
    static int lineEnd(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c == '\n' || c == '\r') {
                return counted(from, i);
            }
            if (c == '"') {
                if (i == from || s[i - 1] != '=') {
                    return counted(from, i);
                }
                int close = i + 1;
                while (close < to && s[close] != '"' && s[close] != '\n' && s[close] != '\r') {
                    close++;
                }
                if (close >= to || s[close] != '"') {
                    return counted(from, close);
                }
                i = close + 1;
                continue;
            }
            if (c == '\\' && i + 1 < to && isEscapeLetter(s[i + 1])) {
                return counted(from, i);
            }
            i++;
        }
        return counted(from, to);
    }

    /** End of a header line's value: a line break, real or escaped. Quotes do not end it. */
    static int headerLineEnd(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s[i];
            boolean escapedBreak = c == '\\' && i + 1 < to && (s[i + 1] == 'n' || s[i + 1] == 'r');
            if (c == '\n' || c == '\r' || escapedBreak) {
                return counted(from, i);
            }
            i++;
        }
        return counted(from, to);
    }

    /** Records the characters from {@code from} to {@code end} as examined; returns {@code end}. */
    private static int counted(int from, int end) {
        ScanCounter.examined(end - from);
        return end;
    }

    static boolean isEscapeLetter(char c) {
        return c == 'n' || c == 'r' || c == 't' || c == '"' || c == '\'' || c == '\\';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static long nonEmpty(int start, int end) {
        return end > start ? Chars.range(start, end) : NONE;
    }
}
