package dev.logveil.log4j2;

import dev.logveil.core.keyid.KeyFingerprint;
import dev.logveil.core.keyid.KeyIdSettings;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Reports the process-wide key-id settings to the Log4j2 {@code StatusLogger}, once, on the first bind: one INFO line
 * naming the algorithm, the option it came from and the id length, and one WARN per configuration problem. The
 * secret itself is never in a status message.
 */
final class KeyIdSettingsReport {

    private KeyIdSettingsReport() {
    }

    /** The fingerprint of {@link KeyIdSettings#current()}, reported on first use. */
    static KeyFingerprint fingerprint() {
        return Reported.FINGERPRINT;
    }

    static void report(KeyIdSettings settings, Logger statusLogger) {
        statusLogger.info("Logveil {}", settings.description());
        for (String problem : settings.problems()) {
            statusLogger.warn("Logveil key_id: {}", problem);
        }
    }

    /** Holder idiom: reported once, when the first bind needs the fingerprint. */
    private static final class Reported {
        static final KeyFingerprint FINGERPRINT = reportCurrent();

        private static KeyFingerprint reportCurrent() {
            KeyIdSettings settings = KeyIdSettings.current();
            try {
                report(settings, StatusLogger.getLogger());
            } catch (RuntimeException e) {
                // Reporting is a courtesy: it must never make bind() fail in the application.
            }
            return settings.fingerprint();
        }
    }
}
