package dev.logveil.logstash.jackson2;

import dev.logveil.logstash.testkit.LogstashEncoderContract;

/**
 * Core's channel contract, met by LLE's {@code LogstashEncoder} with {@link RedactingJsonGeneratorDecorator} as its
 * generator decorator, configured from {@code contract/logstash-decorator.xml}; each output must be one valid JSON
 * object.
 */
class RedactingJsonGeneratorDecoratorContractTest extends LogstashEncoderContract {
    RedactingJsonGeneratorDecoratorContractTest() {
        super("contract/logstash-decorator.xml");
    }
}
