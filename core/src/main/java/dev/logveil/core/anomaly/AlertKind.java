package dev.logveil.core.anomaly;

import java.util.Locale;

/** The three notices a detector sends. */
public enum AlertKind {
    /** An incident began (or, if the cooldown or hourly cap held it back, is announced now that they allow it). */
    FIRING,
    /** A digest while an announced incident goes on, every {@code digestInterval}. */
    STILL_FIRING,
    /** The announced incident is over: the window has been calm for {@code resolveAfter}. */
    RESOLVED;

    /** The value of {@code anomaly.state}: {@code firing}, {@code still_firing} or {@code resolved}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
