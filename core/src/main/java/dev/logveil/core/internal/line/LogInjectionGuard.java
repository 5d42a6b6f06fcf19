package dev.logveil.core.internal.line;

/**
 * Neutralises log injection in a value: the characters that end a line (CR, LF, NEL U+0085, LINE SEPARATOR U+2028,
 * PARAGRAPH SEPARATOR U+2029), the other C0 control characters and the ESC that starts an ANSI escape sequence are
 * written as Java-style escapes (backslash-r, backslash-n, and backslash-u with four hex digits for the rest), and a
 * backslash is doubled, so a forged line cannot start a new log line or repaint a terminal, and the original can be
 * recovered by unescaping. Tabs are kept. Opt-in ({@code escapeLineBreaks}); it runs after redaction, so that an
 * escaped line break never hides a key from the detectors. Exception text keeps the line breaks of its stack trace
 * ({@link #escapeExceptionText}).
 */
public final class LogInjectionGuard {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LogInjectionGuard() {
    }

    /**
     * Escapes {@code sb[from..]} in place.
     *
     * @return whether anything was escaped
     */
    public static boolean escape(StringBuilder sb, int from) {
        int i = from;
        int length = sb.length();
        while (i < length && !needsEscape(sb.charAt(i))) {
            i++;
        }
        if (i == length) {
            return false;
        }
        StringBuilder tail = new StringBuilder(length - from + 16);
        for (int k = i; k < length; k++) {
            appendEscaped(sb.charAt(k), tail);
        }
        sb.setLength(i);
        sb.append(tail);
        return true;
    }

    /**
     * Escapes {@code sb[from, to)} in place; the text after {@code to} moves with the change of length.
     *
     * @return where the range now ends
     */
    public static int escape(StringBuilder sb, int from, int to) {
        return escape(sb, from, to, false);
    }

    /**
     * Escapes {@code sb[from, to)} in place like {@link #escape(StringBuilder, int, int)}, keeping ANSI colour codes
     * (SGR sequences: ESC, {@code [}, digits and semicolons, {@code m}), as a colouring wrapper such as
     * {@code %highlight} writes them. Every other escape sequence (cursor moves, screen clears, titles) is escaped.
     *
     * @return where the range now ends
     */
    public static int escapeKeepingColours(StringBuilder sb, int from, int to) {
        return escape(sb, from, to, true);
    }

    private static int escape(StringBuilder sb, int from, int to, boolean keepColours) {
        int i = from;
        if (keepColours) {
            while (i < to && (!needsEscape(sb.charAt(i)) || colourCodeLength(sb, i, to) > 0)) {
                i += Math.max(1, colourCodeLength(sb, i, to));
            }
        } else {
            // The common case, on every clean line: a tight loop over the text.
            while (i < to && !needsEscape(sb.charAt(i))) {
                i++;
            }
        }
        if (i >= to) {
            return to;
        }
        StringBuilder escaped = new StringBuilder(to - i + 16);
        int k = i;
        while (k < to) {
            int colour = keepColours ? colourCodeLength(sb, k, to) : 0;
            if (colour > 0) {
                escaped.append(sb, k, k + colour);
                k += colour;
            } else {
                appendEscaped(sb.charAt(k++), escaped);
            }
        }
        sb.replace(i, to, escaped.toString());
        return i + escaped.length();
    }

    /** The length of the SGR sequence ({@code ESC [ 0-9; m}) at {@code sb[at]}, or 0 when there is none. */
    private static int colourCodeLength(CharSequence sb, int at, int to) {
        if (sb.charAt(at) != 0x1B || at + 1 >= to || sb.charAt(at + 1) != '[') {
            return 0;
        }
        for (int k = at + 2; k < to; k++) {
            char c = sb.charAt(k);
            if (c == 'm') {
                return k - at + 1;
            }
            if ((c < '0' || c > '9') && c != ';') {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Escapes exception text {@code sb[from, to)} in place, keeping the line breaks (CR, LF, CRLF) at its start and
     * end (written by the converter, before and after the trace) and those that start a continuation line: one that
     * begins with a space or tab (a frame, {@code ... n more}, {@code Suppressed:}), with {@code Caused by: } or
     * {@code Wrapped by: }. Those are the lines log shippers join to the
     * record before them; any other line break, as in an exception message that forges
     * {@code \n2026-12-01 INFO admin login granted}, is escaped like the rest.
     *
     * @return where the range now ends
     */
    public static int escapeExceptionText(StringBuilder sb, int from, int to) {
        int i = from;
        while (i < to && (!needsEscape(sb.charAt(i)) || keptLineBreak(sb, from, i, to))) {
            i++;
        }
        if (i == to) {
            return to;
        }
        StringBuilder escaped = new StringBuilder(to - i + 16);
        for (int k = i; k < to; k++) {
            char c = sb.charAt(k);
            if (keptLineBreak(sb, from, k, to)) {
                escaped.append(c);
            } else {
                appendEscaped(c, escaped);
            }
        }
        sb.replace(i, to, escaped.toString());
        return i + escaped.length();
    }

    /**
     * Whether the CR or LF at {@code sb[at]} is a line break at the start of the text {@code sb[from, to)}, at its
     * end, or before a continuation line.
     */
    private static boolean keptLineBreak(CharSequence sb, int from, int at, int to) {
        char c = sb.charAt(at);
        if (c != '\n' && c != '\r') {
            return false;
        }
        int next = at + 1;
        if (c == '\r' && next < to && sb.charAt(next) == '\n') {
            return at == from || keptLineBreak(sb, from, next, to);
        }
        if (at == from || (at == from + 1 && sb.charAt(from) == '\r') || next == to) {
            return true;
        }
        char first = sb.charAt(next);
        return first == ' ' || first == '\t' || startsWith(sb, next, to, "Caused by: ")
            || startsWith(sb, next, to, "Wrapped by: ");
    }

    private static boolean startsWith(CharSequence sb, int at, int to, String prefix) {
        if (to - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (sb.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Escapes a value; returns {@code value} itself when there is nothing to escape. */
    public static String escape(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (needsEscape(value.charAt(i))) {
                StringBuilder sb = new StringBuilder(value);
                escape(sb, i);
                return sb.toString();
            }
        }
        return value;
    }

    /** Whether the guard escapes {@code c}. */
    static boolean needsEscape(char c) {
        // Printable ASCII first: ordinary text passes with one range test and one comparison per character, which
        // halves the cost of the pass that finds nothing to escape (every clean line).
        if (c >= 0x20 && c < 0x7F) {
            return c == '\\';
        }
        return c != '\t' && (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    /** Whether {@code text[from, to)} holds a character the guard escapes. */
    static boolean needsEscape(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (needsEscape(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void appendEscaped(char c, StringBuilder out) {
        if (!needsEscape(c)) {
            out.append(c);
            return;
        }
        switch (c) {
            case '\r':
                out.append("\\r");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\\':
                out.append("\\\\");
                break;
            default:
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                break;
        }
    }
}
