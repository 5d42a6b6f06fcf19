package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on corpora: realistic benign lines come back as the same instance; every fixture secret in
 * many surroundings leaves neither itself nor a 12-character piece of itself.
 */
class RedactorCorpusTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    /** Surroundings a secret is planted in; {@code %s} is the secret. */
    private static final List<String> SURROUNDINGS = List.of(
        "%s", "%s at the start", "at the end %s", "value: %s", "value=%s;", "\"%s\"", "'%s'", "(%s)", "[%s]",
        "{%s}", "<%s>", "%s.", "%s,next", "{\"field\":\"%s\"}", "{\\\"field\\\":\\\"%s\\\"}",
        "https://api.example.com/v1?x=%s&y=1", "X-Custom: %s", "\t%s\n", "err: failed with %s; retrying",
        "line one\n%s\nline three");

    @Test
    void benignLinesComeBackAsTheSameInstance() throws IOException {
        List<String> lines = benignCorpus();
        assertThat(lines).hasSizeGreaterThan(30);
        for (String line : lines) {
            assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
        }
    }

    @Test
    void everyFixtureSecretIsMaskedInEverySurrounding() {
        int checked = 0;
        for (Map.Entry<String, String> sample : SecretSamples.BY_DETECTOR.entrySet()) {
            for (String surrounding : SURROUNDINGS) {
                String line = surrounding.replace("%s", sample.getValue());
                String out = REDACTOR.redact(line);
                assertThat(out).as(sample.getKey() + " in " + surrounding).doesNotContain(sample.getValue());
                assertThat(out.replace(" ", "")).as(sample.getKey() + " piece in " + surrounding)
                    .doesNotContain(SecretSamples.pieceOf(sample.getValue()));
                assertThat(REDACTOR.redact(out)).as("idempotent").isEqualTo(out);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(SecretSamples.BY_DETECTOR.size() * SURROUNDINGS.size());
    }

    @Test
    void passwordsUnderSensitiveKeysAreMaskedInEveryCarrier() {
        String secret = SecretSamples.PASSWORD;
        List<String> carriers = List.of(
            "password=%s", "password = %s", "password: %s", "\"password\":\"%s\"", "'password': '%s'",
            "password='%s'", "(password=%s)", "{password=%s}", "\\\"password\\\":\\\"%s\\\"", "?password=%s&x=1",
            "X-API-Key: %s", "client_secret=%s", "db.password=%s", "DB_PASSWORD=%s", "apiKey=%s", "api-key=%s",
            "access_token=%s", "refresh_token=%s", "aws_secret_access_key=%s", "Authorization: Bearer %s",
            "Authorization: Basic %s", "Authorization: %s", "https://user:%s@host/path", "Cookie: sid=%s",
            "AccountKey=%s;", "sig=%s&se=2026", "X-Amz-Signature=%s", "passphrase: %s", "credentials=%s",
            "--password=%s", "session_id=%s");
        for (String carrier : carriers) {
            String out = REDACTOR.redact(carrier.replace("%s", secret));
            assertThat(out).as(carrier).doesNotContain(secret).doesNotContain(SecretSamples.pieceOf(secret))
                .contains("[REDACTED]");
        }
    }

    static List<String> benignCorpus() throws IOException {
        try (InputStream in = RedactorCorpusTest.class.getResourceAsStream("/corpus/benign.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
