package dev.logveil.core.redact;

/**
 * Neutralises log injection in a value: the characters that end a line (CR, LF, NEL U+0085, LINE SEPARATOR U+2028,
 * PARAGRAPH SEPARATOR U+2029), the other C0 control characters and the ESC that starts an ANSI escape sequence are
 * written as Java-style escapes (backslash-r, backslash-n, and backslash-u with four hex digits for the rest), and a
 * backslash is doubled, so a forged line cannot start a new log line or repaint a terminal, and the original can be
 * recovered by unescaping. Tabs are kept. Opt-in: it applies to the message text, never to stack traces.
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

    private static boolean needsEscape(char c) {
        return (c < 0x20 && c != '\t') || c == '\\' || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
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
