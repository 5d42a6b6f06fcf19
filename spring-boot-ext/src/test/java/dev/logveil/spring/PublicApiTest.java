package dev.logveil.spring;

import dev.logveil.core.testing.PublicApiContract;

/** The starter's properties, listener, printers, filter and auto-configurations, and nothing else, are public. */
class PublicApiTest extends PublicApiContract {
    @Override
    protected Class<?> anyClassOfTheModule() {
        return LogveilProperties.class;
    }
}
