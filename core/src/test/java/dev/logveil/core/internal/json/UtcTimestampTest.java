package dev.logveil.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtcTimestampTest {
    private static final DateTimeFormatter ISO =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void agreesWithJavaTimeAcrossFourCenturies() {
        UtcTimestamp clock = new UtcTimestamp();
        SplittableRandom random = new SplittableRandom(42);
        long[] edges = {0L, 951_782_400L, 4_107_542_399L, 1_709_164_800L, -1L, 253_402_300_799L};
        for (long second : edges) {
            check(clock, second, 999_999_999);
        }
        for (int i = 0; i < 100_000; i++) {
            check(clock, random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
        }
    }

    private static void check(UtcTimestamp clock, long second, int nanos) {
        int length = clock.format(second, nanos);
        String expected = ISO.format(Instant.ofEpochSecond(second, nanos));
        assertThat(new String(clock.text, 0, length)).isEqualTo(expected);
    }
}
