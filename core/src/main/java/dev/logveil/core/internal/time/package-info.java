/**
 * {@link dev.logveil.core.internal.time.Durations}: the one duration syntax ({@code 500 ms}, {@code 10s},
 * {@code 1m}, {@code PT10S}) read the same in Logback and Log4j2 configuration.
 *
 * <p><b>Internal, not API:</b> no compatibility promise (see {@link dev.logveil.core.internal}).
 */
package dev.logveil.core.internal.time;
