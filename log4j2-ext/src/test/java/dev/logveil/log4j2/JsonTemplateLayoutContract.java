package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.ContractEvent;

/**
 * Core's channel contract through one stock {@code JsonTemplateLayout} of {@code contract-json-template.xml}; every
 * event must also be one valid JSON object.
 */
abstract class JsonTemplateLayoutContract extends Log4j2ChannelContract {
    @Override
    protected String render(ContractEvent event) {
        String out = super.render(event);
        assertThat(Json.parse(out.strip())).as("one JSON object").isNotEmpty();
        return out;
    }
}
