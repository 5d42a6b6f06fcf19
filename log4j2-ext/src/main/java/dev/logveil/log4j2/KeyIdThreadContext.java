package dev.logveil.log4j2;

import dev.logveil.core.keyid.KeyIdScope;

/**
 * Binds a request's API key to the Log4j2 {@code ThreadContext} without ever writing the key: for the scope, every
 * log line carries {@code key_id} (a SHA-256 fingerprint, only for a well-formed key), {@code key_origin} and
 * {@code key_status}.
 * <pre>{@code
 * try (KeyIdScope key = KeyIdThreadContext.bind(request.getHeader("X-API-Key"), "header")) {
 *     if (!key.isOk()) {
 *         log.warn(key.status().event()); // auth.key_missing, auth.key_empty or auth.key_malformed
 *     }
 *     chain.doFilter(request, response);
 * }
 * }</pre>
 * On close the three entries get back exactly the values they had before (nested binds and values set by outer code
 * survive). Logveil's settings (the HMAC secret and id length, see {@link dev.logveil.core.keyid.KeyIdSettings}) are
 * reported once to the {@code StatusLogger}.
 */
public final class KeyIdThreadContext {

    private KeyIdThreadContext() {
    }

    /**
     * Checks the key, fingerprints it when it is well-formed, and binds the fields to the ThreadContext.
     *
     * @param rawKey the key exactly as received; {@code null} when the client sent none
     * @param origin where it came from, a short word such as {@code header}, {@code param} or {@code cookie}
     * @return the scope: close it (try-with-resources) on this thread; it exposes the status and the key id
     */
    public static KeyIdScope bind(String rawKey, String origin) {
        return KeyIdScope.open(KeyIdThreadContextMap.INSTANCE, rawKey, origin, KeyIdSettingsReport.fingerprint());
    }
}
