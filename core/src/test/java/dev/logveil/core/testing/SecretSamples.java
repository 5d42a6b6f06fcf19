package dev.logveil.core.testing;

import java.util.List;
import java.util.Map;

/**
 * Fake secrets in the exact shapes of the real formats, for tests. None is a live credential: the random parts spell
 * out that they are test fixtures where the format allows letters.
 */
public final class SecretSamples {

    /** One fake secret per built-in detector, keyed by the detector's name. */
    public static final Map<String, String> BY_DETECTOR = Map.ofEntries(
        Map.entry("aws_key", "AKIAZLOGVEIL0FAKE0ID"),
        Map.entry("github_token", "ghp_Logveil0Fake0Token0For0Tests0Only012"),
        Map.entry("gitlab_token", "glpat-Logveil0Fake0Token01"),
        Map.entry("slack_token", "xoxb-1234567890-9876543210-Logveil0Fake0Tok3n0x"),
        Map.entry("slack_webhook", "https://hooks.slack.com/services/T0LOGVEIL/B0FAKE000/Logveil0Fake0Webhook0Pth"),
        Map.entry("stripe_key", "sk_live_Logveil0Fake0Stripe0Key0123"),
        Map.entry("google_api_key", "AIzaSyLogveil0Fake0Google0Api0Key012345"),
        Map.entry("google_oauth", "GOCSPX-Logveil0Fake0Client0Secret"),
        Map.entry("openai_key", "sk-proj-Logveil0Fake0OpenAI0Project0Key0For0Tests0Only0123456789"),
        Map.entry("anthropic_key", "sk-ant-api03-Logveil0Fake0Anthropic0Key0For0Tests0Only0123456789abcdefAA"),
        Map.entry("npm_token", "npm_Logveil0Fake0Npm0Token0For0Tests0123"),
        Map.entry("sendgrid_key", "SG.Logveil0Fake0SendGrid.Logveil0Fake0SendGrid0Secret0Part0For0Tests01"),
        Map.entry("huggingface_token", "hf_LogveilFakeHuggingFaceTokenForTests01"),
        Map.entry("shopify_token", "shpat_0123456789abcdef0123456789abcdef"),
        Map.entry("twilio_key", "SK0123456789abcdef0123456789abcdef"),
        Map.entry("mailgun_key", "key-0123456789abcdef0123456789abcdef"),
        Map.entry("digitalocean_token",
            "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
        Map.entry("databricks_token", "dapi0123456789abcdef0123456789abcdef"),
        Map.entry("pypi_token", "pypi-AgEIcHlwaS5vcmcLogveil0Fake0PyPI0Token0For0Tests0Only0123456789abcd"),
        Map.entry("vault_token", "hvs.Logveil0Fake0Vault0Token0For0Tests01"),
        Map.entry("heroku_key", "HRKU-AALogveil0Fake0Heroku0Platform0Key0For0Tests0Only0123456"),
        Map.entry("new_relic_key", "NRAK-LOGVEIL0FAKE0NEWRELIC0KEY01"),
        Map.entry("grafana_token", "glsa_Logveil0Fake0Grafana0Token0For0Tests_0a1b2c3d"),
        Map.entry("sentry_token", "sntryu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
        Map.entry("telegram_bot_token", "123456789:AALogveil0Fake0Telegram0Bot0Tok3n01"),
        Map.entry("discord_webhook", "https://discord.com/api/webhooks/123456789012345678/Logveil0Fake0Discord0Hook"),
        Map.entry("age_secret_key", "AGE-SECRET-KEY-1LOGVEIL0FAKE0AGE0SECRET0KEY0FOR0TESTS0ONLY0123456789012345"),
        Map.entry("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsb2d2ZWlsLWZha2UiLCJpYXQiOjE3MDAwMDAwMDB9"
            + ".Logveil0Fake0Signature0For0Tests0Only0abcdefgh"),
        Map.entry("payment_card", "4111 1111 1111 1111"));

    /** A password for the key-value, URL and header channels; distinctive so a leak is easy to spot. */
    public static final String PASSWORD = "Hunter2-Logveil-Secret";

    /** A passphrase of several words: where it ends, only the key it is under can tell. */
    public static final String PASSPHRASE = "correct horse battery staple";

    /** Sixteen digits that pass the Luhn check: a card number to the detectors, but also a possible key_id. */
    public static final String LUHN_DIGITS = "4111111111111111";

    /** A whole forged log line, as an attacker would smuggle it after a line break. */
    public static final String FORGED_LINE = "2026-12-01 12:00:00.000 INFO  admin login granted";

    /** A bearer credential. */
    public static final String BEARER = "Logveil0Bearer0Credential0abc123";

    /** Values that must survive redaction unchanged. */
    public static final String UUID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    public static final String KEY_ID = "3f2a9c1b0d4e5f67";
    public static final String REQUEST_ID = "req-20261123-0042";
    public static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** The survivors, each as it appears in a line. */
    public static final List<String> SURVIVORS = List.of(UUID, KEY_ID, REQUEST_ID, TRACE_ID);

    private SecretSamples() {
    }

    /**
     * A 12-character piece of {@code secret} that must not appear in redacted output: its last twelve characters,
     * spaces removed (webhook URLs keep their host and a card its last four digits, never more).
     */
    public static String pieceOf(String secret) {
        String compact = secret.replace(" ", "");
        return compact.substring(Math.max(0, compact.length() - 12));
    }
}
