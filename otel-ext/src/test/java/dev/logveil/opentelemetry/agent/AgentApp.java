package dev.logveil.opentelemetry.agent;

import dev.logveil.core.testing.SecretSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A plain SLF4J and Logback application for {@link AgentExtensionIT}: it knows nothing of OpenTelemetry. Run under the
 * Java agent, whose Logback instrumentation captures each event before any appender and exports it.
 */
public final class AgentApp {
    private AgentApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Logger log = LoggerFactory.getLogger(AgentApp.class);
        MDC.put("api_key", "plainvalue" + SecretSamples.PASSWORD);
        MDC.put("request_id", SecretSamples.UUID);
        try {
            log.atInfo().setMessage("login user=bob password={}").addArgument(SecretSamples.PASSWORD)
                .addKeyValue("client_secret", SecretSamples.PASSWORD).log();
            Exception root = new IllegalArgumentException("bad token=" + SecretSamples.PASSWORD);
            Exception top = new IllegalStateException("upstream said Bearer " + SecretSamples.BEARER, root);
            top.addSuppressed(new IllegalStateException("cleanup with "
                + SecretSamples.BY_DETECTOR.get("github_token")));
            log.error("request failed", top);
        } finally {
            MDC.clear();
        }
        // The agent's simple processor exports as each record is emitted; give the console exporter a moment.
        Thread.sleep(200);
    }
}
