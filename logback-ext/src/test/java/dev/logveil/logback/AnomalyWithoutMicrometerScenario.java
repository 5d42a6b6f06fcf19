package dev.logveil.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.Status;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An application's error spike, run by {@link AnomalyWithoutMicrometerTest} inside a class loader that has no
 * Micrometer: configures {@code anomaly/logback-without-micrometer.xml}, logs 40 errors after a quiet baseline, and
 * returns what the application would see (the alert messages, then every status above INFO). Only JDK types cross
 * the class-loader boundary, so it is a {@link Supplier} of strings.
 */
public final class AnomalyWithoutMicrometerScenario implements Supplier<List<String>> {
    private static final long BUCKET = 10_000L;

    @Override
    @SuppressWarnings("unchecked")
    public List<String> get() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(getClass().getResource("/anomaly/logback-without-micrometer.xml"));
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            ErrorRateAnomalyAppender spike = (ErrorRateAnomalyAppender) root.getAppender("SPIKE");
            AtomicLong clock = new AtomicLong(1_000_000L);
            spike.runner().useManualClock(clock::get);

            quietBuckets(spike, clock, 12);
            Logger api = context.getLogger("com.acme.Api");
            for (int i = 0; i < 40; i++) {
                api.error("upstream failed", new RuntimeException(new ConnectException("refused")));
            }
            quietBuckets(spike, clock, 2);

            List<String> seen = new ArrayList<>();
            ((ListAppender<ILoggingEvent>) spike.getAppender("ALERTS")).list
                .forEach(alert -> seen.add(alert.getFormattedMessage()));
            context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getEffectiveLevel() > Status.INFO).forEach(status -> seen.add(
                    "status: " + status));
            return seen;
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        } finally {
            context.stop();
        }
    }

    private static void quietBuckets(ErrorRateAnomalyAppender appender, AtomicLong clock, int buckets) {
        for (int i = 0; i < buckets; i++) {
            clock.addAndGet(BUCKET);
            appender.runner().evaluate();
        }
    }
}
