package dev.logveil.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's API, behind {@link ApiKeyFilter}. Some of its dependencies are broken, and their failures are logged
 * the way real code logs them: with exception messages, causes and {@code toString()}s that carry credentials.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>{@code GET /v1/orders}, {@code GET /v1/orders/{id}}</td><td>200 (404 for an unknown order)</td></tr>
 *   <tr><td>{@code POST /v1/orders/{id}/pay}</td><td>502: the payment gateway declines; logged with the gateway
 *       configuration (its API key in a record's {@code toString()}) and the gateway's URL</td></tr>
 *   <tr><td>{@code GET /v1/me}</td><td>502: the identity provider refuses; the exception quotes the
 *       {@code Authorization} header it sent</td></tr>
 *   <tr><td>{@code GET /v1/reports/{id}}</td><td>503: the report store is down; the cause holds the database URL
 *       with its password, a suppressed exception the exporter's AWS keys</td></tr>
 *   <tr><td>{@code POST /v1/notifications/test}</td><td>202, with a warning that quotes the Slack webhook URL</td></tr>
 *   <tr><td>{@code GET /v1/inventory}</td><td>200; with {@code ?simulate=outage}, 503: the message broker is
 *       unreachable (its URL, password included, in the cause)</td></tr>
 * </table>
 */
final class DemoApi implements HttpHandler {

    private static final Logger payments = LoggerFactory.getLogger("demo.payments");
    private static final Logger profile = LoggerFactory.getLogger("demo.profile");
    private static final Logger reports = LoggerFactory.getLogger("demo.reports");
    private static final Logger notifications = LoggerFactory.getLogger("demo.notifications");
    private static final Logger inventory = LoggerFactory.getLogger("demo.inventory");

    /** The payment gateway's settings; a record, so its {@code toString()} prints every component. */
    record GatewayConfig(String endpoint, String apiKey, int timeoutMillis) {
    }

    private static final GatewayConfig GATEWAY =
        new GatewayConfig("https://api.payments.example/v1/charges", DemoSecrets.STRIPE_KEY, 2000);
    private static final String REPORT_DB = "postgresql://reports:" + DemoSecrets.DB_PASSWORD
        + "@db.internal:5432/reports";
    private static final String BROKER = "amqp://inventory:" + DemoSecrets.MQ_PASSWORD + "@mq.internal:5672/inventory";
    private static final String SLACK_WEBHOOK = "https://hooks.slack.com/services/" + DemoSecrets.SLACK_WEBHOOK_PATH;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.split("/");
        if ("GET".equals(method) && path.equals("/v1/orders")) {
            respond(exchange, 200, "[{\"id\":1001,\"total\":\"42.00\"},{\"id\":1002,\"total\":\"7.50\"}]");
        } else if ("GET".equals(method) && parts.length == 4 && path.startsWith("/v1/orders/")) {
            order(exchange, parts[3]);
        } else if ("POST".equals(method) && parts.length == 5 && path.startsWith("/v1/orders/")
            && parts[4].equals("pay")) {
            pay(exchange, parts[3]);
        } else if ("GET".equals(method) && path.equals("/v1/me")) {
            me(exchange);
        } else if ("GET".equals(method) && parts.length == 4 && path.startsWith("/v1/reports/")) {
            report(exchange, parts[3]);
        } else if ("POST".equals(method) && path.equals("/v1/notifications/test")) {
            notifyTest(exchange);
        } else if ("GET".equals(method) && path.equals("/v1/inventory")) {
            inventory(exchange);
        } else {
            respond(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private static void order(HttpExchange exchange, String id) throws IOException {
        if (id.equals("1001") || id.equals("1002")) {
            respond(exchange, 200, "{\"id\":" + id + ",\"status\":\"open\"}");
        } else {
            respond(exchange, 404, "{\"error\":\"no such order\"}");
        }
    }

    private static void pay(HttpExchange exchange, String orderId) throws IOException {
        try {
            charge(orderId);
            respond(exchange, 200, "{\"status\":\"paid\"}");
        } catch (IllegalStateException declined) {
            // The classic accident: the whole configuration object as a log argument.
            payments.error("payment for order {} failed; gateway {}", orderId, GATEWAY, declined);
            respond(exchange, 502, "{\"error\":\"payment failed\"}");
        }
    }

    private static void charge(String orderId) {
        throw new IllegalStateException("charge for order " + orderId + " declined (402) by " + GATEWAY.endpoint()
            + "?api_key=" + GATEWAY.apiKey());
    }

    private static void me(HttpExchange exchange) throws IOException {
        try {
            respond(exchange, 200, userInfo(DemoSecrets.ID_TOKEN));
        } catch (IllegalStateException refused) {
            profile.error("identity provider refused the profile lookup", refused);
            respond(exchange, 502, "{\"error\":\"identity provider unavailable\"}");
        }
    }

    private static String userInfo(String idToken) {
        // An HTTP client error that helpfully quotes the request it sent, headers and all.
        throw new IllegalStateException("GET https://idp.example/userinfo answered 401; request headers: "
            + "Accept: application/json, Authorization: Bearer " + idToken);
    }

    private static void report(HttpExchange exchange, String id) throws IOException {
        IllegalStateException failure = new IllegalStateException("report " + id + " unavailable",
            new SQLTransientConnectionException("Connection refused: " + REPORT_DB));
        failure.addSuppressed(new IOException("export to s3://acme-reports failed: aws_access_key_id="
            + DemoSecrets.AWS_KEY_ID + " aws_secret_access_key=" + DemoSecrets.AWS_SECRET));
        reports.error("cannot build report {}", id, failure);
        respond(exchange, 503, "{\"error\":\"reports unavailable\"}");
    }

    private static void notifyTest(HttpExchange exchange) throws IOException {
        notifications.warn("test notification not delivered: {} answered 404 (channel archived?)", SLACK_WEBHOOK);
        respond(exchange, 202, "{\"status\":\"queued\"}");
    }

    private static void inventory(HttpExchange exchange) throws IOException {
        if ("outage".equals(QueryParameters.first(exchange.getRequestURI().getRawQuery(), "simulate"))) {
            UncheckedIOException down = new UncheckedIOException("inventory broker unreachable",
                new ConnectException("Connection refused: " + BROKER));
            inventory.error("inventory lookup failed", down);
            respond(exchange, 503, "{\"error\":\"inventory unavailable\"}");
        } else {
            respond(exchange, 200, "{\"sku\":\"LV-1\",\"in_stock\":12}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
