package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code redact(redact(x)) == redact(x)} over many seeded random strings built from the pieces that start, end and
 * separate the detectors' matches, in mask and in fingerprint mode. Seeded, so a failure reproduces; the first
 * violations are reported with their input.
 */
class IdempotenceTest {
    private static final int STRINGS = 200_000;
    private static final String[] PIECES = {
        "password", "token", "key", "secret", "api_key", "Authorization", "Bearer ", "Basic ", "Digest ", "Splunk ",
        "Cookie", "Set-Cookie", "session", "auth", "pass", "PGPASSWORD", "clientSecret", "://", "@", "#", "/", "%3D",
        "%26", "=", ":", ": ", " = ", "\"", "'", "`", "\\\"", "\\n", "\\t", "\n", "\t", " ", "  ", ",", ";", "&", "?",
        "(", ")", "[", "]", "{", "}", "<", ">", "</", "|", "-", "--", "_", ".", "eyJ", "eyJhbGciOiJIUzI1NiJ9",
        ".eyJzdWIiOiIxIn0", "..", "4111", " 1111", "4111111111111111", "-----BEGIN RSA PRIVATE KEY-----",
        "-----END RSA PRIVATE KEY-----", "ghp_", "sk-", "AKIA", "xoxb-", "[REDACTED]", "[REDACTED", "REDACTED]",
        "[REDACTED:0123456789ab]", "abc", "Abc1", "x9Y8z7W6v5U4t3S2", "42", "2026", "hunter2", "a b", "wsse:Password",
        "IDENTIFIED BY ", "WITH PASSWORD ", "jdbc:oracle:thin:", "user", "host", "--password", "-u ", "Token token=",
    };

    @Test
    void redactingTwiceChangesNothingMore() {
        Redactor masked = Redactor.defaults();
        Redactor fingerprinted = new RedactorConfig().setFingerprint(true)
            .setEnable("email,ip_address,high_entropy").build(null);
        SplittableRandom random = new SplittableRandom(20261201);
        List<String> violations = new ArrayList<>();
        for (int n = 0; n < STRINGS; n++) {
            String text = randomText(random);
            for (Redactor redactor : new Redactor[] {masked, fingerprinted}) {
                String once = redactor.redact(text);
                String twice = redactor.redact(once);
                if (!twice.equals(once) && violations.size() < 20) {
                    violations.add(text + "  =>  " + once + "  =>  " + twice);
                }
            }
        }
        assertThat(violations).as("inputs whose redacted text changes when redacted again").isEmpty();
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(14);
        for (int p = 0; p < pieces; p++) {
            int pick = random.nextInt(PIECES.length + 8);
            if (pick < PIECES.length) {
                sb.append(PIECES[pick]);
            } else {
                // A few random characters from the printable ASCII range, now and then.
                int count = 1 + random.nextInt(4);
                for (int c = 0; c < count; c++) {
                    sb.append((char) (32 + random.nextInt(95)));
                }
            }
        }
        return sb.toString();
    }
}
