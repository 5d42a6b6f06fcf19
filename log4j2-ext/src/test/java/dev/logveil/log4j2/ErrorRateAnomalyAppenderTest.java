package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.internal.anomaly.AnomalyMetrics;
import dev.logveil.core.internal.anomaly.AnomalyTicker;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.core.test.junit.Named;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Log4j2 adapter, always configured from real XML files under {@code src/test/resources/anomaly}. */
class ErrorRateAnomalyAppenderTest {
    private static final long BUCKET = 10_000L;

    private final List<StatusData> statuses = new CopyOnWriteArrayList<>();
    private final StatusListener listener = new StatusListener() {
        @Override
        public void log(StatusData data) {
            statuses.add(data);
        }

        @Override
        public Level getStatusLevel() {
            return Level.WARN;
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToStatus() {
        StatusLogger.getLogger().registerListener(listener);
    }

    @AfterEach
    void stopListening() {
        StatusLogger.getLogger().removeListener(listener);
    }

    @Test
    void aRealTimeIncidentGivesExactlyOneFiringAndOneResolvedAndLeavesNoThread() throws Exception {
        LoggerContext context = start("realtime", "log4j2-realtime.xml");
        try {
            ListAppender alerts = context.getConfiguration().getAppender("ALERTS");
            assertThat(tickerThreads()).containsExactly(AnomalyTicker.THREAD_PREFIX + "SPIKE");

            // Quiet while the baseline learns its first window (1 s), then a burst of 60 errors.
            Thread.sleep(2_300);
            Logger db = context.getLogger("com.acme.Db");
            for (int i = 0; i < 60; i++) {
                ThreadContext.put(AnomalyContextKeys.KEY_ID, "3f2a9c0d1e4b5a6f");
                db.error("query failed", new IllegalStateException("pool", new ConnectException("refused")));
                ThreadContext.remove(AnomalyContextKeys.KEY_ID);
            }
            awaitSize(alerts, 2, 8_000);
            Thread.sleep(500);

            List<LogEvent> events = alerts.getEvents();
            assertThat(events).extracting(LogEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
            LogEvent firing = events.get(0);
            assertThat(firing.getLoggerName()).isEqualTo("dev.logveil.anomaly");
            assertThat(firing.getMessage().getFormattedMessage())
                .startsWith("error-rate anomaly firing: 60 errors in 1s")
                .contains("top loggers: com.acme.Db=60; top exceptions: java.net.ConnectException=60;"
                    + " top key_ids: 3f2a9c0d1e4b5a6f=60");
            assertThat(firing.getContextData().toMap()).containsEntry("anomaly.state", "firing")
                .containsEntry("anomaly.count", "60").containsEntry("anomaly.window", "1")
                .containsKeys("anomaly.rate", "anomaly.expected", "anomaly.ratio", "anomaly.z", "anomaly.started");
            assertThat(firing.getThreadName()).isEqualTo(AnomalyTicker.THREAD_PREFIX + "SPIKE");
            assertThat(firing.getMarker().getName()).isEqualTo("LOGVEIL_ANOMALY");
            LogEvent resolved = events.get(1);
            assertThat(resolved.getMessage().getFormattedMessage()).startsWith("error-rate anomaly resolved after ");
            assertThat(resolved.getContextData().toMap()).containsEntry("anomaly.state", "resolved");
            assertThat(statuses).isEmpty();
        } finally {
            Configurator.shutdown(context);
        }
        assertThat(tickerThreads()).isEmpty();
    }

    @Test
    void alertsGoToTheReferencedAppendersOnlyAndABrokenOneBreaksNothing() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        LoggerContext context = start("alerts", "log4j2-alerts.xml");
        try {
            ErrorRateAnomalyAppender spike = context.getConfiguration().getAppender("SPIKE");
            AtomicLong clock = new AtomicLong(1_000_000L);
            spike.runner().useManualClock(clock::get);
            Logger api = context.getLogger("com.acme.Api");

            quietBuckets(spike, clock, 12);
            for (int i = 0; i < 40; i++) {
                api.error("upstream failed", new RuntimeException(new ConnectException("refused")));
            }
            quietBuckets(spike, clock, 2);

            ListAppender alerts = context.getConfiguration().getAppender("ALERTS");
            assertThat(alerts.getEvents()).hasSize(1);
            LogEvent firing = alerts.getEvents().get(0);
            assertThat(firing.getMessage().getFormattedMessage()).startsWith("error-rate anomaly firing: 40 errors in"
                + " 1m (0.67/s), expected 0.0, z=40.0; top loggers: com.acme.Api=40; top exceptions:"
                + " java.net.ConnectException=40");
            ListAppender app = context.getConfiguration().getAppender("APP");
            assertThat(app.getEvents()).as("the application's appender sees no alert").hasSize(40)
                .noneMatch(event -> event.getLoggerName().equals("dev.logveil.anomaly"));
            ErrorRateAnomalyThrowingAppender broken = context.getConfiguration().getAppender("BROKEN");
            assertThat(broken.calls).hasValue(1);
            assertThat(statuses).filteredOn(data -> data.getLevel() == Level.ERROR)
                .extracting(data -> data.getMessage().getFormattedMessage())
                .anyMatch(message -> message.startsWith("ErrorRateAnomaly [SPIKE]: referenced appender [BROKEN]"
                    + " failed on an error-rate alert ("))
                .noneMatch(message -> message.contains("alert channel down"));

            // An alert event that somehow comes back is never counted.
            long counted = spike.runner().detector().totalErrors();
            spike.append(firing);
            assertThat(spike.runner().detector().totalErrors()).isEqualTo(counted);

            assertThat(registry.get(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter().count())
                .isEqualTo(40.0);
            assertThat(registry.get(AnomalyMetrics.FIRING).tag("appender", "SPIKE").gauge().value()).isEqualTo(1.0);

            quietBuckets(spike, clock, 12);
            assertThat(alerts.getEvents()).extracting(LogEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
            assertThat(broken.calls).hasValue(2);
        } finally {
            Configurator.shutdown(context);
            Metrics.removeRegistry(registry);
        }
        assertThat(registry.find(AnomalyMetrics.ERRORS).tag("appender", "SPIKE").functionCounter()).isNull();
    }

    @Test
    @LoggerContextSource("anomaly/log4j2-selection.xml")
    void countsTheEventsItsOptionsAndFiltersSelect(LoggerContext context,
                                                  @Named("ERRORS") ErrorRateAnomalyAppender errors,
                                                  @Named("AUTH") ErrorRateAnomalyAppender auth,
                                                  @Named("WARNINGS") ErrorRateAnomalyAppender warnings) {
        Logger login = context.getLogger("com.acme.auth.Login");
        Logger authz = context.getLogger("com.acme.authz.Check");
        Logger db = context.getLogger("com.acme.Db");

        login.warn(MarkerManager.getMarker("AUTH_FAILURE"), "bad key");
        login.error(MarkerManager.getMarker("AUTH_FAILURE"), "bad key, loudly");
        login.warn("no marker");
        authz.warn(MarkerManager.getMarker("AUTH_FAILURE"), "not under com.acme.auth");
        db.fatal("db gone");
        db.error("db down");
        db.warn("db slow");
        db.info("db fine");

        assertThat(errors.runner().detector().totalErrors()).as("ERROR and FATAL").isEqualTo(3);
        assertThat(auth.runner().detector().totalErrors()).isEqualTo(2);
        assertThat(warnings.runner().detector().totalErrors()).as("only WARN passes its filter").isEqualTo(4);
        assertThat(auth.getSettings().minErrors()).isEqualTo(3);
        assertThat(statuses).isEmpty();
    }

    @Test
    void badOptionsAreReportedByNameAndValueAndTheAppenderStartsWithDefaults() {
        LoggerContext context = start("bad", "log4j2-bad-options.xml");
        try {
            ErrorRateAnomalyAppender spike = context.getConfiguration().getAppender("SPIKE");
            assertThat(spike.isStarted()).isTrue();
            assertThat(spike.getSettings().window()).hasSeconds(60);
            assertThat(spike.getSettings().factor()).isEqualTo(3.0);
            assertThat(statuses).extracting(data -> data.getLevel() + " " + data.getMessage().getFormattedMessage())
                .containsExactly(
                    "ERROR ErrorRateAnomaly [SPIKE]: level: unknown level 'EROR' (expected TRACE, DEBUG, INFO, WARN,"
                        + " ERROR or FATAL); using the default ERROR",
                    "ERROR ErrorRateAnomaly [SPIKE]: window: invalid duration 'abc': expected a number and a unit"
                        + " (500 ms, 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S); using the default 1m",
                    "ERROR ErrorRateAnomaly [SPIKE]: factor: 0.5 is below 1; using the default 3",
                    "ERROR ErrorRateAnomaly [SPIKE]: cooldown: invalid duration '10': the unit is missing; expected a"
                        + " number and a unit (500 ms, 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S); using the"
                        + " default 10m",
                    "ERROR ErrorRateAnomaly [SPIKE]: AppenderRef 'MISSING' names no appender in this configuration;"
                        + " ignored",
                    "WARN ErrorRateAnomaly [SPIKE]: no appender is referenced, so its alerts go nowhere; add"
                        + " <AppenderRef ref=\"...\"/> inside <ErrorRateAnomaly name=\"SPIKE\">");
            context.getLogger("x").error("still logs");
            assertThat(spike.runner().detector().totalErrors()).isEqualTo(1);
        } finally {
            Configurator.shutdown(context);
        }
    }

    @Test
    void theDocumentedExamplesLoadCleanlyAndAreQuotedVerbatimInTheDocs() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "anomaly.md"));
        for (String example : List.of("log4j2-example.xml", "log4j2-auth-failures.xml")) {
            LoggerContext context = start(example, example);
            Configurator.shutdown(context);
            assertThat(statuses).as(example).isEmpty();
            String xml = Files.readString(Path.of("src", "test", "resources", "anomaly", example));
            assertThat(docs).as("docs/anomaly.md quotes %s", example).contains(xml.strip());
        }
    }

    private LoggerContext start(String name, String file) {
        try {
            return Configurator.initialize(name, getClass().getClassLoader(),
                getClass().getResource("/anomaly/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void quietBuckets(ErrorRateAnomalyAppender appender, AtomicLong clock, int buckets) {
        for (int i = 0; i < buckets; i++) {
            clock.addAndGet(BUCKET);
            appender.runner().evaluate();
        }
    }

    private static void awaitSize(ListAppender list, int size, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (list.getEvents().size() < size && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static List<String> tickerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
            .filter(name -> name.startsWith(AnomalyTicker.THREAD_PREFIX)).toList();
    }
}
