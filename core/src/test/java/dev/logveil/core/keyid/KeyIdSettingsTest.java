package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyIdSettingsTest {

    private static final String SECRET = "Zq3t6w9z$C&F)J@NcRfUjXn2r5u8x/A%";

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private KeyIdSettings read() {
        return KeyIdSettings.read(properties::get, environment::get);
    }

    @Test
    void withNothingConfiguredIdsAreSixteenHexOfPlainSha256() {
        KeyIdSettings settings = read();

        assertThat(settings.fingerprint().isKeyed()).isFalse();
        assertThat(settings.fingerprint().of("abc")).isEqualTo("ba7816bf8f01cfea");
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.description()).isEqualTo("key_id: SHA-256, 16 hex characters (no secret: set "
            + "logveil.keyId.secret or LOGVEIL_KEY_ID_SECRET for HMAC-SHA256)");
    }

    @Test
    void aSecretInTheSystemPropertyMakesHmacIds() throws Exception {
        properties.put(KeyIdSettings.SECRET_PROPERTY, SECRET);

        KeyIdSettings settings = read();

        assertThat(settings.fingerprint().of("abc")).isEqualTo(KeyFingerprintTest.jdkHmac(SECRET, "abc")
            .substring(0, 16));
        assertThat(settings.description())
            .isEqualTo("key_id: HMAC-SHA256 keyed with the secret from logveil.keyId.secret, 16 hex characters");
        assertThat(settings.problems()).isEmpty();
        assertNoSecretIn(settings);
    }

    @Test
    void theEnvironmentVariableIsUsedWhenThePropertyIsUnsetAndThePropertyWinsOverIt() throws Exception {
        environment.put(KeyIdSettings.SECRET_ENVIRONMENT_VARIABLE, " " + SECRET + "\n");

        KeyIdSettings fromEnvironment = read();
        properties.put(KeyIdSettings.SECRET_PROPERTY, "another-secret-of-at-least-32-bytes!");
        KeyIdSettings fromProperty = read();

        assertThat(fromEnvironment.fingerprint().of("abc"))
            .isEqualTo(KeyFingerprintTest.jdkHmac(SECRET, "abc").substring(0, 16));
        assertThat(fromEnvironment.description()).contains("LOGVEIL_KEY_ID_SECRET");
        assertThat(fromProperty.description()).contains("logveil.keyId.secret");
        assertThat(fromProperty.fingerprint().of("abc")).isNotEqualTo(fromEnvironment.fingerprint().of("abc"));
        assertNoSecretIn(fromEnvironment);
    }

    @Test
    void aBlankSecretIsReportedAndIdsFallBackToSha256() {
        properties.put(KeyIdSettings.SECRET_PROPERTY, "  ");

        KeyIdSettings settings = read();

        assertThat(settings.fingerprint().isKeyed()).isFalse();
        assertThat(settings.problems())
            .containsExactly("logveil.keyId.secret is set but blank; key_id falls back to plain SHA-256");
    }

    @Test
    void aShortSecretIsUsedButReportedWithoutItsValue() {
        environment.put(KeyIdSettings.SECRET_ENVIRONMENT_VARIABLE, "hunter2");

        KeyIdSettings settings = read();

        assertThat(settings.fingerprint().isKeyed()).isTrue();
        assertThat(settings.problems()).containsExactly(
            "LOGVEIL_KEY_ID_SECRET is shorter than 32 bytes; use at least 32 random characters");
        assertThat(settings.toString() + settings.problems() + settings.fingerprint()).doesNotContain("hunter2");
    }

    @Test
    void theLengthIsReadFromThePropertyOrTheEnvironment() {
        environment.put(KeyIdSettings.LENGTH_ENVIRONMENT_VARIABLE, "24");
        assertThat(read().fingerprint().length()).isEqualTo(24);

        properties.put(KeyIdSettings.LENGTH_PROPERTY, " 32 ");
        assertThat(read().fingerprint().length()).isEqualTo(32);
        assertThat(read().description()).endsWith("32 hex characters (no secret: set logveil.keyId.secret or "
            + "LOGVEIL_KEY_ID_SECRET for HMAC-SHA256)");
    }

    @Test
    void anOutOfRangeLengthIsBoundedAndReported() {
        properties.put(KeyIdSettings.LENGTH_PROPERTY, "100");
        assertThat(read().fingerprint().length()).isEqualTo(64);
        assertThat(read().problems()).containsExactly("logveil.keyId.length: 100 is outside 8..64; using 64");

        properties.put(KeyIdSettings.LENGTH_PROPERTY, "4");
        assertThat(read().fingerprint().length()).isEqualTo(8);
    }

    @Test
    void anUnparsableLengthIsReportedAndTheDefaultUsed() {
        environment.put(KeyIdSettings.LENGTH_ENVIRONMENT_VARIABLE, "sixteen\n");

        KeyIdSettings settings = read();

        assertThat(settings.fingerprint().length()).isEqualTo(16);
        assertThat(settings.problems()).containsExactly(
            "LOGVEIL_KEY_ID_LENGTH: 'sixteen?' is not a number of hex characters (8..64); using 16");
    }

    @Test
    void theProcessWideSettingsAreReadOnce() {
        assertThat(KeyIdSettings.current()).isSameAs(KeyIdSettings.current());
    }

    private static void assertNoSecretIn(KeyIdSettings settings) {
        assertThat(settings.toString()).doesNotContain(SECRET.strip());
        assertThat(settings.description()).doesNotContain(SECRET.strip());
        assertThat(String.join(" ", settings.problems())).doesNotContain(SECRET.strip());
        assertThat(settings.fingerprint().toString()).doesNotContain(SECRET.strip());
    }
}
