package dev.logveil.log4j2;

import dev.logveil.core.testing.PublicApiContract;

/** The Log4j2 plugins users name in {@code log4j2.xml} and their builders, and nothing else, are public. */
class PublicApiTest extends PublicApiContract {
    @Override
    protected Class<?> anyClassOfTheModule() {
        return RedactingPatternLayout.class;
    }
}
