package dev.logveil.log4j2;

import org.apache.logging.log4j.core.test.junit.LoggerContextSource;

/** Core's channel contract through {@code %redact{%X - %msg%n%ex}} in a stock {@code PatternLayout}. */
@LoggerContextSource("contract-pattern.xml")
class RedactingConverterContractTest extends Log4j2ChannelContract {
    @Override
    protected String appenderName() {
        return "CONVERTER";
    }
}
