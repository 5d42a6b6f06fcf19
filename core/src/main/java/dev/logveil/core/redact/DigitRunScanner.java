package dev.logveil.core.redact;

/**
 * Secrets that begin with a digit: payment card numbers and Telegram bot tokens; and, opt-in, IPv4 addresses.
 *
 * <p>A card number is 13 to 19 digits, contiguous or in groups separated by single spaces or dashes, with a known
 * issuer prefix (IIN) for its length and a valid Luhn check digit. The issuer check is what keeps epoch
 * milliseconds, 14-digit date-times and long order ids from being masked: none of them starts like a card of their
 * length. All digits but the last four are masked.
 */
final class DigitRunScanner {
    private static final int MAX_DIGITS = 19;
    private static final int MIN_DIGITS = 13;

    private DigitRunScanner() {
    }

    /**
     * Tries a card number at {@code at}, a digit at a word start.
     *
     * @return the range to mask (up to the last four digits), or {@link KeyValueScanner#NONE}
     */
    static long matchCard(char[] s, int at, int to) {
        int digits = 0;
        int groups = 0;
        int groupLength = 0;
        int firstGroup = 0;
        char separator = 0;
        int i = at;
        long prefix = 0;
        // The longest valid card ending at a group boundary so far: "4111 1111 1111 1111 42" is a card and a number.
        int bestEnd = -1;
        while (i < to) {
            char c = s[i];
            if (Chars.isDigit(c)) {
                if (digits == MAX_DIGITS) {
                    break;
                }
                digits++;
                if (digits <= 6) {
                    prefix = prefix * 10 + (c - '0');
                }
                groupLength++;
                i++;
            } else if ((c == ' ' || c == '-') && (separator == 0 || separator == c) && groupLength >= 4
                && groupLength <= 6 && i + 1 < to && Chars.isDigit(s[i + 1])) {
                if (groups == 0) {
                    firstGroup = groupLength;
                } else if (groupLength != 4 && !(groups == 1 && groupLength == 6)) {
                    break;
                }
                if (isCard(s, at, i, digits, prefix, groups > 0 ? firstGroup : groupLength, groupLength, groups > 0)) {
                    bestEnd = i;
                }
                separator = c;
                groups++;
                groupLength = 0;
                i++;
            } else {
                break;
            }
        }
        ScanCounter.examined(i - at);
        boolean grouped = separator != 0;
        boolean cleanEnd = i == to || (endsCleanly(s, i, to) && !Chars.isDigit(s[i]));
        if (cleanEnd && isCard(s, at, i, digits, prefix, grouped ? firstGroup : digits, groupLength, grouped)) {
            bestEnd = i;
        }
        if (bestEnd < 0) {
            return KeyValueScanner.NONE;
        }
        int lastFourStart = bestEnd;
        for (int kept = 0; kept < 4; lastFourStart--) {
            if (Chars.isDigit(s[lastFourStart - 1])) {
                kept++;
            }
        }
        return Chars.range(at, lastFourStart);
    }

    /** Whether {@code s[at, end)} with these counts is a card number: grouping, issuer and length, Luhn. */
    private static boolean isCard(char[] s, int at, int end, int digits, long prefix, int firstGroup,
        int lastGroup, boolean grouped) {
        if (digits < MIN_DIGITS) {
            return false;
        }
        if (grouped && (firstGroup != 4 || lastGroup > 6)) {
            return false;
        }
        if (!grouped && digits > 16) {
            // 17 to 19 contiguous digits are ids (64-bit trace and span ids have 19): such cards are printed grouped.
            return false;
        }
        long six = prefix;
        for (int n = Math.min(digits, 6); n < 6; n++) {
            six *= 10;
        }
        return knownIssuer(six, digits) && luhnValid(s, at, end);
    }

    /**
     * Tries a Telegram bot token at {@code at}: 8 to 10 digits, a colon, then {@code AA} and 33 base64url characters.
     */
    static long matchTelegram(char[] s, int at, int to) {
        int digitsEnd = Chars.runEnd(s, at, Math.min(to, at + 11), Chars.DIGIT);
        int digits = digitsEnd - at;
        if (digits < 8 || digits > 10 || !Chars.startsWith(s, digitsEnd, to, ":AA")) {
            return KeyValueScanner.NONE;
        }
        int bodyStart = digitsEnd + 1;
        int bodyEnd = Chars.runEnd(s, bodyStart, Math.min(to, bodyStart + 40), Chars.B64URL);
        if (bodyEnd - bodyStart != 35 || (bodyEnd < to && Chars.is(s[bodyEnd], Chars.ALNUM))) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(at, bodyEnd);
    }

    /** Tries a dotted-quad IPv4 address at {@code at}. */
    static long matchIpv4(char[] s, int at, int to) {
        int i = at;
        for (int octet = 0; octet < 4; octet++) {
            int end = Chars.runEnd(s, i, Math.min(to, i + 4), Chars.DIGIT);
            if (end == i || end - i > 3 || Integer.parseInt(new String(s, i, end - i)) > 255) {
                return KeyValueScanner.NONE;
            }
            i = end;
            if (octet < 3) {
                if (i >= to || s[i] != '.') {
                    return KeyValueScanner.NONE;
                }
                i++;
            }
        }
        if (i < to && (Chars.is(s[i], Chars.ALNUM) || s[i] == '.')) {
            return KeyValueScanner.NONE;
        }
        return Chars.range(at, i);
    }

    private static boolean endsCleanly(char[] s, int i, int to) {
        if (i >= to) {
            return true;
        }
        char c = s[i];
        if (Chars.is(c, Chars.WORD)) {
            return false;
        }
        // 4111111111111111.5 is a decimal number, not a card.
        return !(c == '.' && i + 1 < to && Chars.isDigit(s[i + 1]));
    }

    /** Issuer identification: the prefix ranges and lengths of the card networks in wide use. */
    static boolean knownIssuer(long firstSix, int length) {
        int two = (int) (firstSix / 10000);
        int three = (int) (firstSix / 1000);
        int four = (int) (firstSix / 100);
        int one = two / 10;
        if (one == 4) {
            return length == 13 || length == 16 || length == 19;
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return length == 16;
        }
        if (two == 34 || two == 37) {
            return length == 15;
        }
        if (two == 36 || two == 38 || two == 39 || (three >= 300 && three <= 305)) {
            return length >= 14 && length <= 19;
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
            return length >= 16 && length <= 19;
        }
        if (four >= 3528 && four <= 3589) {
            return length >= 16 && length <= 19;
        }
        if (two == 62) {
            return length >= 16 && length <= 19;
        }
        if (four >= 2200 && four <= 2204) {
            return length >= 16 && length <= 19;
        }
        boolean maestro = four == 5018 || four == 5020 || four == 5038 || four == 5893 || four == 6304
            || four == 6759 || (four >= 6761 && four <= 6763);
        return maestro && length >= 13 && length <= 19;
    }

    static boolean luhnValid(char[] s, int from, int to) {
        ScanCounter.examined(to - from);
        int sum = 0;
        boolean doubleIt = false;
        for (int i = to - 1; i >= from; i--) {
            char c = s[i];
            if (!Chars.isDigit(c)) {
                continue;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
