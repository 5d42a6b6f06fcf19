package dev.logveil.log4j2;

import org.apache.logging.log4j.core.test.junit.LoggerContextSource;

/** Core's channel contract through {@link RedactingPatternLayout}. */
@LoggerContextSource("contract-pattern.xml")
class RedactingPatternLayoutContractTest extends Log4j2ChannelContract {
    @Override
    protected String appenderName() {
        return "LAYOUT";
    }
}
