package dev.logveil.core.keyid;

import java.util.Map;
import java.util.Objects;

/**
 * The binding of one request's key to the logging context: {@code key_id} (only for an {@code ok} key),
 * {@code key_origin} and {@code key_status} are set when the scope opens, and the values that were there before are
 * put back exactly when it closes, so nested binds and values set by outer code survive.
 *
 * <p>The raw key is never stored, neither in the context nor in this object. Use it in try-with-resources on the
 * thread that opened it; {@link #close()} throws nothing and a second call does nothing:
 * <pre>{@code
 * try (KeyIdScope key = KeyIdMdc.bind(request.getHeader("X-API-Key"), "header")) {
 *     if (!key.isOk()) {
 *         log.warn(key.status().event());
 *     }
 *     ...
 * }
 * }</pre>
 */
public final class KeyIdScope implements AutoCloseable {
    /** The innermost open key scope per context on each thread. */
    private static final ThreadLocal<Map<LogContext, ScopeChain>> OPEN = new ThreadLocal<>();

    private final LogContext context;
    private final KeyStatus status;
    private final String keyId;
    private final String origin;
    private final ScopeChain chain;
    private boolean closed;

    private KeyIdScope(LogContext context, KeyStatus status, String keyId, String origin) {
        this.context = context;
        this.status = status;
        this.keyId = keyId;
        this.origin = origin;
        this.chain = ScopeChain.open(OPEN, context, KeyIdFields.KEY_ID, KeyIdFields.KEY_ORIGIN,
            KeyIdFields.KEY_STATUS);
        if (keyId != null) {
            context.put(KeyIdFields.KEY_ID, keyId);
        } else {
            context.remove(KeyIdFields.KEY_ID); // an outer scope's key_id must not describe this key
        }
        context.put(KeyIdFields.KEY_ORIGIN, origin);
        context.put(KeyIdFields.KEY_STATUS, status.value());
    }

    /**
     * Checks the key, fingerprints it when it is {@code ok} with the process-wide {@link KeyIdSettings#current()},
     * and binds the fields to {@code context}.
     *
     * @param context the adapter's view of the MDC / ThreadContext
     * @param rawKey the key as received, {@code null} when none was sent
     * @param origin where it came from, e.g. {@code header}; normalised by {@link KeyOrigin#normalise(String)}
     */
    public static KeyIdScope open(LogContext context, String rawKey, String origin) {
        return open(context, rawKey, origin, KeyIdSettings.current().fingerprint());
    }

    /** As {@link #open(LogContext, String, String)}, with an explicit way of making ids. */
    public static KeyIdScope open(LogContext context, String rawKey, String origin, KeyFingerprint fingerprint) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(fingerprint, "fingerprint");
        KeyStatus status = KeyCheck.classify(rawKey);
        String keyId = null;
        if (status.isOk()) {
            int from = KeyCheck.trimStart(rawKey);
            keyId = fingerprint.of(rawKey, from, KeyCheck.trimEnd(rawKey, from));
        }
        return new KeyIdScope(context, status, keyId, KeyOrigin.normalise(origin));
    }

    /** The key check's verdict, also bound as {@code key_status}. */
    public KeyStatus status() {
        return status;
    }

    /** Whether the key is well-formed (it may still be a wrong key: that is the auth code's decision). */
    public boolean isOk() {
        return status.isOk();
    }

    /** The key's id, also bound as {@code key_id}; {@code null} unless {@link #isOk()}. */
    public String keyId() {
        return keyId;
    }

    /** The normalised origin, also bound as {@code key_origin}. */
    public String origin() {
        return origin;
    }

    /**
     * Puts back the values the three keys had before this scope opened; closed before a scope opened inside it, it
     * leaves that scope's values and lets it put them back when it closes (see {@link ScopeChain}). Idempotent;
     * throws nothing. Call it on the thread that opened the scope.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        chain.close();
    }

    /** Names the status, origin and id; the raw key is never held. */
    @Override
    public String toString() {
        return "KeyIdScope[key_status=" + status + ", key_origin=" + origin + ", key_id=" + keyId + "]";
    }
}
