/**
 * Time helpers shared by every Logveil component: {@link dev.logveil.core.internal.time.Durations}, the one duration syntax
 * ({@code 500 ms}, {@code 10s}, {@code 1m}, {@code PT10S}) read the same in Logback and Log4j2 configuration.
 */
package dev.logveil.core.internal.time;
