package dev.logveil.logback;

/**
 * Core's channel contract, met by {@link RedactingAppender} in front of a stock appender with its own stock layout
 * ({@code %msg %mdc %kvp %ex}), configured from {@code contract/redacting-appender.xml}: the layout knows nothing of
 * redaction, so everything it prints must come redacted in the forwarded event.
 */
class RedactingAppenderContractTest extends LogbackChannelContract {
    @Override
    protected String configuration() {
        return "contract/redacting-appender.xml";
    }
}
