package dev.logveil.logback;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.status.InfoStatus;
import ch.qos.logback.core.status.StatusManager;
import ch.qos.logback.core.status.WarnStatus;
import dev.logveil.core.keyid.KeyFingerprint;
import dev.logveil.core.keyid.KeyIdSettings;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Reports the process-wide key-id settings to Logback's status channel, once, on the first bind: one INFO line
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

    static void report(KeyIdSettings settings, Context context) {
        StatusManager statusManager = context.getStatusManager();
        if (statusManager == null) {
            return;
        }
        statusManager.add(new InfoStatus("Logveil " + settings.description(), KeyIdMdc.class));
        for (String problem : settings.problems()) {
            statusManager.add(new WarnStatus("Logveil key_id: " + problem, KeyIdMdc.class));
        }
    }

    /** Holder idiom: reported once, when the first bind needs the fingerprint. */
    private static final class Reported {
        static final KeyFingerprint FINGERPRINT = reportCurrent();

        private static KeyFingerprint reportCurrent() {
            KeyIdSettings settings = KeyIdSettings.current();
            try {
                ILoggerFactory factory = LoggerFactory.getILoggerFactory();
                if (factory instanceof Context) { // SLF4J may be bound to another back end: no status channel then
                    report(settings, (Context) factory);
                }
            } catch (RuntimeException e) {
                // Reporting is a courtesy: it must never make bind() fail in the application.
            }
            return settings.fingerprint();
        }
    }
}
