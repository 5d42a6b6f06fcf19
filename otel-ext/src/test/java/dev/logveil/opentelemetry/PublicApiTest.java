package dev.logveil.opentelemetry;

import dev.logveil.core.testing.PublicApiContract;

/** The exporter wrapper and its autoconfiguration hook, and nothing else, are public. */
class PublicApiTest extends PublicApiContract {
    @Override
    protected Class<?> anyClassOfTheModule() {
        return RedactingLogRecordExporter.class;
    }
}
