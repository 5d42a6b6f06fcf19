package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request-id filter in a real servlet application (embedded Tomcat on a random port): the header's id is bound
 * and echoed, a forged one replaced, and {@code logging.logveil.request-id.enabled=false} leaves the filter out.
 */
class RequestIdFilterTest {
    private static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void incomingIdIsBoundEchoedAndForgedOnesReplaced() throws Exception {
        try (ConfigurableApplicationContext app = startWeb(Map.of())) {
            String port = app.getEnvironment().getProperty("local.server.port");
            BootApp.Captured<HttpResponse<String>> kept = BootApp.console(() -> get(port, "req-20261123-0042"));
            assertThat(kept.result.headers().firstValue("X-Request-ID")).hasValue("req-20261123-0042");
            assertThat(kept.output).contains("request_id=req-20261123-0042").contains("handling order");

            String forged = "Bearer " + SecretSamples.BEARER;
            BootApp.Captured<HttpResponse<String>> replaced = BootApp.console(() -> get(port, forged));
            assertThat(replaced.result.headers().firstValue("X-Request-ID")).hasValueSatisfying(
                id -> assertThat(id).matches(UUID_SHAPE));
            assertThat(replaced.output).doesNotContain(SecretSamples.BEARER)
                .containsPattern("request_id=" + UUID_SHAPE);
        }
    }

    @Test
    void optOutLeavesTheFilterOut() throws Exception {
        try (ConfigurableApplicationContext app = startWeb(Map.of("logging.logveil.request-id.enabled", "false"))) {
            assertThat(app.getBeansOfType(LogveilRequestIdFilter.class)).isEmpty();
            String port = app.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = BootApp.console(() -> get(port, "req-1")).result;
            assertThat(response.headers().firstValue("X-Request-ID")).isEmpty();
        }
    }

    private static ConfigurableApplicationContext startWeb(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(extra);
        properties.put("server.port", "0");
        properties.put("logging.pattern.correlation", "[%X] ");
        SpringApplication application = new SpringApplication(WebApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        application.setRegisterShutdownHook(false);
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
        java.util.Properties systemProperties = (java.util.Properties) System.getProperties().clone();
        ConfigurableApplicationContext context = application.run(arguments);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                System.setProperties(systemProperties);
            }
        });
        return context;
    }

    private static HttpResponse<String> get(String port, String requestId) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders"))
                .header("X-Request-ID", requestId).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A servlet application with one endpoint that logs. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(OrdersController.class)
    static class WebApplication {
    }

    /** Logs one line per request, which the correlation pattern shows with its MDC. */
    @RestController
    static class OrdersController {
        @GetMapping("/orders")
        String orders() {
            LoggerFactory.getLogger(OrdersController.class).info("handling order request");
            return "ok";
        }
    }
}
