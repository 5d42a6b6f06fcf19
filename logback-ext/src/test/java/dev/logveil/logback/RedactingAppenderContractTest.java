package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.SecretSamples;
import org.junit.jupiter.api.Test;

/**
 * Core's channel contract, met by {@link RedactingAppender} in front of a stock appender with its own stock layout
 * ({@code %msg %mdc %kvp %ex}), configured from {@code contract/redacting-appender.xml}: the layout knows nothing of
 * redaction, so everything it prints must come redacted in the forwarded event. The forwarded event is not text, so
 * the layout guards against forged lines with Logback's own {@code %replace}, as {@code docs/appenders.md} says.
 */
class RedactingAppenderContractTest extends LogbackChannelContract {
    @Override
    protected String configuration() {
        return "contract/redacting-appender.xml";
    }

    @Test
    void theStockLayoutWritesALineBreakInAValueEscapedAndKeepsTheStackTraceShape() {
        String out = render(ContractEvent.message("user {} logged in", "bob\n" + SecretSamples.FORGED_LINE)
            .throwable(new IllegalStateException("boom\n" + SecretSamples.FORGED_LINE)));
        assertThat(out).contains("user bob\\n" + SecretSamples.FORGED_LINE + " logged in")
            .contains("IllegalStateException: boom\\n" + SecretSamples.FORGED_LINE)
            .containsPattern("\\R\tat ");
    }
}
