package dev.logveil.logback;

/**
 * Core's channel contract, met by {@link RedactingPatternLayoutEncoder} configured from
 * {@code contract/pattern-layout-encoder.xml}.
 */
class RedactingPatternLayoutEncoderContractTest extends LogbackChannelContract {
    @Override
    protected String configuration() {
        return "contract/pattern-layout-encoder.xml";
    }
}
