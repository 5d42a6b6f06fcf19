/**
 * Key ids for auth code: a correlatable fingerprint of an API key ({@link dev.logveil.core.keyid.KeyFingerprint}),
 * its origin and a classification of the key, bound to the logging context for one request
 * ({@link dev.logveil.core.keyid.KeyIdScope}) without ever writing the key itself; request ids likewise
 * ({@link dev.logveil.core.keyid.RequestIdScope}). Supported API.
 *
 * <p>The scopes hold the bind/restore logic once, written against the small
 * {@link dev.logveil.core.keyid.LogContext} interface; the Logback adapter ({@code KeyIdMdc}, {@code RequestIdMdc})
 * implements it over the SLF4J MDC and the Log4j2 adapter ({@code KeyIdThreadContext},
 * {@code RequestIdThreadContext}) over the {@code ThreadContext}. Another framework can implement it the same way.
 */
package dev.logveil.core.keyid;
