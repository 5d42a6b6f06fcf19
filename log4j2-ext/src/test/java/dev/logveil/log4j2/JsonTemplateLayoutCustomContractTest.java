package dev.logveil.log4j2;

import org.apache.logging.log4j.core.test.junit.LoggerContextSource;

/** Core's channel contract through {@code <JsonTemplateLayout eventTemplateUri="classpath:custom-template.json"/>}. */
@LoggerContextSource("contract-json-template.xml")
class JsonTemplateLayoutCustomContractTest extends JsonTemplateLayoutContract {
    @Override
    protected String appenderName() {
        return "CUSTOM";
    }
}
