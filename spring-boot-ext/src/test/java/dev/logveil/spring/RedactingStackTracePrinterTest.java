package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@link RedactingStackTracePrinter} named in {@code logging.structured.json.stacktrace.printer}: Boot builds it with
 * its standard printer (configured by the other stacktrace properties) and the starter's options; the stack trace
 * comes out redacted, with Boot's options applied.
 */
class RedactingStackTracePrinterTest {

    @Test
    void bootInstantiatesItAndTheStackTraceIsRedactedWithBootsOptions() {
        Exception root = new IllegalArgumentException("bad token=" + SecretSamples.PASSWORD);
        Exception top = new IllegalStateException("upstream said Bearer " + SecretSamples.BEARER, root);
        String out;
        try (BootApp app = BootApp.start(Map.of("logging.structured.format.console", "logstash",
                "logging.structured.json.stacktrace.printer", RedactingStackTracePrinter.class.getName(),
                "logging.structured.json.stacktrace.root", "first",
                "logging.logveil.mask", "[HIDDEN]"))) {
            out = BootApp.console(() -> LoggerFactory.getLogger("com.example.Payments").error("failed", top));
        }
        assertThat(out).contains("\"stack_trace\":\"java.lang.IllegalArgumentException: bad token=[HIDDEN]")
            .contains("Wrapped by: java.lang.IllegalStateException: upstream said Bearer [HIDDEN]")
            .doesNotContain(SecretSamples.PASSWORD).doesNotContain(SecretSamples.BEARER);
    }
}
