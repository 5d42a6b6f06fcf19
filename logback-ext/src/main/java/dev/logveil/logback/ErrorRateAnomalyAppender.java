package dev.logveil.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.internal.anomaly.AnomalyAlert;
import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.anomaly.AnomalyRunner;
import dev.logveil.core.internal.anomaly.ErrorRateDetector;
import dev.logveil.core.anomaly.Severity;
import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Watches the events that reach it, learns the normal error rate, and when the rate spikes sends one alert, saying
 * what is failing, to the appenders attached to it with {@code <appender-ref ref="..."/>}; and one "resolved" notice
 * when it is over. The decision is {@link ErrorRateDetector}'s; this class only reads level, logger, root-cause
 * exception type, {@code key_id} and markers off each event, and wraps each notice in a Logback event.
 *
 * <pre>{@code
 * <appender name="ERROR_SPIKE" class="dev.logveil.logback.ErrorRateAnomalyAppender">
 *   <window>60 seconds</window>
 *   <appender-ref ref="ALERTS"/>
 * </appender>
 * <root level="INFO">
 *   <appender-ref ref="FILE"/>
 *   <appender-ref ref="ERROR_SPIKE"/>
 * </root>
 * }</pre>
 *
 * <p>Alert events: logger {@value AnomalyContextKeys#LOGGER}, marker {@value #ALERT_MARKER}, WARN when firing or
 * still firing and INFO when resolved, the figures in the MDC ({@link AnomalyContextKeys}). They go to the attached
 * appenders only, from the appender's own evaluation thread; they never pass through a logger, and the appender
 * ignores them if they come back to it. The logging path is lock-free and never blocks: a few striped counter
 * increments per error. Stopping the appender (or the logger context) stops its thread and the attached appenders.
 */
public class ErrorRateAnomalyAppender extends ForwardingAppender {

    /** The marker every alert event carries. */
    public static final String ALERT_MARKER = "LOGVEIL_ANOMALY";

    private static final Marker MARKER = MarkerFactory.getMarker(ALERT_MARKER);
    private static final int MAX_CAUSES = 32;
    private static final long PROBLEM_INTERVAL_MILLIS = 60_000L;

    private final AnomalyConfig config = new AnomalyConfig();
    private final AnomalyRunner runner = new AnomalyRunner(this::deliver);
    private int thresholdLevel = Level.ERROR_INT;
    private String[] markers = new String[0];
    private AnomalySettings settings;
    private ThrottledReporter problems;

    /** {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN} or {@code ERROR} (default): at or above count. */
    public void setLevel(String level) {
        config.setLevel(level);
    }

    /** The detection window (default {@code 60 seconds}). */
    public void setWindow(String window) {
        config.setWindow(window);
    }

    /** The half-life of the learned baseline (default {@code 30 minutes}). */
    public void setBaseline(String baseline) {
        config.setBaseline(baseline);
    }

    /** The fewest errors in one window that can fire (default 10). */
    public void setMinErrors(String minErrors) {
        config.setMinErrors(minErrors);
    }

    /** How many times the expected count a window must reach (default 3). */
    public void setFactor(String factor) {
        config.setFactor(factor);
    }

    /** The least time between two firing notices (default {@code 10 minutes}). */
    public void setCooldown(String cooldown) {
        config.setCooldown(cooldown);
    }

    /** The significance threshold in standard deviations (default 4). */
    public void setZScore(String zScore) {
        config.setZScore(zScore);
    }

    /**
     * The same as {@link #setZScore}, for the element {@code <zScore>} as documented: Joran derives the property
     * {@code ZScore} from {@code setZScore} (two capitals keep their case, as in JavaBeans), so without this setter
     * {@code <zScore>} would be ignored with only an INFO status.
     */
    public void setzScore(String zScore) {
        config.setZScore(zScore);
    }

    /** Consecutive hot evaluations that fire (default 2). */
    public void setSustain(String sustain) {
        config.setSustain(sustain);
    }

    /** The calm threshold as a multiple of the expected count (default 1.5). */
    public void setResolveFactor(String resolveFactor) {
        config.setResolveFactor(resolveFactor);
    }

    /** How long the window must stay calm before "resolved" (default: one window). */
    public void setResolveAfter(String resolveAfter) {
        config.setResolveAfter(resolveAfter);
    }

    /** The interval of "still firing" digests (default {@code 30 minutes}; {@code 0s} for none). */
    public void setDigestInterval(String digestInterval) {
        config.setDigestInterval(digestInterval);
    }

    /** The most firing and still-firing notices per hour (default 6; 0 for no cap). */
    public void setMaxAlertsPerHour(String maxAlertsPerHour) {
        config.setMaxAlertsPerHour(maxAlertsPerHour);
    }

    /** {@code true} to judge errors as a fraction of all events seen (default {@code false}). */
    public void setRatioMode(String ratioMode) {
        config.setRatioMode(ratioMode);
    }

    /** In ratio mode, the fewest events in a window for it to fire (default 100). */
    public void setMinEvents(String minEvents) {
        config.setMinEvents(minEvents);
    }

    /** How many loggers, exception types and key_ids an alert lists (default 5). */
    public void setTopK(String topK) {
        config.setTopK(topK);
    }

    /** {@code false} to skip the Micrometer binding (default {@code true}, when Micrometer is present). */
    public void setMetrics(String metrics) {
        config.setMetrics(metrics);
    }

    /** A marker name (repeatable, or a comma list): when any is set, only events carrying one of them count. */
    public void addMarker(String marker) {
        config.addMarker(marker);
    }

    /** Comma-separated marker names (see {@link #addMarker}). */
    public void setMarkers(String markers) {
        config.setMarkers(markers);
    }

    /** A logger name (repeatable, or a comma list): when any is set, only its events and its children's count. */
    public void addLogger(String logger) {
        config.addLogger(logger);
    }

    /** Comma-separated logger names (see {@link #addLogger}). */
    public void setLoggers(String loggers) {
        config.setLoggers(loggers);
    }

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        settings = config.build(problem -> addError(prefix() + problem));
        thresholdLevel = toLogbackLevel(settings.level());
        markers = settings.markers().toArray(new String[0]);
        if (!attached.iteratorForAppenders().hasNext()) {
            addWarn(prefix() + "no appender is attached, so its alerts go nowhere; add <appender-ref ref=\"...\"/>"
                + " inside <appender name=\"" + getName() + "\">");
        }
        problems = new ThrottledReporter(message -> addError(prefix() + message), PROBLEM_INTERVAL_MILLIS,
            System::currentTimeMillis);
        runner.start(getName(), settings, problems);
        super.start();
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        runner.stop();
        attached.detachAndStopAllAppenders();
    }

    @Override
    protected void append(ILoggingEvent event) {
        ErrorRateDetector current = runner.detector();
        String loggerName = event.getLoggerName();
        if (AnomalyContextKeys.LOGGER.equals(loggerName)) {
            return;
        }
        if (event.getLevel().levelInt < thresholdLevel || !hasMarker(event) || !settings.selectsLogger(loggerName)) {
            current.recordOther();
            return;
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        current.recordError(loggerName, rootCause(event.getThrowableProxy()),
            mdc == null ? null : mdc.get(AnomalyContextKeys.KEY_ID));
    }

    private boolean hasMarker(ILoggingEvent event) {
        if (markers.length == 0) {
            return true;
        }
        List<Marker> eventMarkers = event.getMarkerList();
        if (eventMarkers == null) {
            return false;
        }
        for (Marker marker : eventMarkers) {
            for (String name : markers) {
                if (marker.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootCause(IThrowableProxy thrown) {
        if (thrown == null) {
            return null;
        }
        IThrowableProxy cause = thrown;
        for (int depth = 0; depth < MAX_CAUSES && cause.getCause() != null; depth++) {
            cause = cause.getCause();
        }
        return cause.getClassName();
    }

    private void deliver(AnomalyAlert alert) {
        LoggingEvent event = new LoggingEvent();
        if (getContext() instanceof LoggerContext) {
            event.setLoggerContext((LoggerContext) getContext());
        }
        event.setLoggerName(AnomalyContextKeys.LOGGER);
        event.setLevel(alert.kind() == AlertKind.RESOLVED ? Level.INFO : Level.WARN);
        event.setMessage(alert.message());
        event.setInstant(Instant.ofEpochMilli(alert.atMillis()));
        event.setThreadName(Thread.currentThread().getName());
        event.setCallerData(new StackTraceElement[0]);
        event.setMDCPropertyMap(alert.contextData());
        event.addMarker(MARKER);
        Iterator<Appender<ILoggingEvent>> appenders = attached.iteratorForAppenders();
        while (appenders.hasNext()) {
            Appender<ILoggingEvent> appender = appenders.next();
            try {
                appender.doAppend(event);
            } catch (Throwable e) {
                problems.report("attached appender [" + appender.getName() + "] failed on an error-rate alert ("
                    + Faults.typeOf(e) + ")");
            }
        }
    }

    private int toLogbackLevel(Severity severity) {
        switch (severity) {
            case TRACE:
                return Level.TRACE_INT;
            case DEBUG:
                return Level.DEBUG_INT;
            case INFO:
                return Level.INFO_INT;
            case WARN:
                return Level.WARN_INT;
            case FATAL:
                addWarn(prefix() + "level: Logback has no FATAL; counting ERROR events");
                return Level.ERROR_INT;
            default:
                return Level.ERROR_INT;
        }
    }

    private String prefix() {
        return "ErrorRateAnomalyAppender [" + getName() + "]: ";
    }

    /** The detector's runner, for tests: its manual clock and explicit evaluation spare them any sleep. */
    AnomalyRunner runner() {
        return runner;
    }
}
