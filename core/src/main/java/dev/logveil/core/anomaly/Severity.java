package dev.logveil.core.anomaly;

import java.util.Locale;

/**
 * The level names the {@code level} option accepts, in increasing severity. Each adapter maps a severity to its
 * framework's own level once, at start; Logback has no {@code FATAL}, so its adapter reads {@code FATAL} as
 * {@code ERROR}.
 */
public enum Severity {
    TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    /** The severity named by {@code name} (any case; {@code WARNING} is read as {@code WARN}), or {@code null}. */
    public static Severity byName(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("WARNING")) {
            return WARN;
        }
        for (Severity severity : values()) {
            if (severity.name().equals(upper)) {
                return severity;
            }
        }
        return null;
    }
}
