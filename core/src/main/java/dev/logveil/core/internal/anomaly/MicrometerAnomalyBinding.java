package dev.logveil.core.internal.anomaly;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import java.util.List;

/**
 * The Micrometer side of {@link AnomalyMetrics}; the only class that names Micrometer types, loaded only after
 * {@link AnomalyMetrics} has seen Micrometer on the class path. The meters read the detector's published figures
 * (volatile fields and a {@code LongAdder} sum), so scraping never touches the logging path.
 */
final class MicrometerAnomalyBinding {
    private MicrometerAnomalyBinding() {
    }

    static AnomalyMetrics.Binding bindGlobal(ErrorRateDetector detector, String appenderName) {
        return bind(Metrics.globalRegistry, detector, appenderName);
    }

    /**
     * Registers the detector's meters, replacing any of the same name and tag: on a reconfiguration the framework
     * starts the new appender before it stops the old one of the same name, and Micrometer would otherwise hand the
     * new appender the old appender's meters (reading the old detector), which the old one then removes on stop.
     * Closing the binding removes only the meters it registered, if they are still the registered ones.
     */
    static AnomalyMetrics.Binding bind(MeterRegistry registry, ErrorRateDetector detector, String appenderName) {
        Tags tags = Tags.of(AnomalyMetrics.APPENDER_TAG, appenderName == null ? "" : appenderName);
        for (String name : List.of(AnomalyMetrics.ERRORS, AnomalyMetrics.ERROR_RATE, AnomalyMetrics.EXPECTED_RATE,
            AnomalyMetrics.FIRING)) {
            registry.find(name).tags(tags).meters().forEach(registry::remove);
        }
        List<Meter> meters = List.of(
            FunctionCounter.builder(AnomalyMetrics.ERRORS, detector, ErrorRateDetector::totalErrors)
                .tags(tags).baseUnit("events").description("Errors counted by the error-rate anomaly detector")
                .register(registry),
            Gauge.builder(AnomalyMetrics.ERROR_RATE, detector, ErrorRateDetector::windowRate)
                .tags(tags).baseUnit("events/s").description("Errors per second over the last window")
                .strongReference(true).register(registry),
            Gauge.builder(AnomalyMetrics.EXPECTED_RATE, detector, ErrorRateDetector::expectedRate)
                .tags(tags).baseUnit("events/s").description("The error rate the learned baseline expects")
                .strongReference(true).register(registry),
            Gauge.builder(AnomalyMetrics.FIRING, detector, d -> d.firing() ? 1.0 : 0.0)
                .tags(tags).description("1 while an error-rate incident is open, else 0")
                .strongReference(true).register(registry));
        return () -> {
            for (Meter meter : meters) {
                Meter registered = registry.find(meter.getId().getName()).tags(tags).meter();
                if (registered == meter) {
                    registry.remove(meter);
                }
            }
        };
    }
}
