package dev.logveil.core.keyid;

/**
 * The context keys (MDC / ThreadContext keys, JSON field names) that the key-id and request-id helpers write.
 * These names are part of Logveil's user-facing contract: dashboards and alerting rules match on them.
 */
public final class KeyIdFields {

    /** The key's fingerprint: lowercase hex, set only when {@link #KEY_STATUS} is {@code ok}. */
    public static final String KEY_ID = "key_id";

    /** Where the key came from, a short word such as {@code header}, {@code param} or {@code cookie}. */
    public static final String KEY_ORIGIN = "key_origin";

    /** The key check's verdict: {@code ok}, {@code missing}, {@code empty} or {@code malformed}. */
    public static final String KEY_STATUS = "key_status";

    /** The request's correlation id: a safe incoming id, or a freshly generated UUID. */
    public static final String REQUEST_ID = "request_id";

    private KeyIdFields() {
    }
}
