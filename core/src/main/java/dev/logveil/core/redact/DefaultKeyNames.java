package dev.logveil.core.redact;

import java.util.List;

/**
 * The built-in key names and the word lists behind the key-name rule (see {@link KeyWords} and
 * {@code docs/redaction.md}). Users add whole names with {@code sensitiveKeys} and exempt names with
 * {@code nonSensitiveKeys}.
 */
final class DefaultKeyNames {

    /**
     * Whole keys that are sensitive although no word rule says so: session cookies and one-time codes. Matched on the
     * whole key, ignoring case and separators.
     */
    static final List<String> EXACT = List.of(
        "pin", "session_id", "sessionid", "jsessionid", "phpsessid", "sessid", "connect.sid", "sid", "otp", "totp",
        "mfa_code", "otp_code", "mot_de_passe");

    /**
     * Words that name a secret: a key whose last word (before any {@link #NEUTRAL_WORDS}) is one of these is sensitive
     * ({@code db_password}, {@code refreshToken}, {@code MYSQL_PWD}, {@code passwordConfirmation}).
     */
    static final List<String> SECRET_WORDS = List.of(
        "password", "passwords", "passwd", "pwd", "passphrase", "passcode", "secret", "token", "tokens",
        "credential", "credentials", "creds", "cookie", "signature", "apikey", "apikeys", "passwort", "passe",
        "contrasena");

    /**
     * Secret words that may also end a longer word, for names written without separators: {@code PGPASSWORD},
     * {@code clientsecret}, {@code accesstoken}, {@code APIKEY}.
     */
    static final List<String> SECRET_WORD_ENDINGS = List.of(
        "password", "passwd", "passphrase", "secret", "token", "apikey", "secretkey", "privatekey", "credentials",
        "passwort");

    /**
     * Words that make a following {@code key} a secret key: {@code api_key}, {@code JWT_SIGNING_KEY},
     * {@code SECRET_KEY_BASE}, {@code x-api-key}. Any other {@code ..._key} ({@code cache_key}, {@code partition_key},
     * {@code public_key}) is not sensitive.
     */
    static final List<String> KEY_QUALIFIERS = List.of(
        "api", "private", "secret", "signing", "sign", "encryption", "encrypt", "decryption", "master", "client", "app",
        "access", "account", "shared", "storage", "hmac", "session", "subscription", "license", "jwt", "crypto", "aes",
        "cipher", "service", "admin", "auth", "security", "webhook", "ssh", "consumer");

    /**
     * Weak words: a key made of one of them alone ({@code key}, {@code auth}, {@code pass}, {@code session}) is
     * sensitive only when its value looks like a credential, so {@code key=uploads/a.png} and {@code "key":"Enter"}
     * stay. After another word, {@code pass} is a password ({@code DB_PASS}); {@code key} needs a qualifier.
     */
    static final List<String> WEAK_WORDS = List.of("key", "auth", "pass", "session");

    /**
     * Words that may follow the secret word without changing what the key names: {@code SECRET_KEY_BASE},
     * {@code password_confirmation}, {@code token_value}, {@code password2}. Kept short on purpose: a key that ends in
     * one of these is looked at closely, and common endings would slow clean lines. Any other trailing word turns
     * the key into a name <em>about</em> the secret ({@code token_count}, {@code password_min_length},
     * {@code token_type}, {@code password_reset_required}), which is not sensitive. Digits count as neutral.
     */
    static final List<String> NEUTRAL_WORDS = List.of(
        "value", "val", "base", "hash", "base64", "confirmation", "again", "new");

    /**
     * Words that, anywhere before the secret word, make the key a count or a flag: {@code max_tokens},
     * {@code num_keys}, {@code is_password_set}, {@code has_token}.
     */
    static final List<String> COUNTER_WORDS = List.of(
        "max", "min", "num", "number", "total", "count", "is", "has", "use", "enable", "enabled", "disable",
        "disabled", "require", "required", "allow", "allowed", "no", "show", "hide");

    /**
     * Header names whose value is {@code <scheme> <credentials>}: the credentials are masked, the scheme kept. Any key
     * whose last word is {@code authorization} counts ({@code X-Authorization}, {@code Proxy-Authorization},
     * OpenTelemetry's {@code http.request.header.authorization}).
     */
    static final List<String> AUTHORIZATION_WORDS = List.of("authorization");

    /**
     * Words that make a key name an identifier: a number under {@code trace_id}, {@code dd.span_id},
     * {@code order_id}, {@code invoice_no} is an id even when it passes the Luhn check, unless a
     * {@link #CARD_WORDS card word} says otherwise.
     */
    static final List<String> ID_WORDS = List.of(
        "id", "ids", "uid", "guid", "no", "nr", "num", "number", "seq", "sequence", "trace", "span", "order", "invoice",
        "ticket", "tracking", "ref", "reference", "transaction", "correlation", "request", "parent", "root", "message",
        "event", "batch", "job");

    /** Words that make a key name a card number, whatever else it says ({@code card_number}, {@code pan}). */
    static final List<String> CARD_WORDS = List.of("card", "pan", "cc", "credit", "debit", "payment", "cardnumber");

    /** Azure connection-string keys. */
    static final List<String> AZURE_STORAGE = List.of("AccountKey", "SharedAccessKey", "SharedAccessSignature");

    /** Azure SAS signature query parameter. */
    static final List<String> AZURE_SAS = List.of("sig");

    /** AWS SigV4 presigned-URL and header parameters. */
    static final List<String> AWS_SIGNING = List.of("X-Amz-Signature", "X-Amz-Security-Token", "X-Amz-Credential");

    /** Keys whose value runs to the end of the line: a cookie header holds many {@code name=value} pairs. */
    static final List<String> WHOLE_LINE_VALUES = List.of("cookie", "set-cookie");

    private DefaultKeyNames() {
    }
}
