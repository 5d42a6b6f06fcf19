package dev.logveil.core.redact;

import java.util.Locale;

/**
 * The built-in detectors, each with the stable name users put in {@code disable} (or {@code enable}, for the opt-in
 * ones). The names never change between releases; new detectors only add names.
 */
public enum BuiltInDetector {
    /** Values of sensitive key names in {@code k=v}, {@code k: v}, JSON, query strings, headers, toString shapes. */
    SENSITIVE_KEY("sensitive_key", true),
    /** {@code Authorization} / {@code Proxy-Authorization} credentials, and a bare {@code Bearer <token>}. */
    AUTHORIZATION("authorization", true),
    /** The password in {@code scheme://user:password@host}. */
    URL_CREDENTIALS("url_credentials", true),
    /** JSON Web Tokens (JWS, three segments) and JWE (five segments). */
    JWT("jwt", true),
    /** The body of a PEM {@code -----BEGIN ... PRIVATE KEY-----} block, literal or with escaped newlines. */
    PRIVATE_KEY("private_key", true),
    /** Payment card numbers: known issuer prefix and length, valid Luhn; the last four digits are kept. */
    PAYMENT_CARD("payment_card", true),
    /** AWS access key ids ({@code AKIA}, {@code ASIA}, {@code ABIA}, {@code ACCA}) and signing parameters. */
    AWS_KEY("aws_key", true),
    /** GitHub tokens: {@code ghp_ gho_ ghu_ ghs_ ghr_} and fine-grained {@code github_pat_}. */
    GITHUB_TOKEN("github_token", true),
    /** GitLab tokens: {@code glpat-} and its siblings. */
    GITLAB_TOKEN("gitlab_token", true),
    /** Slack tokens ({@code xoxb- xoxp- xoxa- xoxr- xoxs- xoxe- xapp-}). */
    SLACK_TOKEN("slack_token", true),
    /** Slack incoming-webhook URLs ({@code hooks.slack.com/services/...}): the path is the secret. */
    SLACK_WEBHOOK("slack_webhook", true),
    /** Stripe secret, restricted and webhook-signing keys. Publishable {@code pk_} keys are public and kept. */
    STRIPE_KEY("stripe_key", true),
    /** Google API keys ({@code AIza...}). */
    GOOGLE_API_KEY("google_api_key", true),
    /** Google OAuth client secrets ({@code GOCSPX-}) and access tokens ({@code ya29.}). */
    GOOGLE_OAUTH("google_oauth", true),
    /** OpenAI keys ({@code sk-proj-}, {@code sk-svcacct-}, {@code sk-admin-}, legacy {@code sk-}). */
    OPENAI_KEY("openai_key", true),
    /** Anthropic keys ({@code sk-ant-api03-}, {@code sk-ant-admin01-}). */
    ANTHROPIC_KEY("anthropic_key", true),
    /** npm access tokens ({@code npm_}). */
    NPM_TOKEN("npm_token", true),
    /** SendGrid API keys ({@code SG.xxx.yyy}). */
    SENDGRID_KEY("sendgrid_key", true),
    /** Hugging Face tokens ({@code hf_}, {@code api_org_}). */
    HUGGINGFACE_TOKEN("huggingface_token", true),
    /** Azure storage account keys and shared access keys in connection strings. */
    AZURE_STORAGE_KEY("azure_storage_key", true),
    /** Azure SAS signatures ({@code sig=} query parameter). */
    AZURE_SAS("azure_sas", true),
    /** Shopify access tokens ({@code shpat_ shpca_ shppa_ shpss_}). */
    SHOPIFY_TOKEN("shopify_token", true),
    /** Twilio API key SIDs ({@code SK} + 32 hex). */
    TWILIO_KEY("twilio_key", true),
    /** Mailgun private keys ({@code key-} + 32 hex). */
    MAILGUN_KEY("mailgun_key", true),
    /** DigitalOcean tokens ({@code dop_v1_ doo_v1_ dor_v1_}). */
    DIGITALOCEAN_TOKEN("digitalocean_token", true),
    /** Databricks tokens ({@code dapi} + 32 hex). */
    DATABRICKS_TOKEN("databricks_token", true),
    /** PyPI upload tokens ({@code pypi-AgEIcHlwaS5vcmc...}). */
    PYPI_TOKEN("pypi_token", true),
    /** HashiCorp Vault tokens ({@code hvs. hvb. hvr.}). */
    VAULT_TOKEN("vault_token", true),
    /** Heroku platform keys ({@code HRKU-AA...}). */
    HEROKU_KEY("heroku_key", true),
    /** New Relic user keys ({@code NRAK-}). */
    NEW_RELIC_KEY("new_relic_key", true),
    /** Grafana tokens ({@code glc_}, {@code glsa_}). */
    GRAFANA_TOKEN("grafana_token", true),
    /** Sentry auth tokens ({@code sntrys_}, {@code sntryu_}). */
    SENTRY_TOKEN("sentry_token", true),
    /** Telegram bot tokens ({@code 123456789:AA...}). */
    TELEGRAM_BOT_TOKEN("telegram_bot_token", true),
    /** Discord webhook URLs: the path is the secret. */
    DISCORD_WEBHOOK("discord_webhook", true),
    /** age secret keys ({@code AGE-SECRET-KEY-1...}). */
    AGE_SECRET_KEY("age_secret_key", true),
    /** Opt-in: e-mail addresses. */
    EMAIL("email", false),
    /** Opt-in: IPv4 addresses. */
    IP_ADDRESS("ip_address", false),
    /** Opt-in: long random-looking strings (Shannon entropy), outside hex ids, UUIDs and digests. */
    HIGH_ENTROPY("high_entropy", false);

    private final String id;
    private final boolean enabledByDefault;

    BuiltInDetector(String id, boolean enabledByDefault) {
        this.id = id;
        this.enabledByDefault = enabledByDefault;
    }

    /** The stable name used in configuration, e.g. {@code payment_card}. */
    public String id() {
        return id;
    }

    /** Whether the detector runs unless disabled; {@code false} for the opt-in ones. */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    /**
     * Finds a detector by its configuration name, ignoring case and treating {@code -} like {@code _}.
     *
     * @return the detector, or {@code null} when no detector has that name
     */
    public static BuiltInDetector byId(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (BuiltInDetector detector : values()) {
            if (detector.id.equals(wanted)) {
                return detector;
            }
        }
        return null;
    }
}
