package dev.logveil.examples;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads one parameter from a raw URL query ({@code a=1&key=abc}), decoded. */
final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The decoded value of the first parameter called {@code name}: {@code ""} for {@code name=} or a bare
     * {@code name}, {@code null} when there is none. A value whose escapes cannot be decoded is returned raw.
     */
    static String first(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    return URLDecoder.decode(value, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return value;
                }
            }
        }
        return null;
    }
}
