package dev.logveil.core.internal.json;

/**
 * Formats instants as ISO-8601 UTC with milliseconds ({@code 2026-11-23T11:36:39.123Z}) into a reused char array,
 * re-deriving the date and time only when the second changes.
 */
final class UtcTimestamp {
    static final int LENGTH = 24;
    final char[] text = new char[LENGTH];
    private long cachedSecond = Long.MIN_VALUE;

    /** Formats the instant into {@link #text}; returns the length written. */
    int format(long epochSecond, int nanoOfSecond) {
        if (epochSecond != cachedSecond) {
            formatSecond(epochSecond);
            cachedSecond = epochSecond;
        }
        int millis = Math.floorMod(nanoOfSecond / 1_000_000, 1000);
        text[19] = '.';
        text[20] = (char) ('0' + millis / 100);
        text[21] = (char) ('0' + (millis / 10) % 10);
        text[22] = (char) ('0' + millis % 10);
        text[23] = 'Z';
        return LENGTH;
    }

    private void formatSecond(long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        // Civil date from days since 1970-01-01 (proleptic Gregorian), by eras of 400 years.
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        int y = (int) Math.max(0, Math.min(9999, year));
        text[0] = (char) ('0' + y / 1000);
        text[1] = (char) ('0' + (y / 100) % 10);
        text[2] = (char) ('0' + (y / 10) % 10);
        text[3] = (char) ('0' + y % 10);
        text[4] = '-';
        twoDigits(5, month);
        text[7] = '-';
        twoDigits(8, day);
        text[10] = 'T';
        twoDigits(11, secondOfDay / 3600);
        text[13] = ':';
        twoDigits(14, (secondOfDay / 60) % 60);
        text[16] = ':';
        twoDigits(17, secondOfDay % 60);
    }

    private void twoDigits(int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
