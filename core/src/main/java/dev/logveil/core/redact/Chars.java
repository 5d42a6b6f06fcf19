package dev.logveil.core.redact;

/** ASCII character classes used by the scanners, as bit sets in one table so a class test is one array load. */
final class Chars {
    static final int DIGIT = 1;
    static final int UPPER = 1 << 1;
    static final int LOWER = 1 << 2;
    static final int HEX = 1 << 3;
    /** {@code [A-Za-z0-9_]}: characters that continue a word (no token may start right after one). */
    static final int WORD = 1 << 4;
    /** {@code [A-Za-z0-9_-]}: base64url. */
    static final int B64URL = 1 << 5;
    /** {@code [A-Za-z0-9+/]}: base64. */
    static final int B64 = 1 << 6;
    /** {@code [A-Za-z0-9_.-]}: characters of a key name. */
    static final int KEY = 1 << 7;
    /**
     * Characters of a bearer-style credential: {@code [A-Za-z0-9._~+/=:-]}. The colon is not in RFC 6750's token68,
     * but tokens that carry one exist (Telegram's {@code 123:AA...}), and stopping at it would leave half a token.
     */
    static final int CREDENTIAL = 1 << 8;
    /** {@code [A-Za-z0-9]}. */
    static final int ALNUM = 1 << 9;
    /** Whitespace: space, tab, CR, LF, FF, VT. */
    static final int SPACE = 1 << 10;
    /** Characters that end an unquoted value: whitespace and {@code , ; & ) } ] " ' < > |}. */
    static final int VALUE_END = 1 << 11;
    static final int LOWER_HEX = 1 << 12;
    /** Characters where a detector may start: letters and digits (at a word start), {@code = : - @ > % '}. */
    static final int TRIGGER = 1 << 13;

    private static final int[] TABLE = new int[128];

    /** {@link #SCAN} bit: a character that continues a word ({@code [A-Za-z0-9_]}). */
    static final byte SCAN_WORD = 1;
    /** {@link #SCAN} bit: an operator where a detector may start ({@code = : - @ > % '}). */
    static final byte SCAN_OPERATOR = 2;
    /** {@link #SCAN} bit: an ASCII digit. */
    static final byte SCAN_DIGIT = 4;
    /** {@link #SCAN} bit: an ASCII letter. */
    static final byte SCAN_LETTER = 8;
    /**
     * The classes the pre-scan needs, for every {@code char}: indexing by the character itself spares the clean-line
     * loop the {@code c < 128} test. 64 KiB, of which a scan of ASCII text touches the first two cache lines.
     */
    static final byte[] SCAN = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TABLE[c] |= DIGIT | HEX | LOWER_HEX;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            TABLE[c] |= UPPER;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TABLE[c] |= LOWER;
        }
        for (char c = 'a'; c <= 'f'; c++) {
            TABLE[c] |= HEX | LOWER_HEX;
            TABLE[Character.toUpperCase(c)] |= HEX;
        }
        for (int c = 0; c < 128; c++) {
            if ((TABLE[c] & (DIGIT | UPPER | LOWER)) != 0) {
                TABLE[c] |= ALNUM | WORD | B64URL | B64 | KEY | CREDENTIAL;
            }
        }
        TABLE['_'] |= WORD | B64URL | KEY | CREDENTIAL;
        TABLE['-'] |= B64URL | KEY | CREDENTIAL;
        TABLE['.'] |= KEY | CREDENTIAL;
        TABLE['+'] |= B64 | CREDENTIAL;
        TABLE['/'] |= B64 | CREDENTIAL;
        TABLE['~'] |= CREDENTIAL;
        TABLE['='] |= CREDENTIAL;
        TABLE[':'] |= CREDENTIAL;
        for (char c : new char[] {' ', '\t', '\r', '\n', '\f', 0x0B}) {
            TABLE[c] |= SPACE | VALUE_END;
        }
        for (char c : ",;&)}]\"'<>|".toCharArray()) {
            TABLE[c] |= VALUE_END;
        }
        for (int c = 0; c < 128; c++) {
            if ((TABLE[c] & ALNUM) != 0) {
                TABLE[c] |= TRIGGER;
            }
        }
        for (char c : "=:-@>%'".toCharArray()) {
            TABLE[c] |= TRIGGER;
            SCAN[c] |= SCAN_OPERATOR;
        }
        // Not a trigger, but the pre-scan must see it: the letter after a backslash is an escape, not a word start.
        SCAN['\\'] |= SCAN_OPERATOR;
        for (int c = 0; c < 128; c++) {
            if ((TABLE[c] & WORD) != 0) {
                SCAN[c] |= SCAN_WORD;
            }
            if ((TABLE[c] & DIGIT) != 0) {
                SCAN[c] |= SCAN_DIGIT;
            }
            if ((TABLE[c] & (UPPER | LOWER)) != 0) {
                SCAN[c] |= SCAN_LETTER;
            }
        }
    }

    private Chars() {
    }

    /** All class bits of {@code c}; 0 for non-ASCII characters. */
    static int flags(char c) {
        return c < 128 ? TABLE[c] : 0;
    }

    /** Whether {@code c} is ASCII and in every class of {@code mask}. */
    static boolean is(char c, int mask) {
        return c < 128 && (TABLE[c] & mask) == mask;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** End (exclusive) of the run of characters in class {@code mask} starting at {@code from}, up to limit. */
    static int runEnd(char[] s, int from, int limit, int mask) {
        int i = from;
        while (i < limit && is(s[i], mask)) {
            i++;
        }
        ScanCounter.examined(i - from);
        return i;
    }

    /** Whether {@code s} has {@code literal} at {@code at}, case-sensitively, within {@code limit}. */
    static boolean startsWith(char[] s, int at, int limit, String literal) {
        int n = literal.length();
        if (at + n > limit) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (s[at + k] != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #startsWith} but ASCII case-insensitive; {@code literal} must be lower case. */
    static boolean startsWithIgnoreCase(char[] s, int at, int limit, String literal) {
        int n = literal.length();
        if (at + n > limit) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = s[at + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Packs a half-open range into one long: the scanners return ranges without allocating. */
    static long range(int start, int end) {
        return ((long) start << 32) | (end & 0xFFFFFFFFL);
    }

    static int rangeStart(long range) {
        return (int) (range >>> 32);
    }

    static int rangeEnd(long range) {
        return (int) range;
    }
}
