package dev.logveil.spring;

import java.util.Map;

/** Core's channel contract through Boot's `logstash` structured console format, with only the starter added. */
class LogstashFormatContractTest extends BootChannelContract {
    @Override
    protected Map<String, String> properties() {
        return Map.of("logging.structured.format.console", "logstash");
    }
}
