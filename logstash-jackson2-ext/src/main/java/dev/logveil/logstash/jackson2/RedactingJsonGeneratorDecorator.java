package dev.logveil.logstash.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import net.logstash.logback.decorate.JsonGeneratorDecorator;

/**
 * The fast way to put Logveil into logstash-logback-encoder 7.x and 8.x: a generator decorator of its own, in place of
 * LLE's {@code MaskingJsonGeneratorDecorator}. It applies exactly the policy of {@link RedactingValueMasker} (every
 * string value redacted, a value under a sensitive field name masked whole, numbers and booleans untouched) and takes
 * the same options, but writes each string straight through, where LLE's masking decorator allocates per value.
 *
 * <pre>{@code
 * <encoder class="net.logstash.logback.encoder.LogstashEncoder">
 *   <jsonGeneratorDecorator class="dev.logveil.logstash.jackson2.RedactingJsonGeneratorDecorator">
 *     <sensitiveKeys>customer_pin</sensitiveKeys>
 *   </jsonGeneratorDecorator>
 * </encoder>
 * }</pre>
 *
 * <p>Use {@link RedactingValueMasker} inside LLE's decorator instead when you also need LLE's own path or value masks.
 */
public class RedactingJsonGeneratorDecorator extends RedactingValueMasker implements JsonGeneratorDecorator {
    @Override
    public JsonGenerator decorate(JsonGenerator generator) {
        return new RedactingJsonGenerator(generator, this);
    }
}
