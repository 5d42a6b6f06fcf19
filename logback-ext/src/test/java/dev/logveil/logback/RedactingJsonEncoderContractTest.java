package dev.logveil.logback;

/**
 * Core's channel contract, met by {@link RedactingJsonEncoder} configured from {@code contract/json-encoder.xml}.
 */
class RedactingJsonEncoderContractTest extends LogbackChannelContract {
    @Override
    protected String configuration() {
        return "contract/json-encoder.xml";
    }
}
