package dev.logveil.core.keyid;

import java.util.LinkedHashMap;
import java.util.Map;

/** A plain map as the logging context: core knows no framework, the adapters' tests drive the real ones. */
final class MapLogContext implements LogContext {

    final Map<String, String> map = new LinkedHashMap<>();

    @Override
    public String get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, String value) {
        map.put(key, value);
    }

    @Override
    public void remove(String key) {
        map.remove(key);
    }
}
