package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.anomaly.AnomalyMetrics;
import dev.logveil.core.internal.anomaly.AnomalyTicker;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URISyntaxException;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

/**
 * The anomaly appender across reconfigurations: Log4j2 starts the new configuration's appender before it stops the
 * old one of the same name, and the old one used to take the meters with it, so after a reconfiguration errors were
 * no longer exported. The meters now follow the live appender, and no evaluation thread is left behind.
 */
class ReconfigurationTest {

    @Test
    void theMetersFollowTheLiveAppenderAcrossReconfigurations() throws URISyntaxException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        LoggerContext context = Configurator.initialize("meters", getClass().getClassLoader(),
            getClass().getResource("/reliability/anomaly-meters.xml").toURI());
        try {
            for (int i = 0; i < 20; i++) {
                context.reconfigure();
            }
            ErrorRateAnomalyAppender live = context.getConfiguration().getAppender("SPIKE");
            context.getLogger("app").error("one");
            context.getLogger("app").error("two");

            assertThat(live.runner().detector().totalErrors()).isEqualTo(2);
            assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter().count())
                .isEqualTo(2.0);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .filteredOn(name -> name.startsWith(AnomalyTicker.THREAD_PREFIX)).hasSize(1);
        } finally {
            Configurator.shutdown(context);
            Metrics.removeRegistry(registry);
        }
        assertThat(registry.find(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter())
            .as("stopping the last appender removes its meters").isNull();
    }
}
