package dev.logveil.core.internal.options;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The on/off options of the shared vocabulary ({@code fingerprint}, {@code escapeLineBreaks}, {@code ratioMode},
 * ...), read the same in both adapters: {@code true} or {@code false}, in any case, and nothing else. Log4j2 reads
 * any other word as {@code false} without a word, which would silently turn a security switch off; here it is
 * reported, and the caller says which setting an unreadable value gets (for a security switch, the safer one).
 */
public final class OnOff {
    private OnOff() {
    }

    /**
     * Reads an on/off option.
     *
     * @param option the option's name, for the report
     * @param value the value as written; {@code null} when the option is absent
     * @param whenAbsent the option's default
     * @param whenUnreadable what a value other than {@code true}/{@code false} gets; for a security switch, its safer
     *     setting, whatever the default
     * @param report where a value other than {@code true}/{@code false} is reported, naming the option and the value
     */
    public static boolean read(String option, String value, boolean whenAbsent, boolean whenUnreadable,
                               Consumer<String> report) {
        if (value == null) {
            return whenAbsent;
        }
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return word.equals("true");
        }
        report.accept(option + ": '" + value + "' is neither true nor false; "
            + (whenUnreadable == whenAbsent ? "using the default " + whenAbsent
                : "using " + whenUnreadable + ", the safer setting"));
        return whenUnreadable;
    }
}
