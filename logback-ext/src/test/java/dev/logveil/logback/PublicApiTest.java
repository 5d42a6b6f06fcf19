package dev.logveil.logback;

import dev.logveil.core.testing.PublicApiContract;

/** The Logback components users name in {@code logback.xml}, and nothing else, are public. */
class PublicApiTest extends PublicApiContract {
    @Override
    protected Class<?> anyClassOfTheModule() {
        return RedactingPatternLayout.class;
    }
}
