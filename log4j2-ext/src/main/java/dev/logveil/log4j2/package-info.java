/**
 * Logveil for Log4j2: the plugins an application names in {@code log4j2.xml}. Supported API: their plugin names,
 * attributes and elements, and the public classes and builders below.
 * <ul>
 *   <li>{@link dev.logveil.log4j2.RedactingPatternLayout}, {@link dev.logveil.log4j2.RedactingJsonLayout} and
 *       {@link dev.logveil.log4j2.RedactingConverter} ({@code %redact{...}}) redact what a layout writes; their
 *       shared options are declared once in {@link dev.logveil.log4j2.RedactingLayoutBuilder};</li>
 *   <li>{@link dev.logveil.log4j2.RedactingResolverFactory} and {@link dev.logveil.log4j2.RedactingResolverInterceptor}
 *       redact inside {@code JsonTemplateLayout};</li>
 *   <li>{@link dev.logveil.log4j2.RedactingRewritePolicy} hands a redacted copy of each event to appenders that read
 *       the event object themselves;</li>
 *   <li>{@link dev.logveil.log4j2.RedactionRule} is a custom rule, accepted by each of them;</li>
 *   <li>{@link dev.logveil.log4j2.ErrorRateAnomalyAppender} raises an alert when the error rate jumps;</li>
 *   <li>{@link dev.logveil.log4j2.KeyIdThreadContext} and {@link dev.logveil.log4j2.RequestIdThreadContext} bind a
 *       key id and a request id to the {@code ThreadContext} for auth code.</li>
 * </ul>
 * The resolvers, event views and helpers they share are package-private.
 */
package dev.logveil.log4j2;
