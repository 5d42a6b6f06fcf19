/**
 * Logveil for the OpenTelemetry SDK's logs: {@link dev.logveil.opentelemetry.RedactingLogRecordExporter} wraps a
 * {@code LogRecordExporter} and redacts each record's body and attributes before export, and
 * {@link dev.logveil.opentelemetry.LogveilAutoConfigurationCustomizerProvider} installs it through the SDK's
 * autoconfiguration. Supported API: those two classes and the {@code otel.logveil.*} properties they read.
 */
package dev.logveil.opentelemetry;
