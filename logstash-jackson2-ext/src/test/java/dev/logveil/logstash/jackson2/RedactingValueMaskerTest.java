package dev.logveil.logstash.jackson2;

import dev.logveil.logstash.testkit.ValueMaskerScenarios;

/** {@link RedactingValueMasker} inside LLE 7 and 8's own masking decorator, configured from XML as users write it. */
class RedactingValueMaskerTest extends ValueMaskerScenarios {
    @Override
    protected Object maskOutsideAnyField(Object value) {
        return new RedactingValueMasker().mask(null, value);
    }
}
