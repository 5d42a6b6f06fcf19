package dev.logveil.core.keyid;

import dev.logveil.core.redact.Redactor;
import java.util.UUID;

/**
 * Request ids: an incoming {@code X-Request-ID}-style value is taken only when it is plainly an id; anything else is
 * replaced by a fresh random UUID, so a forged header cannot put a line break, markup or a long payload into the
 * logs.
 *
 * <p>Safe means: after trimming spaces and tabs, 1 to {@link #MAX_LENGTH} characters of {@code A-Z a-z 0-9 - _ .},
 * and nothing the default {@link Redactor} recognises as a secret (a vendor token or a JWT sent as the request id,
 * by mistake or to plant it in the logs). That admits UUIDs, ULIDs, hex trace ids and W3C {@code traceparent} values.
 */
public final class RequestIds {

    /** The longest incoming id that is kept. */
    public static final int MAX_LENGTH = 64;

    private RequestIds() {
    }

    /**
     * Whether {@code incoming} may be logged as a request id as it is (after trimming spaces and tabs).
     *
     * @param incoming the header value, or {@code null}
     */
    public static boolean isSafe(String incoming) {
        if (incoming == null) {
            return false;
        }
        int from = KeyCheck.trimStart(incoming);
        int to = KeyCheck.trimEnd(incoming, from);
        if (from == to || to - from > MAX_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isIdChar(incoming.charAt(i))) {
                return false;
            }
        }
        // The redactor never masks an id (a contract test holds it to that), so a change means a secret.
        return Redactor.defaults().redact(incoming) == incoming;
    }

    /**
     * The request id to log: {@code incoming} trimmed when {@link #isSafe(String) safe}, otherwise a new one.
     *
     * @param incoming the header value, or {@code null}
     */
    public static String acceptOrGenerate(String incoming) {
        return isSafe(incoming) ? incoming.strip() : generate();
    }

    /** A fresh random (version 4) UUID. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
    }
}
