package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.net.URI;
import java.util.Map;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.junit.jupiter.api.Test;

/**
 * A stock JsonTemplateLayout redacts with {@code logveil-log4j2} on the class path; a custom template's
 * {@code redact} resolver takes the shared options; and the documented switch turns the automatic wrapping off.
 */
class JsonTemplateLayoutRedactionTest {

    private static String output(LoggerContext context, String appender) {
        ListAppender list = context.getConfiguration().getAppender(appender);
        return String.join("", list.getMessages());
    }

    @Test
    @LoggerContextSource("rewrite-and-json-template.xml")
    void ecsLinesHoldNoneOfTheSixSecretsAndStayValidJson(LoggerContext context) {
        SixSecrets.log(context.getLogger("ECS"));
        String out = output(context, "ECS");
        SixSecrets.assertGone(out);
        Map<String, Object> line = Json.parse(out.strip());
        assertThat(line).containsEntry("request_id", SecretSamples.REQUEST_ID)
            .containsEntry("error.type", "java.lang.IllegalStateException");
        assertThat((String) line.get("error.stack_trace")).contains("Caused by: java.lang.IllegalArgumentException")
            .contains("Suppressed: java.lang.IllegalStateException").contains("[REDACTED]");
    }

    @Test
    @LoggerContextSource("contract-json-template.xml")
    void theRedactResolverMasksAValueUnderASensitiveKeyWhole(LoggerContext context) {
        ThreadContext.put("customer_pin", "4711");
        ThreadContext.put("password", SecretSamples.PASSWORD);
        try {
            context.getLogger("CUSTOM").info("pin change requested");
        } finally {
            ThreadContext.clearMap();
        }
        Map<String, Object> line = Json.parse(output(context, "CUSTOM").strip());
        assertThat(line).containsEntry("pin", "[REDACTED]").containsEntry("msg", "pin change requested");
        // customer_pin is sensitive only where a redact resolver was told so; password is a built-in key name.
        assertThat(line.get("context")).isEqualTo(Map.of("customer_pin", "4711", "password", "[REDACTED]"));
    }

    @Test
    void thePropertyTurnsTheAutomaticWrappingOff() throws Exception {
        URI config = JsonTemplateLayoutRedactionTest.class.getResource("/rewrite-and-json-template.xml").toURI();
        System.setProperty(RedactingResolverInterceptor.ENABLED_PROPERTY, "false");
        LoggerContext context = Configurator.initialize("jtl-off", null, config);
        try {
            context.getLogger("ECS").info("password={}", SecretSamples.PASSWORD);
            assertThat(output(context, "ECS")).contains(SecretSamples.PASSWORD);
        } finally {
            System.clearProperty(RedactingResolverInterceptor.ENABLED_PROPERTY);
            Configurator.shutdown(context);
        }
    }
}
