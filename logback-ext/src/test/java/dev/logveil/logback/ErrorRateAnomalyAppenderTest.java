package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.internal.anomaly.AnomalyMetrics;
import dev.logveil.core.internal.anomaly.AnomalyTicker;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MarkerFactory;

/** The Logback adapter, always configured from real XML files under {@code src/test/resources/anomaly}. */
class ErrorRateAnomalyAppenderTest {
    private static final long BUCKET = 10_000L;

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void aRealTimeIncidentGivesExactlyOneFiringAndOneResolvedAndLeavesNoThread() throws Exception {
        configure("logback-realtime.xml");
        ListAppender<ILoggingEvent> alerts = listAppender("ALERTS");
        assertThat(tickerThreads()).containsExactly(AnomalyTicker.THREAD_PREFIX + "SPIKE");

        // Quiet while the baseline learns its first window (1 s), then a burst of 60 errors in a few milliseconds.
        Thread.sleep(2_300);
        Logger db = context.getLogger("com.acme.Db");
        for (int i = 0; i < 60; i++) {
            context.getMDCAdapter().put(AnomalyContextKeys.KEY_ID, "3f2a9c0d1e4b5a6f");
            db.error("query failed", new IllegalStateException("pool", new ConnectException("refused")));
            context.getMDCAdapter().remove(AnomalyContextKeys.KEY_ID);
        }
        awaitSize(alerts, 2, 8_000);
        Thread.sleep(500);

        assertThat(alerts.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        ILoggingEvent firing = alerts.list.get(0);
        assertThat(firing.getLoggerName()).isEqualTo("dev.logveil.anomaly");
        assertThat(firing.getFormattedMessage()).startsWith("error-rate anomaly firing: 60 errors in 1s")
            .contains("top loggers: com.acme.Db=60; top exceptions: java.net.ConnectException=60;"
                + " top key_ids: 3f2a9c0d1e4b5a6f=60");
        assertThat(firing.getMDCPropertyMap()).containsEntry("anomaly.state", "firing")
            .containsEntry("anomaly.count", "60").containsEntry("anomaly.window", "1")
            .containsKeys("anomaly.rate", "anomaly.expected", "anomaly.ratio", "anomaly.z", "anomaly.started");
        assertThat(firing.getThreadName()).isEqualTo(AnomalyTicker.THREAD_PREFIX + "SPIKE");
        assertThat(firing.getMarkerList()).extracting(org.slf4j.Marker::getName).containsExactly("LOGVEIL_ANOMALY");
        ILoggingEvent resolved = alerts.list.get(1);
        assertThat(resolved.getFormattedMessage()).startsWith("error-rate anomaly resolved after ");
        assertThat(resolved.getMDCPropertyMap()).containsEntry("anomaly.state", "resolved");
        assertThat(statusesAbove(Status.INFO)).isEmpty();

        ErrorRateAnomalyAppender spike = appender("SPIKE");
        context.stop();
        assertThat(tickerThreads()).isEmpty();
        assertThat(spike.isStarted()).isFalse();
    }

    @Test
    void alertsGoToTheAttachedAppendersOnlyAndABrokenOneBreaksNothing() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            configure("logback-alerts.xml");
            ErrorRateAnomalyAppender spike = appender("SPIKE");
            AtomicLong clock = new AtomicLong(1_000_000L);
            spike.runner().useManualClock(clock::get);
            Logger api = context.getLogger("com.acme.Api");

            quietBuckets(spike, clock, 12);
            for (int i = 0; i < 40; i++) {
                api.error("upstream failed", new RuntimeException(new ConnectException("refused")));
            }
            quietBuckets(spike, clock, 2);

            ListAppender<ILoggingEvent> alerts = listAppender("ALERTS");
            assertThat(alerts.list).hasSize(1);
            ILoggingEvent firing = alerts.list.get(0);
            assertThat(firing.getFormattedMessage()).startsWith("error-rate anomaly firing: 40 errors in 1m (0.67/s),"
                + " expected 0.0, z=40.0; top loggers: com.acme.Api=40; top exceptions:"
                + " java.net.ConnectException=40");
            assertThat(listAppender("APP").list).as("the application's appender sees no alert")
                .noneMatch(event -> event.getLoggerName().equals("dev.logveil.anomaly"));
            ErrorRateAnomalyThrowingAppender broken = (ErrorRateAnomalyThrowingAppender) spike.getAppender("BROKEN");
            assertThat(broken.calls).hasValue(1);
            assertThat(statusesAbove(Status.WARN)).singleElement().asString()
                .contains("ErrorRateAnomalyAppender [SPIKE]: attached appender [BROKEN] failed on an error-rate alert"
                    + " (java.lang.IllegalStateException)").doesNotContain("alert channel down");

            // An alert event that somehow comes back is never counted.
            long counted = spike.runner().detector().totalErrors();
            spike.doAppend(firing);
            assertThat(spike.runner().detector().totalErrors()).isEqualTo(counted);

            assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter().count())
                .isEqualTo(40.0);
            assertThat(registry.get(AnomalyMetrics.FIRING).tag("appender", "SPIKE").gauge().value()).isEqualTo(1.0);

            quietBuckets(spike, clock, 12);
            assertThat(alerts.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
            assertThat(broken.calls).hasValue(2);

            context.stop();
            assertThat(registry.find(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter()).isNull();
            assertThat(alerts.isStarted()).as("stopping the appender stops its attached appenders").isFalse();
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void countsTheEventsItsOptionsAndFiltersSelect() throws Exception {
        configure("logback-selection.xml");
        Logger auth = context.getLogger("com.acme.auth.Login");
        Logger authz = context.getLogger("com.acme.authz.Check");
        Logger db = context.getLogger("com.acme.Db");

        auth.warn(MarkerFactory.getMarker("AUTH_FAILURE"), "bad key");
        auth.error(MarkerFactory.getMarker("AUTH_FAILURE"), "bad key, loudly");
        auth.warn("no marker");
        authz.warn(MarkerFactory.getMarker("AUTH_FAILURE"), "not under com.acme.auth");
        db.error("db down");
        db.warn("db slow");
        db.info("db fine");

        assertThat(appender("ERRORS").runner().detector().totalErrors()).isEqualTo(2);
        assertThat(appender("AUTH").runner().detector().totalErrors()).isEqualTo(2);
        assertThat(appender("WARNINGS").runner().detector().totalErrors()).as("ERROR denied by its LevelFilter")
            .isEqualTo(4);
        assertThat(statusesAbove(Status.INFO)).isEmpty();
    }

    @Test
    void badOptionsAreReportedByNameAndValueAndTheAppenderStartsWithDefaults() throws Exception {
        configure("logback-bad-options.xml");

        ErrorRateAnomalyAppender spike = appender("SPIKE");
        assertThat(spike.isStarted()).isTrue();
        assertThat(spike.runner().detector().settings().window()).hasSeconds(60);
        assertThat(spike.runner().detector().settings().factor()).isEqualTo(3.0);
        List<String> problems = statusesAbove(Status.INFO).stream().map(Status::getMessage).toList();
        assertThat(problems).containsExactly(
            "ErrorRateAnomalyAppender [SPIKE]: level: unknown level 'EROR' (expected TRACE, DEBUG, INFO, WARN, ERROR"
                + " or FATAL); using the default ERROR",
            "ErrorRateAnomalyAppender [SPIKE]: window: invalid duration 'abc': expected a number and a unit (500 ms,"
                + " 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S); using the default 1m",
            "ErrorRateAnomalyAppender [SPIKE]: factor: 0.5 is below 1; using the default 3",
            "ErrorRateAnomalyAppender [SPIKE]: cooldown: invalid duration '10': the unit is missing; expected a"
                + " number and a unit (500 ms, 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S); using the default"
                + " 10m",
            "ErrorRateAnomalyAppender [SPIKE]: no appender is attached, so its alerts go nowhere; add"
                + " <appender-ref ref=\"...\"/> inside <appender name=\"SPIKE\">");
        context.getLogger("x").error("still logs");
        assertThat(spike.runner().detector().totalErrors()).isEqualTo(1);
    }

    @Test
    void theDocumentedExamplesLoadCleanlyAndAreQuotedVerbatimInTheDocs() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "anomaly.md"));
        for (String example : List.of("logback-example.xml", "logback-auth-failures.xml")) {
            LoggerContext exampleContext = new LoggerContext();
            exampleContext.setMDCAdapter(new LogbackMDCAdapter());
            try {
                JoranConfigurator configurator = new JoranConfigurator();
                configurator.setContext(exampleContext);
                configurator.doConfigure(getClass().getResource("/anomaly/" + example));
                assertThat(exampleContext.getStatusManager().getCopyOfStatusList())
                    .as(example).allMatch(status -> status.getEffectiveLevel() <= Status.INFO);
            } finally {
                exampleContext.stop();
            }
            String xml = Files.readString(Path.of("src", "test", "resources", "anomaly", example));
            assertThat(docs).as("docs/anomaly.md quotes %s", example).contains(xml.strip());
        }
    }

    private void configure(String file) throws JoranException {
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/anomaly/" + file));
    }

    private ErrorRateAnomalyAppender appender(String name) {
        return (ErrorRateAnomalyAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(name);
    }

    /** A list appender attached to the root logger or to one of the anomaly appenders on it. */
    @SuppressWarnings("unchecked")
    private ListAppender<ILoggingEvent> listAppender(String name) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(name) != null) {
            return (ListAppender<ILoggingEvent>) root.getAppender(name);
        }
        var appenders = root.iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof ErrorRateAnomalyAppender anomaly && anomaly.getAppender(name) != null) {
                return (ListAppender<ILoggingEvent>) anomaly.getAppender(name);
            }
        }
        throw new AssertionError("no appender " + name);
    }

    private static void quietBuckets(ErrorRateAnomalyAppender appender, AtomicLong clock, int buckets) {
        for (int i = 0; i < buckets; i++) {
            clock.addAndGet(BUCKET);
            appender.runner().evaluate();
        }
    }

    private List<Status> statusesAbove(int level) {
        return context.getStatusManager().getCopyOfStatusList().stream()
            .filter(status -> status.getEffectiveLevel() > level).toList();
    }

    private static void awaitSize(ListAppender<ILoggingEvent> list, int size, long timeoutMillis)
        throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (list.list.size() < size && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static List<String> tickerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
            .filter(name -> name.startsWith(AnomalyTicker.THREAD_PREFIX)).toList();
    }
}
