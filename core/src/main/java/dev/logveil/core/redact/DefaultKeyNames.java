package dev.logveil.core.redact;

import java.util.List;

/**
 * The built-in sensitive key names. Users add their own with {@code sensitiveKeys}; these are always present unless
 * their detector is disabled.
 */
final class DefaultKeyNames {

    /** Names that are sensitive only as the whole key: {@code key=...} yes, {@code cache_key=...} no. */
    static final List<String> EXACT = List.of(
        "key", "token", "pass", "pwd", "pin", "auth_token", "session", "session_id", "sessionid", "jsessionid",
        "phpsessid", "sessid", "connect.sid", "sid", "creds", "x-auth-token", "private-token", "x-csrf-token",
        "client_key", "app_key", "master_key", "encryption_key", "signing_key", "otp", "totp", "mfa_code");

    /**
     * Names that are sensitive as the whole key and as the last words of a longer key ({@code db_password},
     * {@code github_token}, {@code my-api-key}).
     */
    static final List<String> WORD_SUFFIX = List.of(
        "password", "passwd", "passphrase", "passcode", "secret", "client_secret", "api_key", "apikey", "api_token",
        "access_token", "refresh_token", "id_token", "auth_token", "session_token", "bearer_token", "token",
        "secret_key", "private_key", "access_key", "secret_access_key", "aws_secret_access_key",
        "aws_session_token", "x-amz-security-token", "credential", "credentials", "signature", "cookie",
        "set-cookie", "x-api-key", "api-key", "contrasena", "contraseña", "passwort", "mot_de_passe");

    /** Header names whose value is {@code <scheme> <credentials>}: the credentials are masked, the scheme kept. */
    static final List<String> AUTHORIZATION = List.of("authorization", "proxy-authorization");

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
