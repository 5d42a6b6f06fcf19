package dev.logveil.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Logveil's options as Spring Boot properties under {@code logging.logveil}, in the vocabulary shared with
 * {@code logback.xml} and {@code log4j2.xml}: {@code mask}, {@code fingerprint}, {@code sensitive-keys},
 * {@code disable}, {@code enable}, {@code rules[i].name/regex/replacement} and {@code escape-line-breaks}.
 *
 * <pre>
 * logging.logveil.mask=[HIDDEN]
 * logging.logveil.sensitive-keys=customer_pin,*_otp
 * logging.logveil.rules[0].name=order-id
 * logging.logveil.rules[0].regex=ORD-[0-9]{8}
 * </pre>
 *
 * <p>They are read when Spring Boot initialises logging, before any bean exists; an invalid value is reported as a
 * warning that names the property and the value, and the redaction starts with the default for it.
 */
@ConfigurationProperties(prefix = LogveilProperties.PREFIX)
public class LogveilProperties {
    /** The prefix of every Logveil property. */
    public static final String PREFIX = "logging.logveil";

    /** Whether Logveil redacts Spring Boot's default console and file output and its structured formats. */
    private boolean enabled = true;

    /** The text that replaces a secret. */
    private String mask = "[REDACTED]";

    /** Whether each mask carries a short SHA-256 fingerprint of the secret, e.g. [REDACTED:3f2a9c1b0d4e]. */
    private boolean fingerprint;

    /** Key names whose values are masked whole, added to the built-in names; '*_pin' matches any key ending so. */
    private List<String> sensitiveKeys = new ArrayList<>();

    /**
     * Key names never judged sensitive by their name although their words would make them so (e.g.
     * {@code token_type}); their values are still scanned.
     */
    private List<String> nonSensitiveKeys = new ArrayList<>();

    /** Built-in detectors to turn off, by name (e.g. payment_card, jwt). */
    private List<String> disable = new ArrayList<>();

    /** Opt-in detectors to turn on: email, ip_address, high_entropy. */
    private List<String> enable = new ArrayList<>();

    /** Custom rules (RE2 regular expressions), applied after the built-in detectors. */
    private List<Rule> rules = new ArrayList<>();

    /** Whether line breaks in pattern output are escaped, so one event is one line (against log forging). */
    private boolean escapeLineBreaks = true;

    /** The error-rate anomaly appender, switched on by properties. */
    private final Anomaly anomaly = new Anomaly();

    /** The request-id filter of servlet web applications. */
    private final RequestId requestId = new RequestId();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMask() {
        return mask;
    }

    public void setMask(String mask) {
        this.mask = mask;
    }

    public boolean isFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(boolean fingerprint) {
        this.fingerprint = fingerprint;
    }

    public List<String> getSensitiveKeys() {
        return sensitiveKeys;
    }

    public void setSensitiveKeys(List<String> sensitiveKeys) {
        this.sensitiveKeys = sensitiveKeys;
    }

    public List<String> getNonSensitiveKeys() {
        return nonSensitiveKeys;
    }

    public void setNonSensitiveKeys(List<String> nonSensitiveKeys) {
        this.nonSensitiveKeys = nonSensitiveKeys;
    }

    public List<String> getDisable() {
        return disable;
    }

    public void setDisable(List<String> disable) {
        this.disable = disable;
    }

    public List<String> getEnable() {
        return enable;
    }

    public void setEnable(List<String> enable) {
        this.enable = enable;
    }

    public List<Rule> getRules() {
        return rules;
    }

    public void setRules(List<Rule> rules) {
        this.rules = rules;
    }

    public boolean isEscapeLineBreaks() {
        return escapeLineBreaks;
    }

    public void setEscapeLineBreaks(boolean escapeLineBreaks) {
        this.escapeLineBreaks = escapeLineBreaks;
    }

    public Anomaly getAnomaly() {
        return anomaly;
    }

    public RequestId getRequestId() {
        return requestId;
    }

    /** The filter that binds {@code request_id} in the MDC for each servlet request. */
    public static class RequestId {
        /** Whether servlet web applications get the request-id filter. */
        private boolean enabled = true;

        /** The request header read for an incoming id, and the response header that echoes the bound id. */
        private String header = "X-Request-ID";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }
    }

    /**
     * The error-rate anomaly appender ({@code ErrorRateAnomalyAppender}) on the root logger, its alerts written by
     * the root logger's appenders (Boot's console and file). Values read as in {@code logback.xml}: durations such as
     * {@code 60s}, {@code 10 minutes} or {@code PT1M}; an invalid value is reported by name and replaced by its
     * default.
     */
    public static class Anomaly {
        /** Whether to watch the error rate and log an alert when it spikes. */
        private boolean enabled;

        /** The level at or above which an event counts as an error: TRACE, DEBUG, INFO, WARN or ERROR. */
        private String level;

        /** The length of one counting window, e.g. 60s. */
        private String window;

        /** The half-life of the learned normal rate, e.g. 30m. */
        private String baseline;

        /** The fewest errors in a window that can raise an alert. */
        private String minErrors;

        /** How many times the expected rate a window must reach to raise an alert. */
        private String factor;

        /** The least time between two alerts, e.g. 10m. */
        private String cooldown;

        /** The significance a window must reach, in standard deviations. */
        private String zScore;

        /** How many consecutive hot evaluations raise an alert. */
        private String sustain;

        /** The calm threshold, as a multiple of the expected count. */
        private String resolveFactor;

        /** How long a window must stay calm before the alert resolves, e.g. 1m. */
        private String resolveAfter;

        /** The interval of still-firing digests, e.g. 30m; 0s for none. */
        private String digestInterval;

        /** The most alerts per hour; 0 for no cap. */
        private String maxAlertsPerHour;

        /** true to judge errors as a fraction of all events. */
        private String ratioMode;

        /** In ratio mode, the fewest events in a window for it to be judged. */
        private String minEvents;

        /** How many loggers, exception types and key_ids an alert lists. */
        private String topK;

        /** Comma-separated marker names; when set, only events carrying one of them count. */
        private String markers;

        /** Comma-separated logger names; when set, only their events (and their descendants') count. */
        private String loggers;

        /** Whether to publish the detector's meters through Micrometer, when it is on the class path. */
        private boolean metrics = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getWindow() {
            return window;
        }

        public void setWindow(String window) {
            this.window = window;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public String getMinErrors() {
            return minErrors;
        }

        public void setMinErrors(String minErrors) {
            this.minErrors = minErrors;
        }

        public String getFactor() {
            return factor;
        }

        public void setFactor(String factor) {
            this.factor = factor;
        }

        public String getCooldown() {
            return cooldown;
        }

        public void setCooldown(String cooldown) {
            this.cooldown = cooldown;
        }

        public String getZScore() {
            return zScore;
        }

        public void setZScore(String zScore) {
            this.zScore = zScore;
        }

        public String getSustain() {
            return sustain;
        }

        public void setSustain(String sustain) {
            this.sustain = sustain;
        }

        public String getResolveFactor() {
            return resolveFactor;
        }

        public void setResolveFactor(String resolveFactor) {
            this.resolveFactor = resolveFactor;
        }

        public String getResolveAfter() {
            return resolveAfter;
        }

        public void setResolveAfter(String resolveAfter) {
            this.resolveAfter = resolveAfter;
        }

        public String getDigestInterval() {
            return digestInterval;
        }

        public void setDigestInterval(String digestInterval) {
            this.digestInterval = digestInterval;
        }

        public String getMaxAlertsPerHour() {
            return maxAlertsPerHour;
        }

        public void setMaxAlertsPerHour(String maxAlertsPerHour) {
            this.maxAlertsPerHour = maxAlertsPerHour;
        }

        public String getRatioMode() {
            return ratioMode;
        }

        public void setRatioMode(String ratioMode) {
            this.ratioMode = ratioMode;
        }

        public String getMinEvents() {
            return minEvents;
        }

        public void setMinEvents(String minEvents) {
            this.minEvents = minEvents;
        }

        public String getTopK() {
            return topK;
        }

        public void setTopK(String topK) {
            this.topK = topK;
        }

        public String getMarkers() {
            return markers;
        }

        public void setMarkers(String markers) {
            this.markers = markers;
        }

        public String getLoggers() {
            return loggers;
        }

        public void setLoggers(String loggers) {
            this.loggers = loggers;
        }

        public boolean isMetrics() {
            return metrics;
        }

        public void setMetrics(boolean metrics) {
            this.metrics = metrics;
        }
    }

    /** One custom rule: every match of {@code regex} is replaced by {@code replacement} (or the mask). */
    public static class Rule {
        /** A name for warnings and counts. */
        private String name;

        /** An RE2 regular expression: linear time, no back-references or look-arounds. */
        private String regex;

        /** The replacement, with $1-style group references; empty for the mask. */
        private String replacement;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRegex() {
            return regex;
        }

        public void setRegex(String regex) {
            this.regex = regex;
        }

        public String getReplacement() {
            return replacement;
        }

        public void setReplacement(String replacement) {
            this.replacement = replacement;
        }
    }
}
