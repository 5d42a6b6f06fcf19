package dev.logveil.logback;

/**
 * Core's channel contract, met by {@link RedactingConverter} configured from {@code contract/redact-converter.xml}.
 */
class RedactingConverterContractTest extends LogbackChannelContract {
    @Override
    protected String configuration() {
        return "contract/redact-converter.xml";
    }
}
