package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.keyid.KeyIdSettings;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusLogger;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;

/** The key-id settings reach the Log4j2 StatusLogger: one INFO, one WARN per problem, never the secret. */
class KeyIdSettingsReportTest {

    private static final String SECRET = "hunter2-but-longer";

    @Test
    @UsingStatusListener
    void theSettingsAreReportedWithoutTheSecret(ListStatusListener listener) {
        Map<String, String> environment = Map.of(KeyIdSettings.SECRET_ENVIRONMENT_VARIABLE, SECRET,
            KeyIdSettings.LENGTH_ENVIRONMENT_VARIABLE, "128");

        KeyIdSettingsReport.report(KeyIdSettings.read(name -> null, environment::get), StatusLogger.getLogger());

        List<String> warnings = listener.findStatusData(Level.WARN).map(data -> data.getMessage().getFormattedMessage())
            .toList();
        assertThat(warnings).containsExactly(
            "Logveil key_id: LOGVEIL_KEY_ID_LENGTH: 128 is outside 8..64; using 64",
            "Logveil key_id: LOGVEIL_KEY_ID_SECRET is shorter than 32 bytes; use at least 32 random characters");
        assertThat(listener.findStatusData(Level.INFO).map(data -> data.getMessage().getFormattedMessage()))
            .contains("Logveil key_id: HMAC-SHA256 keyed with the secret from LOGVEIL_KEY_ID_SECRET, "
                + "64 hex characters");
        assertThat(listener.getStatusData().map(StatusData::getFormattedStatus))
            .allSatisfy(status -> assertThat(status).doesNotContain("hunter2"));
    }
}
