/**
 * The error-rate anomaly detector behind both adapters' {@code ErrorRateAnomalyAppender}, as its users see it: its
 * options and defaults ({@link dev.logveil.core.anomaly.AnomalyConfig}, validated into
 * {@link dev.logveil.core.anomaly.AnomalySettings}), the levels it counts ({@link dev.logveil.core.anomaly.Severity}),
 * and what an alert carries as a log event: its kind ({@link dev.logveil.core.anomaly.AlertKind}) and the names of its
 * context fields ({@link dev.logveil.core.anomaly.AnomalyContextKeys}). Supported API.
 *
 * <p>The detector itself, its evaluation thread, the Micrometer binding and the alert object that builds the event
 * are in {@code dev.logveil.core.internal.anomaly}.
 */
package dev.logveil.core.anomaly;
