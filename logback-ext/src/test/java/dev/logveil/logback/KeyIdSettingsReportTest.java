package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.keyid.KeyIdSettings;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The key-id settings reach Logback's status channel: one INFO, one WARN per problem, never the secret. */
class KeyIdSettingsReportTest {

    private static final String SECRET = "hunter2-but-longer";

    @Test
    void theSettingsAreReportedWithoutTheSecret() {
        Map<String, String> properties = Map.of(KeyIdSettings.SECRET_PROPERTY, SECRET,
            KeyIdSettings.LENGTH_PROPERTY, "eighty");
        LoggerContext context = new LoggerContext();

        KeyIdSettingsReport.report(KeyIdSettings.read(properties::get, name -> null), context);

        List<Status> statuses = context.getStatusManager().getCopyOfStatusList();
        assertThat(statuses).extracting(Status::getLevel, Status::getMessage).containsExactly(
            Tuple.tuple(Status.INFO,
                "Logveil key_id: HMAC-SHA256 keyed with the secret from logveil.keyId.secret, 16 hex characters"),
            Tuple.tuple(Status.WARN, "Logveil key_id: logveil.keyId.length: 'eighty' is not a "
                + "number of hex characters (8..64); using 16"),
            Tuple.tuple(Status.WARN, "Logveil key_id: logveil.keyId.secret is shorter than 32 "
                + "bytes; use at least 32 random characters"));
        assertThat(statuses).allSatisfy(status -> assertThat(status.getMessage()).doesNotContain("hunter2"));
        assertThat(statuses).allSatisfy(status -> assertThat(status.getOrigin()).isEqualTo(KeyIdMdc.class));
    }

    @Test
    void theFirstBindReportsTheProcessSettingsToTheBoundLoggerContext() {
        try (var scope = KeyIdMdc.bind("any-key", "header")) {
            assertThat(scope.keyId()).isNotNull();
        }
        LoggerContext bound = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(bound.getStatusManager().getCopyOfStatusList()).extracting(Status::getMessage)
            .contains("Logveil " + KeyIdSettings.current().description());
    }
}
