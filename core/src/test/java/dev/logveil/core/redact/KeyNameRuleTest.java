package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The key-name rule: keys judged by their words, one decision for text keys and structured keys. */
class KeyNameRuleTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    static final List<String> SECRET_NAMES = List.of(
        "password", "PGPASSWORD", "MYSQL_PWD", "MYSQL_ROOT_PASSWORD", "DB_PASS", "SMTP_PASSWORD", "SECRET_KEY_BASE",
        "JWT_SIGNING_KEY", "spring.datasource.password", "javax.net.ssl.keyStorePassword", "clientSecret",
        "refreshToken", "passwordConfirmation", "x-auth-token", "api_key", "apiKey", "APIKEY", "X-API-Key",
        "access_token", "aws_secret_access_key", "client_secret", "github_token", "db.password", "keystore_password",
        "new_password", "password2", "token", "secret", "credentials", "passphrase", "reset_password_token",
        "remember_token", "webhook_secret", "private_key", "privateKey", "encryption_key", "session_token",
        "x-csrf-token", "oauth2Token", "consumer_secret", "ocp-apim-subscription-key", "session_id", "jsessionid",
        "pin", "otp", "password_hash", "token_value", "apiKeyValue");

    static final List<String> BENIGN_NAMES = List.of(
        "token_count", "max_tokens", "password_reset_required", "password_min_length", "token_type", "key_count",
        "auth_method", "keyboard", "secretary", "tokenizer", "key_id", "key_origin", "key_status", "tokens_used",
        "passwordPolicy", "password_expires", "secretName", "auth_type", "cache_key", "partition_key", "public_key",
        "primary_key", "monkey", "turkey", "private_key_path", "token_endpoint", "password_file", "secret_arn",
        "is_password_set", "has_token", "num_keys", "passwordless", "bypass", "compass", "tokenExpiry",
        "access_key_id", "signature_algorithm", "cookie_name", "authorization_url", "idempotency_key", "sort_key",
        "auth_provider", "session_timeout", "user_session", "secret_version", "token_ttl", "expires_in");

    @Test
    void secretNamesAreSensitiveInEveryChannel() {
        for (String name : SECRET_NAMES) {
            assertThat(REDACTOR.isSensitiveKey(name)).as(name).isTrue();
            String line = "cfg " + name + "=Zq7Wx2Lp9Vr4Tn8Y done";
            assertThat(REDACTOR.redact(line)).as(line).isEqualTo("cfg " + name + "=[REDACTED] done");
            String json = "{\"" + name + "\":\"Zq7Wx2Lp9Vr4Tn8Y\"}";
            assertThat(REDACTOR.redact(json)).as(json).isEqualTo("{\"" + name + "\":\"[REDACTED]\"}");
        }
    }

    @Test
    void namesAboutSecretsAreNot() {
        for (String name : BENIGN_NAMES) {
            assertThat(REDACTOR.isSensitiveKey(name)).as(name).isFalse();
            String line = "cfg " + name + "=strict42 done";
            assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
        }
    }

    @Test
    void weakNamesAreDecidedByTheirValue() {
        for (String kept : List.of("key=uploads/2026/01/a.png", "key=user:42:profile", "key: 42", "{\"key\":\"Enter\"}",
            "auth=none", "pass=ok", "session=expired", "key=7c9e6679-7425-40de-944b-e07fc1f90ae7")) {
            assertThat(REDACTOR.redact(kept)).as(kept).isSameAs(kept);
        }
        assertThat(REDACTOR.redact("key=a1b2c3d4e5f6g7h8i9 ok")).isEqualTo("key=[REDACTED] ok");
        assertThat(REDACTOR.redact("{\"auth\":\"dXNlcjpwYXNzd29yZDEyMw==\"}")).isEqualTo("{\"auth\":\"[REDACTED]\"}");
        assertThat(REDACTOR.redact("session=9f8e7d6c5b4a39281706 user=bob"))
            .isEqualTo("session=[REDACTED] user=bob");
        assertThat(REDACTOR.redact("key=ghp_Logveil0Fake0Token0For0Tests0Only012")).isEqualTo("key=[REDACTED]");
        assertThat(REDACTOR.redact("GET /v1/orders?key=lvdemo_carol_Pj6Ds1Fg8Hk3%0A HTTP/1.1"))
            .isEqualTo("GET /v1/orders?key=[REDACTED] HTTP/1.1");
        assertThat(REDACTOR.isSensitiveKey("key")).isFalse();
    }

    @Test
    void usersAddAndExemptNames() {
        List<String> problems = new java.util.ArrayList<>();
        Redactor redactor = new RedactorConfig().setSensitiveKeys("ssn").setNonSensitiveKeys("monkey_token, ---")
            .build(problems::add);
        assertThat(problems).containsExactly("nonSensitiveKeys: '---' has no letters or digits; ignored");
        assertThat(redactor.redact("ssn=1 monkey_token=banana42 token=x"))
            .isEqualTo("ssn=[REDACTED] monkey_token=banana42 token=[REDACTED]");
        assertThat(redactor.isSensitiveKey("MONKEY-TOKEN")).isFalse();
        assertThat(redactor.isSensitiveKey("monkey_token_2")).isTrue();
    }
}
