package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.SecretSamples;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Core's channel contract through Boot's default console line (no Logback file, no structured format), with the
 * correlation pattern showing the MDC, as {@code docs/spring-boot.md} suggests.
 */
class DefaultConsoleContractTest extends BootChannelContract {
    @Override
    protected Map<String, String> properties() {
        return Map.of("logging.pattern.correlation", "[%X] ");
    }

    /** Boot's default line has no key-value pairs at all: nothing to mask, and nothing may leak. */
    @Override
    @Test
    public void keyValuePairsAreRedacted() {
        String out = render(ContractEvent.message("charged")
            .keyValue("password", SecretSamples.PASSWORD)
            .keyValue("note", "Authorization: Bearer " + SecretSamples.BEARER));
        assertThat(out).contains("charged").doesNotContain(SecretSamples.PASSWORD)
            .doesNotContain(SecretSamples.BEARER);
    }

    /** The same for a passphrase: Boot's default line writes no key-value pairs, so no word of it may appear. */
    @Override
    @Test
    public void keyValueOfSeveralWordsUnderSensitiveKeyIsMaskedWhole() {
        String out = render(ContractEvent.message("charged").keyValue("password", SecretSamples.PASSPHRASE)
            .keyValue("order", 42));
        assertThat(out).contains("charged");
        assertNoWordOf(out, SecretSamples.PASSPHRASE);
    }
}
