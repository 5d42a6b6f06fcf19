/**
 * Redaction of whole log events, for adapters that hand a redacted copy of an event to appenders which read the event
 * object themselves (OpenTelemetry, Sentry, Kafka, Loki): context maps, key-value pairs, message arguments and
 * throwables, each returned as it was when it holds no secret.
 */
package dev.logveil.core.event;
