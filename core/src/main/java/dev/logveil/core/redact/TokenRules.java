package dev.logveil.core.redact;

import static dev.logveil.core.redact.BuiltInDetector.AGE_SECRET_KEY;
import static dev.logveil.core.redact.BuiltInDetector.ANTHROPIC_KEY;
import static dev.logveil.core.redact.BuiltInDetector.AWS_KEY;
import static dev.logveil.core.redact.BuiltInDetector.DATABRICKS_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.DIGITALOCEAN_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.DISCORD_WEBHOOK;
import static dev.logveil.core.redact.BuiltInDetector.GITHUB_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.GITLAB_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.GOOGLE_API_KEY;
import static dev.logveil.core.redact.BuiltInDetector.GOOGLE_OAUTH;
import static dev.logveil.core.redact.BuiltInDetector.GRAFANA_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.HEROKU_KEY;
import static dev.logveil.core.redact.BuiltInDetector.HUGGINGFACE_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.MAILGUN_KEY;
import static dev.logveil.core.redact.BuiltInDetector.NEW_RELIC_KEY;
import static dev.logveil.core.redact.BuiltInDetector.NPM_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.OPENAI_KEY;
import static dev.logveil.core.redact.BuiltInDetector.PYPI_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.SENDGRID_KEY;
import static dev.logveil.core.redact.BuiltInDetector.SENTRY_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.SHOPIFY_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.SLACK_TOKEN;
import static dev.logveil.core.redact.BuiltInDetector.SLACK_WEBHOOK;
import static dev.logveil.core.redact.BuiltInDetector.STRIPE_KEY;
import static dev.logveil.core.redact.BuiltInDetector.TWILIO_KEY;
import static dev.logveil.core.redact.BuiltInDetector.VAULT_TOKEN;
import static dev.logveil.core.redact.Chars.ALNUM;
import static dev.logveil.core.redact.Chars.B64;
import static dev.logveil.core.redact.Chars.B64URL;
import static dev.logveil.core.redact.Chars.LOWER_HEX;
import static dev.logveil.core.redact.Chars.WORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The prefix-anchored vendor token formats (see {@code docs/redaction.md} for each with an example). Prefixes and
 * lengths follow the vendors' published formats and the open-source scanners' rule sets.
 */
final class TokenRules {
    private TokenRules() {
    }

    /** All rules, longest prefix first so that {@code sk-ant-} is tried before {@code sk-}. */
    static List<TokenRule> all() {
        List<TokenRule> rules = new ArrayList<>();
        for (String prefix : new String[] {"AKIA", "ASIA", "ABIA", "ACCA"}) {
            rules.add(TokenRule.checked(AWS_KEY, prefix, ALNUM, 16, 16, TokenRules::upperOrDigit));
        }
        for (String prefix : new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
            rules.add(TokenRule.of(GITHUB_TOKEN, prefix, ALNUM, 36, 251));
        }
        rules.add(TokenRule.of(GITHUB_TOKEN, "github_pat_", WORD, 22, 240));
        for (String prefix : new String[] {"glpat-", "gldt-", "glft-", "glrt-", "glsoat-", "glffct-", "glimt-",
            "glptt-", "glagent-", "gloas-", "glcbt-", "GR1348941"}) {
            rules.add(new TokenRule(GITLAB_TOKEN, prefix, B64URL, ".", 20, 300, null, false));
        }
        for (String prefix : new String[] {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxo-", "xoxe-",
            "xoxe.xoxp-", "xoxe.xoxb-", "xapp-"}) {
            rules.add(new TokenRule(SLACK_TOKEN, prefix, ALNUM, "-", 10, 250, TokenRules::hasDigit, false));
        }
        rules.add(webhook(SLACK_WEBHOOK, "hooks.slack.com/services/"));
        rules.add(webhook(SLACK_WEBHOOK, "hooks.slack.com/workflows/"));
        rules.add(webhook(SLACK_WEBHOOK, "hooks.slack.com/triggers/"));
        for (String prefix : new String[] {"sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_",
            "whsec_"}) {
            rules.add(TokenRule.of(STRIPE_KEY, prefix, ALNUM, 10, 247));
        }
        rules.add(TokenRule.of(GOOGLE_API_KEY, "AIza", B64URL, 35, 35));
        rules.add(TokenRule.of(GOOGLE_OAUTH, "GOCSPX-", B64URL, 24, 40));
        rules.add(TokenRule.of(GOOGLE_OAUTH, "ya29.", B64URL, 20, 2048));
        for (String prefix : new String[] {"sk-ant-api03-", "sk-ant-admin01-", "sk-ant-"}) {
            rules.add(TokenRule.of(ANTHROPIC_KEY, prefix, B64URL, 32, 300));
        }
        for (String prefix : new String[] {"sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-"}) {
            rules.add(TokenRule.of(OPENAI_KEY, prefix, B64URL, 32, 300));
        }
        // Legacy OpenAI keys carry base64("OpenAI") = T3BlbkFJ; other "sk-" providers use 32+ hex or base62.
        rules.add(TokenRule.checked(OPENAI_KEY, "sk-", B64URL, 32, 200, TokenRules::hasDigit));
        rules.add(TokenRule.of(NPM_TOKEN, "npm_", ALNUM, 36, 36));
        rules.add(new TokenRule(SENDGRID_KEY, "SG.", B64URL, ".", 60, 80, TokenRules::oneInnerDot, false));
        rules.add(TokenRule.of(HUGGINGFACE_TOKEN, "hf_", ALNUM, 30, 40));
        rules.add(TokenRule.of(HUGGINGFACE_TOKEN, "api_org_", ALNUM, 30, 40));
        for (String prefix : new String[] {"shpat_", "shpca_", "shppa_", "shpss_"}) {
            rules.add(TokenRule.of(SHOPIFY_TOKEN, prefix, Chars.HEX, 32, 32));
        }
        rules.add(TokenRule.of(TWILIO_KEY, "SK", LOWER_HEX, 32, 32));
        rules.add(TokenRule.of(MAILGUN_KEY, "key-", LOWER_HEX, 32, 32));
        for (String prefix : new String[] {"dop_v1_", "doo_v1_", "dor_v1_"}) {
            rules.add(TokenRule.of(DIGITALOCEAN_TOKEN, prefix, LOWER_HEX, 64, 64));
        }
        rules.add(TokenRule.of(DATABRICKS_TOKEN, "dapi", LOWER_HEX, 32, 34));
        rules.add(TokenRule.of(PYPI_TOKEN, "pypi-AgEIcHlwaS5vcmc", B64URL, 50, 1000));
        rules.add(TokenRule.of(PYPI_TOKEN, "pypi-AgENdGVzdC5weXBpLm9yZw", B64URL, 50, 1000));
        for (String prefix : new String[] {"hvs.", "hvb.", "hvr."}) {
            rules.add(TokenRule.of(VAULT_TOKEN, prefix, B64URL, 24, 300));
        }
        rules.add(TokenRule.of(HEROKU_KEY, "HRKU-AA", B64URL, 50, 70));
        rules.add(TokenRule.checked(NEW_RELIC_KEY, "NRAK-", ALNUM, 27, 27, TokenRules::upperOrDigit));
        rules.add(TokenRule.of(GRAFANA_TOKEN, "glc_", B64, 32, 400));
        rules.add(TokenRule.of(GRAFANA_TOKEN, "glsa_", WORD, 32, 50));
        rules.add(TokenRule.of(SENTRY_TOKEN, "sntrys_", B64, 50, 300));
        rules.add(TokenRule.of(SENTRY_TOKEN, "sntryu_", LOWER_HEX, 64, 64));
        rules.add(TokenRule.checked(AGE_SECRET_KEY, "AGE-SECRET-KEY-1", ALNUM, 58, 58, TokenRules::upperOrDigit));
        rules.add(webhook(DISCORD_WEBHOOK, "discord.com/api/webhooks/"));
        rules.add(webhook(DISCORD_WEBHOOK, "discordapp.com/api/webhooks/"));
        rules.sort(Comparator.comparingInt((TokenRule rule) -> rule.prefix.length()).reversed());
        return List.copyOf(rules);
    }

    private static TokenRule webhook(BuiltInDetector detector, String prefix) {
        return new TokenRule(detector, prefix, B64URL, "/", 20, 300, TokenRules::hasDigit, true);
    }

    private static boolean upperOrDigit(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (!(c >= 'A' && c <= 'Z') && !Chars.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean hasDigit(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isDigit(s[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneInnerDot(char[] s, int from, int to) {
        int dots = 0;
        for (int i = from; i < to; i++) {
            if (s[i] == '.') {
                dots++;
            }
        }
        return dots == 1;
    }
}
