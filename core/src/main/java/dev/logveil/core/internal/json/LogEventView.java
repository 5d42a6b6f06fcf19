package dev.logveil.core.internal.json;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A read-only view of one log event, in JDK types, that an adapter implements over its framework's event so that
 * {@link JsonEventWriter} can write it. Values are raw: the writer redacts every string.
 */
public interface LogEventView {

    /** Seconds of the event's timestamp since the epoch. */
    long epochSecond();

    /** Nanoseconds within {@link #epochSecond()}; precision beyond milliseconds is not written. */
    int nanoOfSecond();

    /** The level's name: {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR} or {@code FATAL}. */
    String level();

    String loggerName();

    String threadName();

    /** The formatted message, arguments substituted. */
    String message();

    /** Visits the context map (Logback MDC, Log4j2 ThreadContext map) in its own order. */
    void forEachContextEntry(BiConsumer<String, String> action);

    /** Visits structured key-value pairs (SLF4J 2 key-values, Log4j2 {@code MapMessage} entries). */
    void forEachKeyValue(BiConsumer<String, Object> action);

    /** Visits the names of the event's markers (each marker's references included), or of context-stack entries. */
    void forEachTag(Consumer<String> action);

    /** The thrown exception's class name, or {@code null} when the event carries none. */
    String throwableClassName();

    /** The thrown exception's message, or {@code null}. */
    String throwableMessage();

    /**
     * The stack trace as the framework renders it (causes, suppressed exceptions and common-frame elision included),
     * or {@code null}.
     */
    String stackTrace();
}
