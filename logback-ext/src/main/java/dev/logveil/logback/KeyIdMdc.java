package dev.logveil.logback;

import dev.logveil.core.keyid.KeyIdScope;

/**
 * Binds a request's API key to the SLF4J MDC without ever writing the key: for the scope, every log line carries
 * {@code key_id} (a SHA-256 fingerprint, only for a well-formed key), {@code key_origin} and {@code key_status}.
 * <pre>{@code
 * try (KeyIdScope key = KeyIdMdc.bind(request.getHeader("X-API-Key"), "header")) {
 *     if (!key.isOk()) {
 *         log.warn(key.status().event()); // auth.key_missing, auth.key_empty or auth.key_malformed
 *     }
 *     chain.doFilter(request, response);
 * }
 * }</pre>
 * On close the three MDC entries get back exactly the values they had before (nested binds and values set by outer
 * code survive). Works with any SLF4J back end whose MDC is real; Logveil's settings (the HMAC secret and id length,
 * see {@link dev.logveil.core.keyid.KeyIdSettings}) are reported once to Logback's status channel.
 */
public final class KeyIdMdc {

    private KeyIdMdc() {
    }

    /**
     * Checks the key, fingerprints it when it is well-formed, and binds the fields to the MDC.
     *
     * @param rawKey the key exactly as received; {@code null} when the client sent none
     * @param origin where it came from, a short word such as {@code header}, {@code param} or {@code cookie}
     * @return the scope: close it (try-with-resources) on this thread; it exposes the status and the key id
     */
    public static KeyIdScope bind(String rawKey, String origin) {
        return KeyIdScope.open(KeyIdMdcContext.INSTANCE, rawKey, origin, KeyIdSettingsReport.fingerprint());
    }
}
