package dev.logveil.log4j2;

import dev.logveil.core.keyid.RequestIdScope;

/**
 * Binds a request id to the Log4j2 {@code ThreadContext} as {@code request_id} for a scope. An incoming
 * {@code X-Request-ID}-style value is used only when it is plainly an id (at most 64 characters of
 * {@code A-Z a-z 0-9 - _ .}, and not a secret); otherwise a fresh random UUID is bound, so a forged header can never
 * put a line break or a secret into the logs.
 * <pre>{@code
 * try (RequestIdScope requestId = RequestIdThreadContext.bind(request.getHeader("X-Request-ID"))) {
 *     response.setHeader("X-Request-ID", requestId.requestId());
 *     ...
 * }
 * }</pre>
 */
public final class RequestIdThreadContext {

    private RequestIdThreadContext() {
    }

    /**
     * Binds the incoming id when it is safe, otherwise a fresh UUID; the previous {@code request_id} is restored on
     * close.
     *
     * @param incoming the header value, or {@code null}
     * @return the scope: close it (try-with-resources) on this thread; it exposes the bound id
     */
    public static RequestIdScope bind(String incoming) {
        return RequestIdScope.open(KeyIdThreadContextMap.INSTANCE, incoming);
    }
}
