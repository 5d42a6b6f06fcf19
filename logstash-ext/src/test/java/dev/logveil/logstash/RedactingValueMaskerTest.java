package dev.logveil.logstash;

import dev.logveil.logstash.testkit.ValueMaskerScenarios;

/** {@link RedactingValueMasker} inside LLE 9's own masking decorator, configured from XML as users write it. */
class RedactingValueMaskerTest extends ValueMaskerScenarios {
    @Override
    protected Object maskOutsideAnyField(Object value) {
        return new RedactingValueMasker().mask(null, value);
    }
}
