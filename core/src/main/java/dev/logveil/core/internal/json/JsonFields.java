package dev.logveil.core.internal.json;

import java.util.Set;

/**
 * The field names of Logveil's JSON events. They follow logstash-logback-encoder's defaults, which Logstash,
 * Filebeat, Fluent Bit, Vector, Elasticsearch and Loki pipelines already understand, so one schema serves a fleet
 * that mixes Logback and Log4j2.
 */
public final class JsonFields {
    public static final String TIMESTAMP = "@timestamp";
    public static final String VERSION = "@version";
    public static final String MESSAGE = "message";
    public static final String LOGGER = "logger_name";
    public static final String THREAD = "thread_name";
    public static final String LEVEL = "level";
    public static final String LEVEL_VALUE = "level_value";
    public static final String TAGS = "tags";
    public static final String THROWABLE_CLASS = "throwable_class";
    public static final String THROWABLE_MESSAGE = "throwable_message";
    public static final String STACK_TRACE = "stack_trace";
    /** Prefix of a context or key-value entry whose name collides with one of the fields above. */
    public static final String COLLISION_PREFIX = "ctx_";

    /** The names the writer owns; a context entry with one of these names is written with {@link #COLLISION_PREFIX}. */
    public static final Set<String> RESERVED = Set.of(TIMESTAMP, VERSION, MESSAGE, LOGGER, THREAD, LEVEL, LEVEL_VALUE,
        TAGS, THROWABLE_CLASS, THROWABLE_MESSAGE, STACK_TRACE);

    private JsonFields() {
    }

    /** Logback's numeric level scale, used by both adapters so that {@code level_value} agrees across a fleet. */
    public static int levelValue(String level) {
        switch (level == null ? "" : level) {
            case "TRACE":
                return 5000;
            case "DEBUG":
                return 10000;
            case "INFO":
                return 20000;
            case "WARN":
                return 30000;
            case "ERROR":
                return 40000;
            case "FATAL":
                return 50000;
            default:
                return 20000;
        }
    }
}
