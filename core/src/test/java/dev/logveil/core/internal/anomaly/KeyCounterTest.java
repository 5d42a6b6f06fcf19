package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyCounterTest {

    @Test
    void countsPerKeyOverTheWindowAndRanksThem() {
        KeyCounter counter = new KeyCounter(6);
        add(counter, "com.acme.Db", 50);
        add(counter, "com.acme.Api", 30);
        add(counter, "com.acme.Web", 30);
        add(counter, "com.acme.Cache", 5);
        counter.closeBucket(0, true);

        assertThat(KeyCounter.top(counter.windowCounts(), 3)).containsExactly(
            new TopEntry("com.acme.Db", 50), new TopEntry("com.acme.Api", 30), new TopEntry("com.acme.Web", 30));
    }

    @Test
    void aHugeKeyIsHeldCutSoMemoryStaysBounded() {
        KeyCounter counter = new KeyCounter(6);
        String huge = "k".repeat(20_000);
        add(counter, huge, 3);
        counter.closeBucket(0, true);

        assertThat(counter.windowCounts()).containsOnly(Map.entry(huge.substring(0, KeyCounter.MAX_KEY_CHARS), 3L));
    }

    @Test
    void theWindowForgetsBucketsThatLeftIt() {
        KeyCounter counter = new KeyCounter(3);
        add(counter, "a", 7);
        counter.closeBucket(0, true);
        add(counter, "b", 2);
        counter.closeBucket(1, true);
        counter.closeBucket(2, true);
        assertThat(counter.windowCounts()).containsOnly(Map.entry("a", 7L), Map.entry("b", 2L));

        counter.closeBucket(0, true);
        assertThat(counter.windowCounts()).containsOnly(Map.entry("b", 2L));
    }

    @Test
    void isBoundedAndCountsOverflowAsOther() {
        KeyCounter counter = new KeyCounter(6);
        for (int i = 0; i < 1000; i++) {
            counter.increment("key-" + i);
        }
        counter.closeBucket(0, true);

        Map<String, Long> counts = counter.windowCounts();
        assertThat(counts.size()).isLessThanOrEqualTo(KeyCounter.CAPACITY + 1);
        assertThat(counts).containsKey(KeyCounter.OTHER);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
    }

    @Test
    void idleKeysAreEvictedToMakeRoomForNewOnes() {
        KeyCounter counter = new KeyCounter(6);
        for (int i = 0; i < 1000; i++) {
            counter.increment("old-" + i);
        }
        for (int bucket = 0; bucket < 13; bucket++) {
            counter.closeBucket(bucket % 6, true);
        }
        add(counter, "new-logger", 3);
        counter.closeBucket(1, true);

        assertThat(counter.windowCounts()).containsOnly(Map.entry("new-logger", 3L));
    }

    @Test
    void incidentTotalsAreBoundedToo() {
        KeyCounter counter = new KeyCounter(6);
        Map<String, Long> totals = new HashMap<>();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 100; i++) {
                counter.increment("round-" + round + "-key-" + i);
            }
            counter.closeBucket(round % 6, true);
            counter.addLastBucket(round % 6, totals);
        }
        assertThat(totals.size()).isLessThanOrEqualTo(KeyCounter.MAX_TOTALS + 1);
        assertThat(totals.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2000);
    }

    private static void add(KeyCounter counter, String key, int times) {
        for (int i = 0; i < times; i++) {
            counter.increment(key);
        }
    }
}
