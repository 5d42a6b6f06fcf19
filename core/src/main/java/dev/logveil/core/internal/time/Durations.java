package dev.logveil.core.internal.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one duration syntax of Logveil, read the same in {@code logback.xml} and {@code log4j2.xml}: a number and a
 * unit ({@code 500 ms}, {@code 10 seconds}, {@code 10s}, {@code 1.5m}, {@code 2h}, {@code 1d}), several of them in a
 * row ({@code 1m30s}, {@code 1h 30m}), or ISO-8601 ({@code PT10S}); case-insensitive, with or without a space between
 * number and unit.
 *
 * <p>Units: {@code ms}, {@code milli(s)}, {@code millisecond(s)}; {@code s}, {@code sec(s)}, {@code second(s)};
 * {@code m}, {@code min(s)}, {@code minute(s)}; {@code h}, {@code hr(s)}, {@code hour(s)}; {@code d}, {@code day(s)}.
 * A bare number is refused rather than guessed (Logback would read it as milliseconds, a reader as seconds).
 */
public final class Durations {
    private static final String EXPECTED =
        "expected a number and a unit (500 ms, 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S)";

    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException naming the value, when it is missing, negative, too long to count in
     *     milliseconds or not in the syntax above
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("invalid duration '" + text + "': " + EXPECTED);
        }
        String trimmed = text.trim();
        Duration duration = trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p'
            ? parseIso(text, trimmed)
            : parseNumberAndUnit(text, trimmed);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("invalid duration '" + text + "': it is negative");
        }
        try {
            // Everything downstream counts in milliseconds: a duration that has none is refused here, by name.
            duration.toMillis();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("invalid duration '" + text + "': too long", e);
        }
        return duration;
    }

    /**
     * Formats a duration compactly in the same syntax ({@code 500ms}, {@code 60s}, {@code 1m30s}, {@code 2h},
     * {@code 1d2h}), so that {@code parse(format(d))} gives {@code d} back for whole milliseconds.
     */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        if (millis < 0) {
            out.append('-');
            millis = -millis;
        }
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            long amount = millis / sizes[i];
            if (amount > 0) {
                out.append(amount).append(units[i]);
                millis -= amount * sizes[i];
            }
        }
        return out.toString();
    }

    private static Duration parseIso(String original, String trimmed) {
        try {
            return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid duration '" + original + "': " + EXPECTED, e);
        }
    }

    private static Duration parseNumberAndUnit(String original, String trimmed) {
        BigDecimal millis = BigDecimal.ZERO;
        int at = 0;
        while (at < trimmed.length()) {
            int numberStart = at;
            while (at < trimmed.length() && (Character.isDigit(trimmed.charAt(at)) || trimmed.charAt(at) == '.')) {
                at++;
            }
            String number = trimmed.substring(numberStart, at);
            at = skipSpaces(trimmed, at);
            int unitStart = at;
            while (at < trimmed.length() && Character.isLetter(trimmed.charAt(at))) {
                at++;
            }
            String unit = trimmed.substring(unitStart, at).toLowerCase(Locale.ROOT);
            at = skipSpaces(trimmed, at);
            if (number.isEmpty() || number.startsWith(".") || number.endsWith(".")) {
                throw new IllegalArgumentException("invalid duration '" + original + "': " + EXPECTED);
            }
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("invalid duration '" + original + "': the unit is missing; "
                    + EXPECTED);
            }
            long unitMillis = unitMillis(unit);
            if (unitMillis == 0) {
                throw new IllegalArgumentException("invalid duration '" + original + "': unknown unit '" + unit
                    + "'; " + EXPECTED);
            }
            try {
                millis = millis.add(new BigDecimal(number).multiply(BigDecimal.valueOf(unitMillis)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid duration '" + original + "': " + EXPECTED, e);
            }
        }
        try {
            return Duration.ofMillis(millis.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("invalid duration '" + original + "': too long", e);
        }
    }

    private static int skipSpaces(String text, int at) {
        int position = at;
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    private static long unitMillis(String unit) {
        switch (unit) {
            case "ms":
            case "milli":
            case "millis":
            case "millisecond":
            case "milliseconds":
                return 1L;
            case "s":
            case "sec":
            case "secs":
            case "second":
            case "seconds":
                return 1_000L;
            case "m":
            case "min":
            case "mins":
            case "minute":
            case "minutes":
                return 60_000L;
            case "h":
            case "hr":
            case "hrs":
            case "hour":
            case "hours":
                return 3_600_000L;
            case "d":
            case "day":
            case "days":
                return 86_400_000L;
            default:
                return 0L;
        }
    }
}
