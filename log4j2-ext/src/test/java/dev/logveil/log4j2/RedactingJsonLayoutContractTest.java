package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;

/** Core's channel contract through {@link RedactingJsonLayout}; every event must also be one valid JSON object. */
@LoggerContextSource("contract-json.xml")
class RedactingJsonLayoutContractTest extends Log4j2ChannelContract {
    @Override
    protected String appenderName() {
        return "JSON";
    }

    @Override
    protected String render(ContractEvent event) {
        String out = super.render(event);
        assertThat(out).endsWith("\n");
        assertThat(Json.parse(out)).containsKeys("@timestamp", "message", "level");
        return out;
    }
}
