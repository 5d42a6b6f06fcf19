/**
 * Key ids for auth code: a correlatable fingerprint of an API key, its origin and a classification of the key, bound
 * to the logging context for one request without ever writing the key itself.
 *
 * <p>Everything here is framework-free. {@link dev.logveil.core.keyid.KeyIdScope} and
 * {@link dev.logveil.core.keyid.RequestIdScope} hold the bind/restore logic once, written against the tiny
 * {@link dev.logveil.core.keyid.LogContext} interface; the Logback adapter ({@code KeyIdMdc}, {@code RequestIdMdc})
 * implements it over the SLF4J MDC and the Log4j2 adapter ({@code KeyIdThreadContext},
 * {@code RequestIdThreadContext}) over the {@code ThreadContext}.
 */
package dev.logveil.core.keyid;
