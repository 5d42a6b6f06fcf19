/**
 * The error-rate anomaly detector's machinery: the detector with its lock-free recording path
 * ({@link dev.logveil.core.internal.anomaly.ErrorRateDetector}), the alerts it produces with their message and
 * context data built once ({@link dev.logveil.core.internal.anomaly.AnomalyAlert}), the evaluation thread
 * ({@link dev.logveil.core.internal.anomaly.AnomalyTicker}), the optional Micrometer binding
 * ({@link dev.logveil.core.internal.anomaly.AnomalyMetrics}), and one appender's run of all of them
 * ({@link dev.logveil.core.internal.anomaly.AnomalyRun}). The adapters read level, logger, root-cause exception type,
 * {@code key_id} and markers off their events and pass plain values.
 *
 * <p><b>Internal, not API:</b> no compatibility promise (see {@link dev.logveil.core.internal}).
 */
package dev.logveil.core.internal.anomaly;
