package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.logveil.core.internal.anomaly.AnomalyMetrics;
import dev.logveil.core.internal.anomaly.AnomalyTicker;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The anomaly appender's meters and thread across reconfigurations (reset and configure again, as a scan does). */
class ReconfigurationTest {

    @Test
    void theMetersFollowTheLiveAppenderAcrossReconfigurations() throws JoranException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        LoggerContext context = new LoggerContext();
        context.setName("meters");
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            for (int i = 0; i < 20; i++) {
                context.reset();
                JoranConfigurator configurator = new JoranConfigurator();
                configurator.setContext(context);
                configurator.doConfigure(getClass().getClassLoader().getResource("reliability/anomaly-meters.xml"));
            }
            ErrorRateAnomalyAppender live =
                (ErrorRateAnomalyAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("SPIKE");
            context.getLogger("app").error("one");
            context.getLogger("app").error("two");

            assertThat(live.runner().detector().totalErrors()).isEqualTo(2);
            assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter().count())
                .isEqualTo(2.0);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .filteredOn(name -> name.equals(AnomalyTicker.THREAD_PREFIX + "SPIKE")).hasSize(1);
        } finally {
            context.stop();
            Metrics.removeRegistry(registry);
        }
        assertThat(registry.find(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter())
            .as("stopping the appender removes its meters").isNull();
    }
}
