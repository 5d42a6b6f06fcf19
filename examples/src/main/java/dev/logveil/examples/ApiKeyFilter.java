package dev.logveil.examples;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import dev.logveil.logback.KeyIdMdc;
import dev.logveil.logback.RequestIdMdc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's front door: binds the request id and the API key to the MDC, checks the key, and writes the request
 * line. The key may come in the {@code X-API-Key} header or as the {@code key} query parameter; every line logged
 * while the request is served carries {@code request_id}, {@code key_id}, {@code key_origin} and {@code key_status}.
 *
 * <p>The request line holds the path with its query, as access logs do, so a key sent as {@code ?key=...} reaches the
 * log text: the redacting encoders mask it ({@code key} is a built-in sensitive key name).
 */
final class ApiKeyFilter extends Filter {

    private static final Logger auth = LoggerFactory.getLogger("demo.auth");
    private static final Logger access = LoggerFactory.getLogger("demo.access");

    private final Set<String> validKeys;

    ApiKeyFilter(Set<String> validKeys) {
        this.validKeys = Set.copyOf(validKeys);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long start = System.nanoTime();
        String header = exchange.getRequestHeaders().getFirst("X-API-Key");
        String param = QueryParameters.first(exchange.getRequestURI().getRawQuery(), "key");
        String rawKey = header != null ? header : param;
        String origin = header != null || param == null ? "header" : "param";
        try (RequestIdScope requestId = RequestIdMdc.bind(exchange.getRequestHeaders().getFirst("X-Request-ID"));
             KeyIdScope key = KeyIdMdc.bind(rawKey, origin)) {
            exchange.getResponseHeaders().set("X-Request-ID", requestId.requestId());
            try {
                if (!key.isOk()) {
                    auth.warn(key.status().event()); // auth.key_missing, auth.key_empty or auth.key_malformed
                    reject(exchange);
                } else if (!validKeys.contains(rawKey.strip())) {
                    auth.warn("auth.key_rejected"); // well-formed, but not one of ours: the key_id says which
                    reject(exchange);
                } else {
                    chain.doFilter(exchange);
                }
            } finally {
                // Status first, the request target last: it may end in an empty "key=".
                access.info("{} ({} ms) {} {}", exchange.getResponseCode(), (System.nanoTime() - start) / 1_000_000,
                    exchange.getRequestMethod(), exchange.getRequestURI());
            }
        }
    }

    @Override
    public String description() {
        return "API key authentication (X-API-Key header or key query parameter), request id and request line";
    }

    private static void reject(HttpExchange exchange) throws IOException {
        byte[] body = "{\"error\":\"unauthorized\"}\n".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(401, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
