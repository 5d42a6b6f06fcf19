package dev.logveil.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import dev.logveil.core.internal.line.RedactionPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * An event whose MDC values and key-value pairs core's {@link RedactionPolicy} has already decided, handed to the
 * converters inside {@code %redact(...)} so that every one that reads them, however deeply it is nested
 * ({@code %redact(%cyan(%X{password}))}, {@code %redact(%replace(%kvp){'a','b'})}), writes the decided value and
 * never the raw one. Everything else is the original event's.
 */
final class DecidedLoggingEvent implements ILoggingEvent {
    private final ILoggingEvent event;
    private final Map<String, String> mdc;
    private final List<KeyValuePair> keyValuePairs;

    private DecidedLoggingEvent(ILoggingEvent event, Map<String, String> mdc, List<KeyValuePair> keyValuePairs) {
        this.event = event;
        this.mdc = mdc;
        this.keyValuePairs = keyValuePairs;
    }

    /** {@code event} itself when the policy changes none of its keyed values; otherwise a view with them decided. */
    static ILoggingEvent decide(ILoggingEvent event, RedactionPolicy policy) {
        Map<String, String> mdc = decidedMdc(event.getMDCPropertyMap(), policy);
        List<KeyValuePair> pairs = decidedPairs(event.getKeyValuePairs(), policy);
        if (mdc == null && pairs == null) {
            return event;
        }
        return new DecidedLoggingEvent(event, mdc == null ? event.getMDCPropertyMap() : mdc,
            pairs == null ? event.getKeyValuePairs() : pairs);
    }

    private static Map<String, String> decidedMdc(Map<String, String> mdc, RedactionPolicy policy) {
        if (mdc == null || mdc.isEmpty()) {
            return null;
        }
        Map<String, String> decided = null;
        for (Map.Entry<String, String> entry : mdc.entrySet()) {
            String value = policy.valueUnderKey(entry.getKey(), entry.getValue());
            if (value != entry.getValue() && decided == null) {
                decided = new LinkedHashMap<>(mdc);
            }
            if (decided != null) {
                decided.put(entry.getKey(), value);
            }
        }
        return decided == null ? null : Collections.unmodifiableMap(decided);
    }

    private static List<KeyValuePair> decidedPairs(List<KeyValuePair> pairs, RedactionPolicy policy) {
        if (pairs == null || pairs.isEmpty()) {
            return null;
        }
        List<KeyValuePair> decided = null;
        for (int i = 0; i < pairs.size(); i++) {
            KeyValuePair pair = pairs.get(i);
            String text = pair.value == null ? null : String.valueOf(pair.value);
            String value = policy.valueUnderKey(pair.key, text);
            if (value != text && decided == null) {
                decided = new ArrayList<>(pairs.subList(0, i));
            }
            if (decided != null) {
                decided.add(value == text ? pair : new KeyValuePair(pair.key, value));
            }
        }
        return decided;
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        return mdc;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, String> getMdc() {
        return mdc;
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        return keyValuePairs;
    }

    @Override
    public String getThreadName() {
        return event.getThreadName();
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public String getMessage() {
        return event.getMessage();
    }

    @Override
    public Object[] getArgumentArray() {
        return event.getArgumentArray();
    }

    @Override
    public String getFormattedMessage() {
        return event.getFormattedMessage();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return event.getThrowableProxy();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    public Marker getMarker() {
        return event.getMarker();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return event.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }
}
