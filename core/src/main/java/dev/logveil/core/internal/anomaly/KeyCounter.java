package dev.logveil.core.internal.anomaly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Counts events per key (logger name, exception type or key_id) in a bounded, lock-free table, so that an alert can
 * say what was failing. Logging threads only find or claim a slot and increment its {@link LongAdder}; everything
 * else (per-bucket deltas, the window's sums, eviction of idle keys) happens on the detector's thread.
 *
 * <p>Bounded: {@value #CAPACITY} slots, each key probing at most {@value #MAX_PROBES} of them; a key that finds no
 * slot is counted under {@value #OTHER}. Keys idle for two windows are evicted to make room. Eviction can make a key
 * appear twice (the table is never locked), so readers merge slots by key; an increment that races an eviction of
 * its (idle) key can be lost from the breakdown. The total error count is kept elsewhere and is always exact.
 */
final class KeyCounter {
    /** The key under which events are counted when the table has no room for theirs. */
    static final String OTHER = "(other)";
    static final int CAPACITY = 128;
    static final int MAX_PROBES = 16;
    /** The most keys an incident's running totals hold. */
    static final int MAX_TOTALS = 1024;
    /** The longest key held; one character more than a notice shows, so that the notice still marks the cut. */
    static final int MAX_KEY_CHARS = AnomalyAlert.MAX_ENTRY_CHARS + 1;

    private final AtomicReferenceArray<Slot> table = new AtomicReferenceArray<>(CAPACITY);
    private final Slot other;
    private final int windowBuckets;
    private final int evictAfterBuckets;

    KeyCounter(int windowBuckets) {
        this.windowBuckets = windowBuckets;
        this.evictAfterBuckets = 2 * windowBuckets;
        this.other = new Slot(OTHER, windowBuckets);
    }

    /**
     * Counts one event of {@code key}. Lock-free; allocates only the first time a key gets a slot, and for a key
     * longer than {@value #MAX_KEY_CHARS} characters (a 20,000-character key_id), which is held cut to that length so
     * the counter's memory stays bounded; a notice cuts it further ({@link AnomalyAlert#MAX_ENTRY_CHARS}).
     */
    void increment(String key) {
        slotFor(key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) : key).count.increment();
    }

    private Slot slotFor(String key) {
        int hash = key.hashCode();
        hash ^= hash >>> 16;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            int index = (hash + probe) & (CAPACITY - 1);
            Slot slot = table.get(index);
            if (slot == null) {
                Slot fresh = new Slot(key, windowBuckets);
                slot = table.compareAndExchange(index, null, fresh);
                if (slot == null) {
                    return fresh;
                }
            }
            if (slot.key.equals(key)) {
                return slot;
            }
        }
        return other;
    }

    /**
     * Closes a bucket (detector thread only): moves each slot's increments since the last call into ring position
     * {@code position}, or zero when {@code sample} is false (a bucket the detector skipped over), and evicts keys
     * that have been idle for two windows.
     */
    void closeBucket(int position, boolean sample) {
        other.close(position, sample);
        for (int index = 0; index < CAPACITY; index++) {
            Slot slot = table.get(index);
            if (slot != null) {
                slot.close(position, sample);
                if (slot.idleBuckets >= evictAfterBuckets) {
                    table.compareAndSet(index, slot, null);
                }
            }
        }
    }

    /**
     * Adds each key's count in the last bucket (at {@code position}) to {@code totals} (detector thread only). Once
     * {@code totals} holds {@value #MAX_TOTALS} keys, further new keys are added under {@value #OTHER}.
     */
    void addLastBucket(int position, Map<String, Long> totals) {
        forEachSlot(slot -> {
            long delta = slot.ring[position];
            if (delta > 0) {
                String key = totals.size() < MAX_TOTALS || totals.containsKey(slot.key) ? slot.key : OTHER;
                totals.merge(key, delta, Long::sum);
            }
        });
    }

    /** The keys' counts over the window, merged by key (detector thread only). */
    Map<String, Long> windowCounts() {
        Map<String, Long> counts = new HashMap<>();
        forEachSlot(slot -> {
            long sum = slot.windowSum();
            if (sum > 0) {
                counts.merge(slot.key, sum, Long::sum);
            }
        });
        return counts;
    }

    /** The {@code k} largest counts, largest first, ties by key. */
    static List<TopEntry> top(Map<String, Long> counts, int k) {
        List<TopEntry> entries = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> entries.add(new TopEntry(key, count)));
        entries.sort((a, b) -> a.count() != b.count()
            ? Long.compare(b.count(), a.count())
            : a.key().compareTo(b.key()));
        return List.copyOf(entries.subList(0, Math.min(k, entries.size())));
    }

    private void forEachSlot(Consumer<Slot> action) {
        action.accept(other);
        for (int index = 0; index < CAPACITY; index++) {
            Slot slot = table.get(index);
            if (slot != null) {
                action.accept(slot);
            }
        }
    }

    /** One key: its counter (shared with logging threads) and its per-bucket deltas (detector thread only). */
    private static final class Slot {
        final String key;
        final LongAdder count = new LongAdder();
        final long[] ring;
        long lastSum;
        int idleBuckets;

        Slot(String key, int windowBuckets) {
            this.key = key;
            this.ring = new long[windowBuckets];
        }

        void close(int position, boolean sample) {
            long delta = 0;
            if (sample) {
                long sum = count.sum();
                delta = sum - lastSum;
                lastSum = sum;
            }
            ring[position] = delta;
            idleBuckets = delta == 0 ? idleBuckets + 1 : 0;
        }

        long windowSum() {
            long sum = 0;
            for (long delta : ring) {
                sum += delta;
            }
            return sum;
        }
    }
}
