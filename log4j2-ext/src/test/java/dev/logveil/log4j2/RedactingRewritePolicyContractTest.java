package dev.logveil.log4j2;

import org.apache.logging.log4j.core.test.junit.LoggerContextSource;

/**
 * Core's channel contract through {@link RedactingRewritePolicy} in a stock {@code Rewrite} appender, in front of a
 * stock appender whose stock {@code PatternLayout} prints message, context data and exception as they arrive.
 */
@LoggerContextSource("contract-rewrite.xml")
class RedactingRewritePolicyContractTest extends Log4j2ChannelContract {
    @Override
    protected String appenderName() {
        return "REWRITE";
    }
}
