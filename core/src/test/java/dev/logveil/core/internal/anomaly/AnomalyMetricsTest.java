package dev.logveil.core.internal.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AnomalySettings;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class AnomalyMetricsTest {

    @Test
    void exportsCountRateExpectedRateAndFiringState() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DetectorRun run = new DetectorRun(AnomalySettings.defaults()).constant(60, 6);
        AnomalyMetrics.Binding binding = MicrometerAnomalyBinding.bind(registry, run.detector, "SPIKE");

        assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter().count())
            .isEqualTo(360.0);
        assertThat(registry.get(AnomalyMetrics.ERROR_RATE).gauge().value()).isEqualTo(0.6);
        assertThat(registry.get(AnomalyMetrics.EXPECTED_RATE).gauge().value()).isEqualTo(0.6);
        assertThat(registry.get(AnomalyMetrics.FIRING).gauge().value()).isZero();

        run.constant(3, 60);
        assertThat(run.detector.firing()).isTrue();
        assertThat(registry.get(AnomalyMetrics.FIRING).gauge().value()).isEqualTo(1.0);
        assertThat(registry.get(AnomalyMetrics.ERROR_RATE).gauge().value()).isEqualTo(198 / 60.0);
        assertThat(registry.get(AnomalyMetrics.EXPECTED_RATE).gauge().value()).isEqualTo(0.6);

        binding.close();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void aNewBindingOfTheSameNameTakesTheMetersAndTheOldOneClosingLeavesThem() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ErrorRateDetector old = new ErrorRateDetector(AnomalySettings.defaults(), 0L);
        ErrorRateDetector fresh = new ErrorRateDetector(AnomalySettings.defaults(), 0L);
        AnomalyMetrics.Binding oldBinding = MicrometerAnomalyBinding.bind(registry, old, "SPIKE");
        AnomalyMetrics.Binding freshBinding = MicrometerAnomalyBinding.bind(registry, fresh, "SPIKE");
        oldBinding.close();

        fresh.recordError("a", null, null);
        fresh.recordError("b", null, null);
        assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter().count())
            .as("the meters read the newest detector").isEqualTo(2.0);
        assertThat(registry.getMeters()).hasSize(4);
        freshBinding.close();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void bindsToTheGlobalRegistryAndUnbindsOnClose() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            ErrorRateDetector detector = new ErrorRateDetector(AnomalySettings.defaults(), 0L);
            detector.recordError("a", null, null);
            AnomalyMetrics.Binding binding = AnomalyMetrics.bindToGlobalRegistry(detector, "GLOBAL");
            assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "GLOBAL").functionCounter().count())
                .isEqualTo(1.0);
            binding.close();
            assertThat(registry.find(AnomalyMetrics.ERRORS).tag("appender", "GLOBAL").functionCounter()).isNull();
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void withoutMicrometerOnTheClassPathNothingIsLoaded() throws Exception {
        ClassLoader withoutMicrometer = new URLClassLoader(new URL[0], null);
        assertThat(AnomalyMetrics.micrometerPresent(withoutMicrometer)).isFalse();
        assertThat(AnomalyMetrics.micrometerPresent(getClass().getClassLoader())).isTrue();
    }
}
