package dev.logveil.core.keyid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How {@code key_id} values are made in this process, read once from system properties and environment variables.
 *
 * <table>
 *   <caption>Options (a system property wins over the environment variable)</caption>
 *   <tr><th>system property</th><th>environment variable</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #SECRET_PROPERTY}</td><td>{@value #SECRET_ENVIRONMENT_VARIABLE}</td><td>none</td>
 *       <td>when set, ids are HMAC-SHA256 keyed with this secret (UTF-8, surrounding whitespace ignored) instead of
 *       plain SHA-256</td></tr>
 *   <tr><td>{@value #LENGTH_PROPERTY}</td><td>{@value #LENGTH_ENVIRONMENT_VARIABLE}</td><td>16</td>
 *       <td>hex characters per id, 8..64</td></tr>
 * </table>
 *
 * <p>Problems (an unparsable length, a blank or short secret) never stop the helper: they are collected in
 * {@link #problems()} for the adapters to report on their framework's status channel, and a safe default is used.
 * Neither the problems, the {@link #description()} nor {@link #toString()} ever contain the secret.
 */
public final class KeyIdSettings {

    /** System property holding the HMAC secret. */
    public static final String SECRET_PROPERTY = "logveil.keyId.secret";

    /** Environment variable holding the HMAC secret, used when the system property is not set. */
    public static final String SECRET_ENVIRONMENT_VARIABLE = "LOGVEIL_KEY_ID_SECRET";

    /** System property holding the id length in hex characters. */
    public static final String LENGTH_PROPERTY = "logveil.keyId.length";

    /** Environment variable holding the id length, used when the system property is not set. */
    public static final String LENGTH_ENVIRONMENT_VARIABLE = "LOGVEIL_KEY_ID_LENGTH";

    /** A shorter HMAC key is weaker than the hash itself (RFC 2104, section 3). */
    static final int RECOMMENDED_SECRET_BYTES = 32;

    private final KeyFingerprint fingerprint;
    private final String description;
    private final List<String> problems;

    private KeyIdSettings(KeyFingerprint fingerprint, String description, List<String> problems) {
        this.fingerprint = fingerprint;
        this.description = description;
        this.problems = List.copyOf(problems);
    }

    /** The settings of this process, read from system properties and the environment at first use. */
    public static KeyIdSettings current() {
        return Current.SETTINGS;
    }

    /**
     * Reads settings from the given sources.
     *
     * @param systemProperties looks up a system property, {@code null} when unset (e.g. {@code System::getProperty})
     * @param environment looks up an environment variable, {@code null} when unset (e.g. {@code System::getenv})
     */
    public static KeyIdSettings read(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        Objects.requireNonNull(systemProperties, "systemProperties");
        Objects.requireNonNull(environment, "environment");
        List<String> problems = new ArrayList<>();
        int length = readLength(systemProperties, environment, problems);

        String secretSource = SECRET_PROPERTY;
        String secret = systemProperties.apply(SECRET_PROPERTY);
        if (secret == null || secret.isBlank()) {
            String fromEnvironment = environment.apply(SECRET_ENVIRONMENT_VARIABLE);
            if (fromEnvironment != null && (secret == null || !fromEnvironment.isBlank())) {
                secretSource = SECRET_ENVIRONMENT_VARIABLE;
                secret = fromEnvironment;
            }
        }
        if (secret == null) {
            return new KeyIdSettings(KeyFingerprint.sha256(length),
                "key_id: SHA-256, " + length + " hex characters (no secret: set " + SECRET_PROPERTY + " or "
                    + SECRET_ENVIRONMENT_VARIABLE + " for HMAC-SHA256)", problems);
        }
        byte[] secretBytes = secret.strip().getBytes(StandardCharsets.UTF_8);
        if (secretBytes.length == 0) {
            problems.add(secretSource + " is set but blank; key_id falls back to plain SHA-256");
            return new KeyIdSettings(KeyFingerprint.sha256(length),
                "key_id: SHA-256, " + length + " hex characters (" + secretSource + " is blank)", problems);
        }
        if (secretBytes.length < RECOMMENDED_SECRET_BYTES) {
            problems.add(secretSource + " is shorter than " + RECOMMENDED_SECRET_BYTES
                + " bytes; use at least 32 random characters");
        }
        KeyFingerprint fingerprint = KeyFingerprint.hmacSha256(secretBytes, length);
        Arrays.fill(secretBytes, (byte) 0);
        return new KeyIdSettings(fingerprint,
            "key_id: HMAC-SHA256 keyed with the secret from " + secretSource + ", " + length + " hex characters",
            problems);
    }

    private static int readLength(UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
                                  List<String> problems) {
        String source = LENGTH_PROPERTY;
        String value = systemProperties.apply(LENGTH_PROPERTY);
        if (value == null || value.isBlank()) {
            source = LENGTH_ENVIRONMENT_VARIABLE;
            value = environment.apply(LENGTH_ENVIRONMENT_VARIABLE);
        }
        if (value == null || value.isBlank()) {
            return KeyFingerprint.DEFAULT_LENGTH;
        }
        int length;
        try {
            length = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.add(source + ": '" + printable(value) + "' is not a number of hex characters ("
                + KeyFingerprint.MIN_LENGTH + ".." + KeyFingerprint.MAX_LENGTH + "); using "
                + KeyFingerprint.DEFAULT_LENGTH);
            return KeyFingerprint.DEFAULT_LENGTH;
        }
        int bounded = Math.max(KeyFingerprint.MIN_LENGTH, Math.min(KeyFingerprint.MAX_LENGTH, length));
        if (bounded != length) {
            problems.add(source + ": " + length + " is outside " + KeyFingerprint.MIN_LENGTH + ".."
                + KeyFingerprint.MAX_LENGTH + "; using " + bounded);
        }
        return bounded;
    }

    /** An option value fit to quote in a status message: short, one line. */
    private static String printable(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length() && sb.length() < 20; i++) {
            char c = value.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return value.length() > 20 ? sb.append("...").toString() : sb.toString();
    }

    /** Makes the ids. */
    public KeyFingerprint fingerprint() {
        return fingerprint;
    }

    /** One line for the status channel naming the algorithm, the option it came from and the length; no secret. */
    public String description() {
        return description;
    }

    /** Configuration problems found while reading, each naming the option; empty when all is well. No secret. */
    public List<String> problems() {
        return problems;
    }

    /** The {@link #description()}. */
    @Override
    public String toString() {
        return description;
    }

    /** Holder idiom: the environment is read once, on first use, by the class loader's own lock. */
    private static final class Current {
        static final KeyIdSettings SETTINGS = read(System::getProperty, System::getenv);
    }
}
