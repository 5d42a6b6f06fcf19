package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.internal.anomaly.AnomalyMetrics;
import dev.logveil.logback.ErrorRateAnomalyAppender;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@code logging.logveil.anomaly.*} puts the error-rate anomaly appender on Boot's root logger, its alerts going to
 * Boot's console, and its meters into Micrometer's global registry (where Boot adds its own registries).
 */
class AnomalyPropertiesTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void addRegistry() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void removeRegistry() {
        Metrics.removeRegistry(registry);
        registry.close();
    }

    @Test
    void anomalyAppenderIsOffUnlessSwitchedOn() {
        try (BootApp app = BootApp.start(Map.of())) {
            assertThat(root().getAppender(LogveilLoggingApplicationListener.ANOMALY_APPENDER)).isNull();
        }
    }

    @Test
    void propertiesSwitchItOnAndItsMetersCountErrors() {
        try (BootApp app = BootApp.start(Map.of("logging.logveil.anomaly.enabled", "true",
                "logging.logveil.anomaly.window", "30s", "logging.logveil.anomaly.min-errors", "20"))) {
            ErrorRateAnomalyAppender anomaly = (ErrorRateAnomalyAppender) root()
                .getAppender(LogveilLoggingApplicationListener.ANOMALY_APPENDER);
            assertThat(anomaly).isNotNull();
            assertThat(anomaly.isStarted()).isTrue();
            assertThat(anomaly.getAppender("CONSOLE")).as("alerts go to Boot's console").isNotNull();
            BootApp.console(() -> {
                org.slf4j.Logger log = LoggerFactory.getLogger("com.example.Checkout");
                for (int i = 0; i < 3; i++) {
                    log.error("payment failed", new IllegalStateException("declined"));
                }
                log.warn("slow response");
            });
            FunctionCounter errors = registry.find(AnomalyMetrics.ERRORS)
                .tag(AnomalyMetrics.APPENDER_TAG, LogveilLoggingApplicationListener.ANOMALY_APPENDER)
                .functionCounter();
            assertThat(errors).as("the errors meter").isNotNull();
            assertThat(errors.count()).isEqualTo(3.0);
            assertThat(statusesAtLeast(Status.WARN)).isEmpty();
        }
    }

    @Test
    void badOptionIsReportedByNameAndTheAppenderStillRuns() {
        try (BootApp app = BootApp.start(Map.of("logging.logveil.anomaly.enabled", "true",
                "logging.logveil.anomaly.window", "soon"))) {
            assertThat(statusesAtLeast(Status.WARN)).anySatisfy(s -> assertThat(s).contains("window")
                .contains("soon"));
            assertThat(root().getAppender(LogveilLoggingApplicationListener.ANOMALY_APPENDER).isStarted()).isTrue();
        }
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }

    private static List<String> statusesAtLeast(int level) {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getStatusManager().getCopyOfStatusList().stream()
            .filter(s -> s.getEffectiveLevel() >= level).map(Status::getMessage).collect(Collectors.toList());
    }
}
