package dev.logveil.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import org.junit.jupiter.api.Test;

/** The integration example of {@code docs/api.md} redacts what it claims to, with the supported API alone. */
class ApiExamplesTest {

    @Test
    void theLineIsRedactedAndTheSensitiveHeaderMaskedWhole() {
        String[] sent = ApiExamples.redactedLineAndHeader("login user=bob password=" + SecretSamples.PASSWORD,
            "X-Api-Key", SecretSamples.PASSPHRASE);

        assertThat(sent[0]).isEqualTo("login user=bob password=[REDACTED]");
        assertThat(sent[1]).isEqualTo("[REDACTED]");
    }

    @Test
    void cleanValuesPassUnchanged() {
        String line = "order 42 shipped to warehouse " + SecretSamples.REQUEST_ID;
        String[] sent = ApiExamples.redactedLineAndHeader(line, "X-Request-Id", SecretSamples.REQUEST_ID);

        assertThat(sent[0]).isSameAs(line);
        assertThat(sent[1]).isEqualTo(SecretSamples.REQUEST_ID);
    }

    @Test
    void aSecretUnderAnOrdinaryHeaderIsStillFoundByTheDetectors() {
        SecretSamples.BY_DETECTOR.forEach((detector, secret) -> {
            String[] sent = ApiExamples.redactedLineAndHeader("calling upstream", "X-Forwarded-For", secret);
            assertThat(sent[1]).as(detector).doesNotContain(secret);
        });
    }
}
