package dev.logveil.core.internal.json;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A plain {@link LogEventView} for core tests, as an adapter would build one from its framework's event. */
class TestEventView implements LogEventView {
    long epochSecond = 1_795_001_799L;
    int nanoOfSecond = 123_456_789;
    String level = "INFO";
    String logger = "com.example.Orders";
    String thread = "main";
    String message = "order placed";
    final Map<String, String> context = new LinkedHashMap<>();
    final Map<String, Object> keyValues = new LinkedHashMap<>();
    final List<String> tags = new ArrayList<>();
    Throwable throwable;

    @Override
    public long epochSecond() {
        return epochSecond;
    }

    @Override
    public int nanoOfSecond() {
        return nanoOfSecond;
    }

    @Override
    public String level() {
        return level;
    }

    @Override
    public String loggerName() {
        return logger;
    }

    @Override
    public String threadName() {
        return thread;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public void forEachContextEntry(BiConsumer<String, String> action) {
        context.forEach(action);
    }

    @Override
    public void forEachKeyValue(BiConsumer<String, Object> action) {
        keyValues.forEach(action);
    }

    @Override
    public void forEachTag(Consumer<String> action) {
        tags.forEach(action);
    }

    @Override
    public String throwableClassName() {
        return throwable == null ? null : throwable.getClass().getName();
    }

    @Override
    public String throwableMessage() {
        return throwable == null ? null : throwable.getMessage();
    }

    @Override
    public String stackTrace() {
        if (throwable == null) {
            return null;
        }
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
