/**
 * The redacted copy of a throwable, {@link dev.logveil.core.event.RedactedThrowable}, which appenders that read the
 * event's {@code Throwable} object themselves (OpenTelemetry, Sentry, Kafka) receive in place of the original when
 * the original holds a secret. Supported API: such an appender may ask it for the original class name.
 */
package dev.logveil.core.event;
