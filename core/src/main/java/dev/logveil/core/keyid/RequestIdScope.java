package dev.logveil.core.keyid;

import java.util.Map;
import java.util.Objects;

/**
 * The binding of a request id to the logging context as {@code request_id}; the previous value is put back exactly
 * when the scope closes. {@link #close()} throws nothing and a second call does nothing.
 */
public final class RequestIdScope implements AutoCloseable {
    /** The innermost open request-id scope per context on each thread. */
    private static final ThreadLocal<Map<LogContext, ScopeChain>> OPEN = new ThreadLocal<>();

    private final LogContext context;
    private final String requestId;
    private final boolean generated;
    private final ScopeChain chain;
    private boolean closed;

    private RequestIdScope(LogContext context, String requestId, boolean generated) {
        this.context = context;
        this.requestId = requestId;
        this.generated = generated;
        this.chain = ScopeChain.open(OPEN, context, KeyIdFields.REQUEST_ID);
        context.put(KeyIdFields.REQUEST_ID, requestId);
    }

    /**
     * Binds the incoming id when it is {@link RequestIds#isSafe(String) safe}, otherwise a fresh UUID.
     *
     * @param context the adapter's view of the MDC / ThreadContext
     * @param incoming the {@code X-Request-ID}-style header value, or {@code null}
     */
    public static RequestIdScope open(LogContext context, String incoming) {
        Objects.requireNonNull(context, "context");
        boolean safe = RequestIds.isSafe(incoming);
        return new RequestIdScope(context, safe ? incoming.strip() : RequestIds.generate(), !safe);
    }

    /** The bound id: echo it in the response (e.g. an {@code X-Request-ID} header) so clients can quote it. */
    public String requestId() {
        return requestId;
    }

    /** Whether the id was generated here because none, or no safe one, came in. */
    public boolean isGenerated() {
        return generated;
    }

    /**
     * Puts back the {@code request_id} that was there before this scope opened, whatever the order scopes are closed
     * in (see {@link ScopeChain}). Idempotent; throws nothing. Call it on the thread that opened the scope.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        chain.close();
    }

    @Override
    public String toString() {
        return "RequestIdScope[request_id=" + requestId + (generated ? ", generated" : "") + "]";
    }
}
