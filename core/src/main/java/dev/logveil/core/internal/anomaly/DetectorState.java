package dev.logveil.core.internal.anomaly;

/** Where a detector stands after its last evaluation. */
public enum DetectorState {
    /** The error rate is normal; the baseline learns. */
    OK,
    /** The window is hot but not yet for {@code sustain} evaluations; the baseline is frozen. */
    PENDING,
    /** An incident is open (announced or held back by the cooldown or the hourly cap); the baseline is frozen. */
    FIRING
}
