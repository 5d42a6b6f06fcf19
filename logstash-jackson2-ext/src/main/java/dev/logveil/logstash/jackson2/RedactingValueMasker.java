package dev.logveil.logstash.jackson2;

import com.fasterxml.jackson.core.JsonStreamContext;
import dev.logveil.logback.JsonValueRedaction;
import net.logstash.logback.mask.ValueMasker;

/**
 * A value masker for logstash-logback-encoder 7.x and 8.x (Jackson 2) that redacts every string the encoder writes:
 * the message, MDC and key-value fields, {@code stack_trace}, custom fields and array elements. A string under a field
 * whose name is a sensitive key ({@code password}, {@code api_key}, ...) is masked whole, one under Logveil's own keys
 * ({@code key_id}, {@code request_id}, {@code anomaly.*}) is left as it is; numbers and booleans pass;
 * a clean string is left alone without allocating. Put it inside LLE's own masking decorator:
 *
 * <pre>{@code
 * <encoder class="net.logstash.logback.encoder.LogstashEncoder">
 *   <jsonGeneratorDecorator class="net.logstash.logback.mask.MaskingJsonGeneratorDecorator">
 *     <valueMasker class="dev.logveil.logstash.jackson2.RedactingValueMasker">
 *       <sensitiveKeys>customer_pin</sensitiveKeys>
 *     </valueMasker>
 *   </jsonGeneratorDecorator>
 * </encoder>
 * }</pre>
 *
 * <p>It takes the options of every Logveil Logback component: {@code mask}, {@code fingerprint},
 * {@code sensitiveKeys}, {@code nonSensitiveKeys}, {@code disable}, {@code enable} and repeatable {@code <rule>}.
 * Invalid options are reported as ERROR statuses naming the option and the value, and replaced by defaults. Until
 * Logback starts it (or when it is built in code and never started) it redacts with the defaults, never not at all.
 * The policy and the options are shared with the other Jackson line in {@link JsonValueRedaction}.
 */
public class RedactingValueMasker extends JsonValueRedaction implements ValueMasker {
    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (!(value instanceof String)) {
            return null;
        }
        // null tells LLE "not masked": it writes the original string, and nothing was allocated.
        return redactedOrNull(context == null ? null : context.getCurrentName(), (String) value);
    }
}
