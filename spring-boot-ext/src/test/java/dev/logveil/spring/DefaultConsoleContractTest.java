package dev.logveil.spring;

import java.util.Map;

/**
 * Core's channel contract through Boot's default console line (no Logback file, no structured format), with the
 * correlation pattern showing the MDC and the key-value pairs ({@code [%X] [%kvp] }), as {@code docs/spring-boot.md}
 * suggests: Boot's default line has no key-value pairs of its own.
 */
class DefaultConsoleContractTest extends BootChannelContract {
    @Override
    protected Map<String, String> properties() {
        return Map.of("logging.pattern.correlation", "[%X] [%kvp] ");
    }
}
