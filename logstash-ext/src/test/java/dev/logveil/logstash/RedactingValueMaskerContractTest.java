package dev.logveil.logstash;

import dev.logveil.logstash.testkit.LogstashEncoderContract;

/**
 * Core's channel contract, met by LLE 9's {@code LogstashEncoder} with {@link RedactingValueMasker} in its masking
 * decorator, configured from {@code contract/logstash-encoder.xml}: each event goes through the real SLF4J 2 fluent
 * API (arguments, MDC, key-value pairs, throwable), and each output must be one valid JSON object.
 */
class RedactingValueMaskerContractTest extends LogstashEncoderContract {
    RedactingValueMaskerContractTest() {
        super("contract/logstash-encoder.xml");
    }
}
