package dev.logveil.logstash.jackson2;

import dev.logveil.core.testing.PublicApiContract;

/** The value masker and the generator decorator, and nothing else, are public. */
class PublicApiTest extends PublicApiContract {
    @Override
    protected Class<?> anyClassOfTheModule() {
        return RedactingValueMasker.class;
    }
}
