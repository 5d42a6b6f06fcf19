package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.SecretSamples;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.junit.jupiter.api.Test;

/** Core's channel contract through {@code <JsonTemplateLayout eventTemplateUri="classpath:JsonLayout.json"/>}. */
@LoggerContextSource("contract-json-template.xml")
class JsonTemplateLayoutJsonLayoutContractTest extends JsonTemplateLayoutContract {
    @Override
    protected String appenderName() {
        return "JSONLAYOUT";
    }

    /**
     * The JsonLayout template writes the top exception's message and frames only, never a cause or a suppressed
     * exception, so there is nothing of them to mask; what it does write must still hold no secret.
     */
    @Test
    @Override
    public void causeAndSuppressedMessagesAreMasked() {
        Exception root = new IllegalArgumentException("bad token=" + SecretSamples.PASSWORD);
        Exception top = new RuntimeException("wrapper password=" + SecretSamples.PASSWORD, root);
        top.addSuppressed(new IllegalStateException("cleanup with Bearer " + SecretSamples.BEARER));
        String out = render(ContractEvent.message("failed").throwable(top));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertThat(out).doesNotContain(SecretSamples.BEARER).contains("\"name\":\"java.lang.RuntimeException\"");
    }
}
