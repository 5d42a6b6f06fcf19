package dev.logveil.examples.keyid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import dev.logveil.logback.KeyIdMdc;
import dev.logveil.logback.RequestIdMdc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDK {@link HttpServer} handler that authenticates requests by the {@code X-API-Key} header before handing them
 * to the application's handler, with every log line of the request carrying {@code request_id}, {@code key_id},
 * {@code key_origin} and {@code key_status}. Quoted by {@code docs/key-id.md}.
 */
public final class ApiKeyHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyHttpHandler.class);

    private final HttpHandler next;
    private final Predicate<String> validKeys;

    /**
     * @param next the application's handler, called for authenticated requests
     * @param validKeys answers whether a well-formed key is one of ours (a key store, a cache, ...)
     */
    public ApiKeyHttpHandler(HttpHandler next, Predicate<String> validKeys) {
        this.next = next;
        this.validKeys = validKeys;
    }

    /** Starts a server on {@code address} that serves {@code app} behind the key check. */
    public static HttpServer start(InetSocketAddress address, HttpHandler app, Predicate<String> validKeys)
        throws IOException {
        // tag::jdk-server[]
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", new ApiKeyHttpHandler(app, validKeys));
        server.start();
        // end::jdk-server[]
        return server;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        // tag::jdk-handler[]
        String rawKey = exchange.getRequestHeaders().getFirst("X-API-Key");
        try (RequestIdScope requestId = RequestIdMdc.bind(exchange.getRequestHeaders().getFirst("X-Request-ID"));
             KeyIdScope key = KeyIdMdc.bind(rawKey, "header")) {
            exchange.getResponseHeaders().set("X-Request-ID", requestId.requestId());
            if (!key.isOk() || !validKeys.test(rawKey.strip())) {
                log.warn(key.isOk() ? "auth.key_rejected" : key.status().event());
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            next.handle(exchange);
        }
        // end::jdk-handler[]
    }
}
