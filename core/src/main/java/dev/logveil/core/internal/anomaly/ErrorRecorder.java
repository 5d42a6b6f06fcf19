package dev.logveil.core.internal.anomaly;

import java.util.concurrent.atomic.LongAdder;

/**
 * The logging threads' side of a detector: striped counters for errors and (in ratio mode) all events, and the
 * bounded per-key breakdowns. Lock-free and wait-free in the common case; reads no clock. Which bucket an event falls
 * in is decided by when the detector's thread next reads the counters.
 */
final class ErrorRecorder {
    final LongAdder errors = new LongAdder();
    final LongAdder events = new LongAdder();
    final KeyCounter loggers;
    final KeyCounter exceptions;
    final KeyCounter keyIds;
    private final boolean countEvents;

    ErrorRecorder(int windowBuckets, boolean countEvents) {
        this.loggers = new KeyCounter(windowBuckets);
        this.exceptions = new KeyCounter(windowBuckets);
        this.keyIds = new KeyCounter(windowBuckets);
        this.countEvents = countEvents;
    }

    void recordError(String logger, String exceptionType, String keyId) {
        errors.increment();
        if (countEvents) {
            events.increment();
        }
        if (logger != null) {
            loggers.increment(logger);
        }
        if (exceptionType != null) {
            exceptions.increment(exceptionType);
        }
        if (keyId != null && !keyId.isEmpty()) {
            keyIds.increment(keyId);
        }
    }

    void recordOther() {
        if (countEvents) {
            events.increment();
        }
    }

    void closeBucket(int position, boolean sample) {
        loggers.closeBucket(position, sample);
        exceptions.closeBucket(position, sample);
        keyIds.closeBucket(position, sample);
    }
}
