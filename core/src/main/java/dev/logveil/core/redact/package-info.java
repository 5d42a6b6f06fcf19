/**
 * Redaction of secrets in text: {@link dev.logveil.core.redact.Redactor}, built from a
 * {@link dev.logveil.core.redact.RedactorConfig}, with the built-in detectors named by
 * {@link dev.logveil.core.redact.BuiltInDetector} and faults reported to a
 * {@link dev.logveil.core.redact.RedactionFaultListener}. Supported API.
 *
 * <p>An integration outside this repository (an appender for another sink, a message-queue interceptor) redacts
 * through {@code Redactor} alone. The scanners, the engine and the masker are package-private.
 */
package dev.logveil.core.redact;
