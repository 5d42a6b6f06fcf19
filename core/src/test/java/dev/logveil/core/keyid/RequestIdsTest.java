package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "3b241101-e2bb-4255-8caf-4136c566a962", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "req_42", "4bf92f3577b34da6",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    })
    void plainIdsAreTakenAsTheyCome(String incoming) {
        assertThat(RequestIds.isSafe(incoming)).isTrue();
        assertThat(RequestIds.acceptOrGenerate(incoming)).isEqualTo(incoming);
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        assertThat(RequestIds.acceptOrGenerate("  req-1\t")).isEqualTo("req-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "  ", "abc\ndef", "abc\r\n2024-01-01 INFO forged line", "id with spaces", "id;rm", "<b>", "id\u0000",
        "Root=1-5759e988-bd862e3fe1be46a994272793", "ключ", "${jndi:ldap://x}",
    })
    void anythingElseIsReplacedByAFreshUuid(String incoming) {
        String requestId = RequestIds.acceptOrGenerate(incoming);

        assertThat(RequestIds.isSafe(incoming)).isFalse();
        assertThat(UUID.fromString(requestId).version()).isEqualTo(4);
        assertThat(requestId).isNotEqualTo(incoming);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "xoxb-1234567890-abcdefghij",
        "glpat-abcdefghij1234567890", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV",
    })
    void aSecretSentAsTheRequestIdIsReplaced(String secret) {
        assertThat(RequestIds.isSafe(secret)).isFalse();
        assertThat(RequestIds.acceptOrGenerate(secret)).isNotEqualTo(secret).hasSize(36);
    }

    @Test
    void anOverlongIdIsReplaced() {
        assertThat(RequestIds.isSafe("a".repeat(RequestIds.MAX_LENGTH))).isTrue();
        assertThat(RequestIds.isSafe("a".repeat(RequestIds.MAX_LENGTH + 1))).isFalse();
        assertThat(RequestIds.isSafe("a".repeat(10 * 1024))).isFalse();
    }

    @Test
    void nullIsReplacedAndEveryGeneratedIdIsNew() {
        assertThat(RequestIds.isSafe(null)).isFalse();
        assertThat(RequestIds.acceptOrGenerate(null)).isNotEqualTo(RequestIds.acceptOrGenerate(null));
    }
}
