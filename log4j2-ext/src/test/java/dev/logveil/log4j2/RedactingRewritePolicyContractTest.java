package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.SecretSamples;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.junit.jupiter.api.Test;

/**
 * Core's channel contract through {@link RedactingRewritePolicy} in a stock {@code Rewrite} appender, in front of a
 * stock appender whose stock {@code PatternLayout} prints message, context data and exception as they arrive. The
 * forwarded event is not text, so the layout guards against forged lines with Log4j2's own {@code %enc{...}{CRLF}}
 * and {@code %replace}, as {@code docs/appenders.md} says.
 */
@LoggerContextSource("contract-rewrite.xml")
class RedactingRewritePolicyContractTest extends Log4j2ChannelContract {
    @Override
    protected String appenderName() {
        return "REWRITE";
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
