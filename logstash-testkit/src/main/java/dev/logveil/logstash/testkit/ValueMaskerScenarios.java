package dev.logveil.logstash.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import dev.logveil.core.testing.SecretSamples;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Logveil's value masker inside LLE's own masking decorator, configured from XML as users write it: each LLE module
 * runs these against its own masker and its own {@code contract/logstash-encoder.xml}, {@code options.xml} and
 * {@code bad-rule.xml}.
 */
public abstract class ValueMaskerScenarios {
    private static final String ARGUMENT = SecretSamples.BY_DETECTOR.get("github_token");
    private static final String MDC = SecretSamples.BY_DETECTOR.get("stripe_key");
    private static final String PAIR = SecretSamples.PASSWORD;
    private static final String EXCEPTION = SecretSamples.BY_DETECTOR.get("openai_key");
    private static final String CAUSE = SecretSamples.BY_DETECTOR.get("aws_key");
    private static final String SUPPRESSED = SecretSamples.BEARER;

    @Test
    public void sixSecretsInEveryChannelAreGoneTheRequestIdSurvivesAndTheLineParses() {
        try (LogbackXml logback = LogbackXml.configure("contract/logstash-encoder.xml")) {
            Exception top = new IllegalStateException("upstream said api_key=" + EXCEPTION,
                new IllegalArgumentException("bad key " + CAUSE));
            top.addSuppressed(new IllegalStateException("cleanup sent Authorization: Bearer " + SUPPRESSED));
            logback.mdc().put("request_id", SecretSamples.REQUEST_ID);
            logback.mdc().put("upstream", "key " + MDC);
            logback.logger("com.example.Checkout").atError().setMessage("paying with token {} for {}")
                .addArgument(ARGUMENT).addArgument("order-17").addKeyValue("password", PAIR)
                .addKeyValue("amount", 42).setCause(top).log();

            String out = logback.out().text();
            assertThat(out).doesNotContain(ARGUMENT, MDC, PAIR, EXCEPTION, CAUSE, SUPPRESSED);
            Map<String, Object> line = JsonOutput.parseObject(out);
            assertThat(line).containsEntry("request_id", SecretSamples.REQUEST_ID).containsEntry("amount", 42)
                .containsEntry("password", "[REDACTED]");
            assertThat((String) line.get("message")).isEqualTo("paying with token [REDACTED] for order-17");
            assertThat((String) line.get("stack_trace")).contains("Caused by: java.lang.IllegalArgumentException")
                .contains("Suppressed: java.lang.IllegalStateException");
            logback.assertNoStatusAboveInfo();
        }
    }

    @Test
    public void optionsFromXmlApply() {
        try (LogbackXml logback = LogbackXml.configure("options.xml")) {
            logback.assertNoStatusAboveInfo();
            logback.mdc().put("customer_pin", "4711");
            logback.logger("x").atInfo().setMessage("ticket {} password={}").addArgument("tkt_ABCDEFGH")
                .addArgument(SecretSamples.PASSWORD).log();
            Map<String, Object> line = JsonOutput.parseObject(logback.out().text());
            assertThat(line).containsEntry("customer_pin", "***").containsEntry("message", "ticket *** password=***")
                .containsEntry("deploy_note", "rolled out with token=***");
        }
    }

    @Test
    public void aBadRuleIsReportedNamingItAndTheMaskerStillRedacts() {
        try (LogbackXml logback = LogbackXml.configure("bad-rule.xml")) {
            assertThat(logback.messagesAtLeast(Status.ERROR)).anySatisfy(m -> assertThat(m)
                .startsWith("RedactingValueMasker: rule 'broken': invalid regex '(unclosed'"));
            logback.logger("x").info("password={}", SecretSamples.PASSWORD);
            assertThat(JsonOutput.parseObject(logback.out().text())).containsEntry("message", "password=[REDACTED]");
        }
    }

    /** What a new, unconfigured masker of the module returns for {@code value}, outside any JSON context. */
    protected abstract Object maskOutsideAnyField(Object value);

    @Test
    public void cleanStringsAndNumbersAreLeftToTheEncoder() {
        assertThat(maskOutsideAnyField("order 17 shipped to Berlin")).isNull();
        assertThat(maskOutsideAnyField(4111111111111111L)).isNull();
        assertThat(maskOutsideAnyField("card 4111 1111 1111 1111")).isEqualTo("card [REDACTED]1111");
    }
}
