package dev.logveil.logback;

/**
 * Core's channel contract, met by {@link RedactingPatternLayout} configured from {@code contract/pattern-layout.xml}.
 */
class RedactingPatternLayoutContractTest extends LogbackChannelContract {
    @Override
    protected String configuration() {
        return "contract/pattern-layout.xml";
    }
}
