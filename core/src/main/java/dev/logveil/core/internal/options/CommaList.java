package dev.logveil.core.internal.options;

import java.util.ArrayList;
import java.util.List;

/** The comma lists of the shared option vocabulary ({@code sensitiveKeys}, {@code disable}, {@code markers}, ...). */
public final class CommaList {
    private CommaList() {
    }

    /** The list's items, trimmed, empty ones dropped; an empty list for {@code null}. */
    public static List<String> split(String commaList) {
        List<String> items = new ArrayList<>();
        if (commaList == null) {
            return items;
        }
        for (String item : commaList.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }
}
