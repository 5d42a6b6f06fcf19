package dev.logveil.log4j2;

import dev.logveil.core.anomaly.AlertKind;
import dev.logveil.core.internal.anomaly.AnomalyAlert;
import dev.logveil.core.anomaly.AnomalyConfig;
import dev.logveil.core.anomaly.AnomalyContextKeys;
import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.anomaly.AnomalyRunner;
import dev.logveil.core.internal.anomaly.ErrorRateDetector;
import dev.logveil.core.internal.status.Faults;
import dev.logveil.core.internal.status.ThrottledReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.AppenderControl;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.ReadOnlyStringMap;

/**
 * Watches the events that reach it, learns the normal error rate, and when the rate spikes sends one alert, saying
 * what is failing, to the appenders it references; and one "resolved" notice when it is over. The decision is
 * {@link ErrorRateDetector}'s; this plugin only reads level, logger, root-cause exception type, {@code key_id} and
 * marker off each event, and wraps each notice in a Log4j2 event.
 *
 * <pre>{@code
 * <ErrorRateAnomaly name="ErrorSpike" window="60s">
 *   <AppenderRef ref="Alerts"/>
 * </ErrorRateAnomaly>
 * }</pre>
 *
 * <p>Alert events: logger {@value AnomalyContextKeys#LOGGER}, marker {@value #ALERT_MARKER}, WARN when firing or
 * still firing and INFO when resolved, the figures in the context data ({@link AnomalyContextKeys}). They go to the
 * referenced appenders only (through {@link AppenderControl}, so a per-reference level and filter apply), from the
 * appender's own evaluation thread; the appender ignores them if they come back to it. The logging path is lock-free
 * and never blocks. Stopping the configuration stops the thread.
 */
@Plugin(name = ErrorRateAnomalyAppender.PLUGIN_NAME, category = Node.CATEGORY,
    elementType = Appender.ELEMENT_TYPE, printObject = true)
public final class ErrorRateAnomalyAppender extends AbstractAppender {
    /** The element name in {@code log4j2.xml}. */
    public static final String PLUGIN_NAME = "ErrorRateAnomaly";
    /** The marker every alert event carries. */
    public static final String ALERT_MARKER = "LOGVEIL_ANOMALY";

    private static final Marker MARKER = MarkerManager.getMarker(ALERT_MARKER);
    private static final int MAX_CAUSES = 32;
    private static final long PROBLEM_INTERVAL_MILLIS = 60_000L;

    private final AnomalySettings settings;
    private final Configuration configuration;
    private final AppenderRef[] appenderRefs;
    private final Level threshold;
    private final String[] markers;
    private final ThrottledReporter problems;
    private volatile List<AppenderControl> controls = List.of();
    private final AnomalyRunner runner = new AnomalyRunner(this::deliver);

    private ErrorRateAnomalyAppender(Builder builder, AnomalySettings settings) {
        super(builder.getName(), builder.getFilter(), null, builder.isIgnoreExceptions(), Property.EMPTY_ARRAY);
        this.settings = settings;
        this.configuration = builder.getConfiguration();
        this.appenderRefs = builder.appenderRefs == null ? new AppenderRef[0] : builder.appenderRefs.clone();
        this.threshold = Level.getLevel(settings.level().name());
        this.markers = settings.markers().toArray(new String[0]);
        this.problems = new ThrottledReporter(message -> LOGGER.error(prefix(getName()) + message),
            PROBLEM_INTERVAL_MILLIS, System::currentTimeMillis);
    }

    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        setStarting();
        List<AppenderControl> resolved = new ArrayList<>();
        for (AppenderRef ref : appenderRefs) {
            Appender appender = configuration == null ? null : configuration.getAppender(ref.getRef());
            if (appender == null) {
                LOGGER.error("{}AppenderRef '{}' names no appender in this configuration; ignored",
                    prefix(getName()), ref.getRef());
            } else {
                resolved.add(new AppenderControl(appender, ref.getLevel(), ref.getFilter()));
            }
        }
        controls = List.copyOf(resolved);
        if (resolved.isEmpty()) {
            LOGGER.warn("{}no appender is referenced, so its alerts go nowhere; add <AppenderRef ref=\"...\"/> inside"
                + " <ErrorRateAnomaly name=\"{}\">", prefix(getName()), getName());
        }
        runner.start(getName(), settings, problems);
        super.start();
    }

    @Override
    public boolean stop(long timeout, TimeUnit timeUnit) {
        setStopping();
        boolean stopped = super.stop(timeout, timeUnit, false);
        runner.stop();
        setStopped();
        return stopped;
    }

    @Override
    public void append(LogEvent event) {
        ErrorRateDetector current = runner.detector();
        String loggerName = event.getLoggerName();
        if (AnomalyContextKeys.LOGGER.equals(loggerName)) {
            return;
        }
        Level level = event.getLevel();
        if (level == null || !level.isMoreSpecificThan(threshold) || !hasMarker(event)
            || !settings.selectsLogger(loggerName)) {
            current.recordOther();
            return;
        }
        ReadOnlyStringMap contextData = event.getContextData();
        current.recordError(loggerName, rootCause(event.getThrown()),
            contextData == null ? null : contextData.getValue(AnomalyContextKeys.KEY_ID));
    }

    private boolean hasMarker(LogEvent event) {
        if (markers.length == 0) {
            return true;
        }
        Marker marker = event.getMarker();
        if (marker == null) {
            return false;
        }
        for (String name : markers) {
            if (marker.isInstanceOf(name)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        Throwable cause = thrown;
        for (int depth = 0; depth < MAX_CAUSES && cause.getCause() != null && cause.getCause() != cause; depth++) {
            cause = cause.getCause();
        }
        return cause.getClass().getName();
    }

    private void deliver(AnomalyAlert alert) {
        LogEvent event = Log4jLogEvent.newBuilder()
            .setLoggerName(AnomalyContextKeys.LOGGER)
            .setLoggerFqcn(ErrorRateAnomalyAppender.class.getName())
            .setLevel(alert.kind() == AlertKind.RESOLVED ? Level.INFO : Level.WARN)
            .setMarker(MARKER)
            .setMessage(new SimpleMessage(alert.message()))
            .setContextData(ContextDataFactory.createContextData(alert.contextData()))
            .setTimeMillis(alert.atMillis())
            .setThreadName(Thread.currentThread().getName())
            .build();
        for (AppenderControl control : controls) {
            try {
                control.callAppender(event);
            } catch (Throwable e) {
                problems.report("referenced appender [" + control.getAppenderName()
                    + "] failed on an error-rate alert (" + Faults.typeOf(e) + ")");
            }
        }
    }

    private static String prefix(String name) {
        return PLUGIN_NAME + " [" + name + "]: ";
    }

    /** The validated options this appender runs with, for tests. */
    AnomalySettings getSettings() {
        return settings;
    }

    /** The detector's runner, for tests: its manual clock and explicit evaluation spare them any sleep. */
    AnomalyRunner runner() {
        return runner;
    }

    /**
     * Builds the appender from {@code log4j2.xml}. Every option is an attribute with the name shared with Logback;
     * an invalid value is reported through the status logger, naming the attribute and the value, and replaced by
     * its default.
     */
    public static final class Builder extends AbstractAppender.Builder<Builder>
        implements org.apache.logging.log4j.core.util.Builder<ErrorRateAnomalyAppender> {

        @PluginBuilderAttribute
        private String level;
        @PluginBuilderAttribute
        private String window;
        @PluginBuilderAttribute
        private String baseline;
        @PluginBuilderAttribute
        private String minErrors;
        @PluginBuilderAttribute
        private String factor;
        @PluginBuilderAttribute
        private String cooldown;
        @PluginBuilderAttribute
        private String zScore;
        @PluginBuilderAttribute
        private String sustain;
        @PluginBuilderAttribute
        private String resolveFactor;
        @PluginBuilderAttribute
        private String resolveAfter;
        @PluginBuilderAttribute
        private String digestInterval;
        @PluginBuilderAttribute
        private String maxAlertsPerHour;
        @PluginBuilderAttribute
        private String ratioMode;
        @PluginBuilderAttribute
        private String minEvents;
        @PluginBuilderAttribute
        private String topK;
        @PluginBuilderAttribute
        private String metrics;
        @PluginBuilderAttribute
        private String markers;
        @PluginBuilderAttribute
        private String loggers;
        @PluginElement("AppenderRef")
        private AppenderRef[] appenderRefs;

        public Builder setLevel(String level) {
            this.level = level;
            return this;
        }

        public Builder setWindow(String window) {
            this.window = window;
            return this;
        }

        public Builder setBaseline(String baseline) {
            this.baseline = baseline;
            return this;
        }

        public Builder setMinErrors(String minErrors) {
            this.minErrors = minErrors;
            return this;
        }

        public Builder setFactor(String factor) {
            this.factor = factor;
            return this;
        }

        public Builder setCooldown(String cooldown) {
            this.cooldown = cooldown;
            return this;
        }

        public Builder setZScore(String zScore) {
            this.zScore = zScore;
            return this;
        }

        public Builder setSustain(String sustain) {
            this.sustain = sustain;
            return this;
        }

        public Builder setResolveFactor(String resolveFactor) {
            this.resolveFactor = resolveFactor;
            return this;
        }

        public Builder setResolveAfter(String resolveAfter) {
            this.resolveAfter = resolveAfter;
            return this;
        }

        public Builder setDigestInterval(String digestInterval) {
            this.digestInterval = digestInterval;
            return this;
        }

        public Builder setMaxAlertsPerHour(String maxAlertsPerHour) {
            this.maxAlertsPerHour = maxAlertsPerHour;
            return this;
        }

        public Builder setRatioMode(String ratioMode) {
            this.ratioMode = ratioMode;
            return this;
        }

        public Builder setMinEvents(String minEvents) {
            this.minEvents = minEvents;
            return this;
        }

        public Builder setTopK(String topK) {
            this.topK = topK;
            return this;
        }

        public Builder setMetrics(String metrics) {
            this.metrics = metrics;
            return this;
        }

        /** Comma-separated marker names: when any is set, only events carrying one of them count. */
        public Builder setMarkers(String markers) {
            this.markers = markers;
            return this;
        }

        /** Comma-separated logger names: when any is set, only their events and their children's count. */
        public Builder setLoggers(String loggers) {
            this.loggers = loggers;
            return this;
        }

        public Builder setAppenderRefs(AppenderRef... appenderRefs) {
            this.appenderRefs = appenderRefs;
            return this;
        }

        @Override
        public ErrorRateAnomalyAppender build() {
            String name = getName();
            AnomalySettings settings = new AnomalyConfig()
                .setLevel(level).setWindow(window).setBaseline(baseline).setMinErrors(minErrors).setFactor(factor)
                .setCooldown(cooldown).setZScore(zScore).setSustain(sustain).setResolveFactor(resolveFactor)
                .setResolveAfter(resolveAfter).setDigestInterval(digestInterval)
                .setMaxAlertsPerHour(maxAlertsPerHour).setRatioMode(ratioMode).setMinEvents(minEvents)
                .setTopK(topK).setMetrics(metrics).setMarkers(markers).setLoggers(loggers)
                .build(problem -> LOGGER.error(prefix(name) + problem));
            return new ErrorRateAnomalyAppender(this, settings);
        }
    }
}
