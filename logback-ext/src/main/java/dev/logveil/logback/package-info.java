/**
 * Logveil for Logback: the components an application names in {@code logback.xml}. Supported API: their class names
 * and the options they accept.
 * <ul>
 *   <li>{@link dev.logveil.logback.RedactingPatternLayout}, {@link dev.logveil.logback.RedactingPatternLayoutEncoder},
 *       {@link dev.logveil.logback.RedactingJsonEncoder} (with {@link dev.logveil.logback.AdditionalField}) and
 *       {@link dev.logveil.logback.RedactingConverter} ({@code %redact(...)}, its options in
 *       {@link dev.logveil.logback.RedactionSettings}) redact what a layout writes;</li>
 *   <li>{@link dev.logveil.logback.RedactingAppender} hands a redacted copy of each event to appenders that read the
 *       event object themselves;</li>
 *   <li>{@link dev.logveil.logback.RedactionRule} is a custom rule, accepted by each of them;</li>
 *   <li>{@link dev.logveil.logback.ErrorRateAnomalyAppender} raises an alert when the error rate jumps;</li>
 *   <li>{@link dev.logveil.logback.KeyIdMdc} and {@link dev.logveil.logback.RequestIdMdc} bind a key id and a request
 *       id to the MDC for auth code;</li>
 *   <li>{@link dev.logveil.logback.JsonValueRedaction} holds the options and decisions of the logstash-logback-encoder
 *       value maskers (the {@code logveil-logstash} modules), and of any JSON value masker built on Logback.</li>
 * </ul>
 * The converters, event copies and helpers they share are package-private.
 */
package dev.logveil.logback;
