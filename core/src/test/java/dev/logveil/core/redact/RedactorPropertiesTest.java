package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over generated text: never throws, idempotent, and a planted secret never survives. */
class RedactorPropertiesTest {
    private static final Redactor REDACTOR = Redactor.defaults();
    private static final Redactor ALL_ON = new RedactorConfig().setEnable("email,ip_address,high_entropy")
        .setFingerprint(true).build(null);

    /** Text built from log-ish fragments, so that generated input hits the detectors' edges, not just noise. */
    @Provide
    Arbitrary<String> logText() {
        Arbitrary<String> fragments = Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.strings().withChars("=:\"'\\{}[](),;&?@/.-_ \n\teyJ4k1AKIAghp").ofMaxLength(12),
            Arbitraries.of("password", "token", "key", "Authorization", "Bearer ", "://", "-----BEGIN ",
                " PRIVATE KEY-----", "-----END", "4111", " 1111", "sk-", "xoxb-", "eyJ", ".eyJ", "\\\"", "[REDACTED]",
                "api_key", "Cookie: ", "X-API-Key", "=", ":", "\"", "'", "@"));
        return fragments.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> secrets() {
        List<String> all = new ArrayList<>(SecretSamples.BY_DETECTOR.values());
        all.remove(SecretSamples.BY_DETECTOR.get("slack_webhook"));
        all.remove(SecretSamples.BY_DETECTOR.get("discord_webhook"));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" ", "\n", "\t", ", ", "; ", " (", ") ", " \"", "\" ", " '", "' ", " [", "] ", " <",
            "> ", " {", "} ", "|", " = ", ": ");
    }

    @Property(tries = 2000)
    void neverThrowsAndIsIdempotent(@ForAll("logText") String text) {
        String once = REDACTOR.redact(text);
        assertThat(REDACTOR.redact(once)).isEqualTo(once);
        String onceAll = ALL_ON.redact(text);
        assertThat(ALL_ON.redact(onceAll)).isEqualTo(onceAll);
    }

    @Property(tries = 2000)
    void neverThrowsOnArbitraryUnicode(@ForAll String text) {
        assertThat(REDACTOR.redact(text)).isNotNull();
        StringBuilder sb = new StringBuilder("prefix ").append(text);
        REDACTOR.redact(sb, 7);
        assertThat(sb.toString()).startsWith("prefix ");
    }

    @Property(tries = 2000)
    void aPlantedSecretNeverSurvives(@ForAll("logText") String before, @ForAll("separators") String left,
        @ForAll("secrets") String secret, @ForAll("separators") String right, @ForAll("logText") String after) {
        String line = before + left + secret + right + after;
        String out = REDACTOR.redact(line);
        assertThat(out).doesNotContain(secret);
        assertThat(out.replace(" ", "")).doesNotContain(SecretSamples.pieceOf(secret));
    }
}
