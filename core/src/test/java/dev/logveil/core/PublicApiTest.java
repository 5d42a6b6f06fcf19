package dev.logveil.core;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.testing.PublicApiContract;

/** Core's supported types: the redactor, key ids, the anomaly options, the redacted throwable and the scrubber. */
class PublicApiTest extends PublicApiContract {
    @Override
    protected Class<?> anyClassOfTheModule() {
        return Redactor.class;
    }
}
