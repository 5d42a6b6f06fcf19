/**
 * Logveil for Spring Boot: the {@code logging.logveil.*} configuration properties
 * ({@link dev.logveil.spring.LogveilProperties}), the listener that redacts Boot's default Logback output
 * ({@link dev.logveil.spring.LogveilLoggingApplicationListener}), Boot's structured logging and stack traces redacted
 * ({@link dev.logveil.spring.RedactingStructuredLoggingJsonMembersCustomizer},
 * {@link dev.logveil.spring.RedactingStackTracePrinter}), the request-id filter
 * ({@link dev.logveil.spring.LogveilRequestIdFilter}) and the auto-configurations that register them. Supported API:
 * those classes and the properties; the helpers they share are package-private.
 */
package dev.logveil.spring;
