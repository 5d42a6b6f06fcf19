/**
 * Logveil's framework-free core. Nothing here imports a logging framework; the Logback and Log4j2 adapters translate
 * their events into the plain JDK types it takes.
 *
 * <p>The supported API, with a compatibility promise (see {@code docs/api.md}), is the public types of:
 * <ul>
 *   <li>{@link dev.logveil.core.redact}: the redactor and its configuration;</li>
 *   <li>{@link dev.logveil.core.keyid}: key ids and request ids for auth code;</li>
 *   <li>{@link dev.logveil.core.anomaly}: the error-rate anomaly detector's options and the fields of its alerts;</li>
 *   <li>{@link dev.logveil.core.event}: the redacted copy of a throwable that downstream appenders receive;</li>
 *   <li>{@link dev.logveil.core.scrub}: the command-line scrubber for existing log files.</li>
 * </ul>
 * Everything under {@code dev.logveil.core.internal} is shared by Logveil's own modules only and may change in any
 * release.
 */
package dev.logveil.core;
