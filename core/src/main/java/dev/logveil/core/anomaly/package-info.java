/**
 * The error-rate anomaly detector behind both adapters' {@code ErrorRateAnomalyAppender}: options and defaults
 * ({@link dev.logveil.core.anomaly.AnomalyConfig}), the detector itself with its lock-free recording path
 * ({@link dev.logveil.core.internal.anomaly.ErrorRateDetector}), the notices it produces with their message and context data
 * built once ({@link dev.logveil.core.internal.anomaly.AnomalyAlert}), the evaluation thread
 * ({@link dev.logveil.core.internal.anomaly.AnomalyTicker}) and the optional Micrometer binding
 * ({@link dev.logveil.core.internal.anomaly.AnomalyMetrics}). Framework-free: the adapters read level, logger, root-cause
 * exception type, {@code key_id} and markers off their events and pass plain values.
 */
package dev.logveil.core.anomaly;
