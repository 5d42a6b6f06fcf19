package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.redact.Redactor;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract between the key-id helpers and the redactor: the redactor never masks a {@code key_id}, a
 * {@code request_id} or a UUID, in plain text or in JSON, so the fields stay usable for correlation.
 */
class KeyIdRedactorContractTest {

    private static final Redactor REDACTOR = Redactor.defaults();
    private static final String REQUEST_ID = "3b241101-e2bb-4255-8caf-4136c566a962";

    @ParameterizedTest
    @ValueSource(strings = {
        "key_id=3f2a9c1b0d4e5f67 key_origin=header key_status=ok request_id=" + REQUEST_ID,
        "key_id=3f2a9c1b0d4e5f67",
        "key_id: 3f2a9c1b0d4e5f67",
        "key_id='3f2a9c1b0d4e5f67'",
        "{\"key_id\":\"3f2a9c1b0d4e5f67\"}",
        "{\"key_id\":\"3f2a9c1b0d4e5f67\",\"key_origin\":\"header\",\"key_status\":\"ok\",\"request_id\":\""
            + REQUEST_ID + "\"}",
        "{\"key_origin\":\"param\",\"key_status\":\"malformed\"}",
        "auth.key_malformed key_origin=cookie key_status=malformed request_id=" + REQUEST_ID,
        "request_id=" + REQUEST_ID,
        "request_id=req_42",
        "{\"request_id\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"}",
        "x-request-id: 01ARZ3NDEKTSV4RRFFQ69G5FAV",
        "trace " + REQUEST_ID + " done",
        "key_id=9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    })
    void keyIdsRequestIdsAndUuidsComeBackUnchanged(String line) {
        assertThat(REDACTOR.redact(line)).isSameAs(line);
    }

    @Test
    void theFieldNamesAreNotSensitiveKeys() {
        assertThat(REDACTOR.isSensitiveKey(KeyIdFields.KEY_ID)).isFalse();
        assertThat(REDACTOR.isSensitiveKey(KeyIdFields.KEY_ORIGIN)).isFalse();
        assertThat(REDACTOR.isSensitiveKey(KeyIdFields.KEY_STATUS)).isFalse();
        assertThat(REDACTOR.isSensitiveKey(KeyIdFields.REQUEST_ID)).isFalse();
    }

    @Test
    void realKeyIdsAtEveryLengthAndRealUuidsAreNeverMasked() {
        for (int i = 0; i < 200; i++) {
            String key = "sk_test_" + UUID.randomUUID().toString().replace("-", "");
            String uuid = UUID.randomUUID().toString();
            for (int length : new int[] {8, 16, 32, 64}) {
                String line = "key_id=" + KeyFingerprint.sha256(length).of(key) + " request_id=" + uuid;
                assertThat(REDACTOR.redact(line)).isSameAs(line);
                String json = "{\"key_id\":\"" + KeyFingerprint.sha256(length).of(key) + "\",\"request_id\":\""
                    + uuid + "\"}";
                assertThat(REDACTOR.redact(json)).isSameAs(json);
            }
        }
    }

    @Property(tries = 200)
    void plainRequestIdsAreNeverMasked(@ForAll @StringLength(min = 1, max = 40) @AlphaChars @NumericChars
                                       String id) {
        String line = "request_id=" + id;

        assertThat(REDACTOR.redact(line)).isSameAs(line);
    }
}
