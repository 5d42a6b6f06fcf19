package dev.logveil.core.internal.options;

import java.util.List;
import java.util.Locale;

/**
 * One option of the vocabulary every Logveil component shares: the name users type, the other names it answers to,
 * its type, its default and a one-line description. Implemented by one enum per family ({@link RedactionOption},
 * {@link AnomalyOption}, {@link JsonOption}), so that each name is declared exactly once.
 */
public interface Option {
    /**
     * What an option declares, held once by each enum constant.
     *
     * @param name the name as users type it in XML and in options: {@code sensitiveKeys}
     * @param aliases other names it answers to, such as a repeatable element's singular ({@code marker} for
     *     {@code markers})
     * @param type the kind of value it takes
     * @param defaultValue the default as the docs write it; empty when there is none
     * @param doc one line for the reference tables and the scrubber's help
     */
    record Declaration(String name, List<String> aliases, OptionType type, String defaultValue, String doc) {
    }

    /** This option's declaration. */
    Declaration declaration();

    /** The name as users type it in XML and in options: {@code sensitiveKeys}. */
    default String optionName() {
        return declaration().name();
    }

    /** Other names it answers to, such as a repeatable element's singular ({@code marker} for {@code markers}). */
    default List<String> aliases() {
        return declaration().aliases();
    }

    /** The kind of value it takes. */
    default OptionType type() {
        return declaration().type();
    }

    /** The default as the docs write it; empty when there is none. */
    default String defaultValue() {
        return declaration().defaultValue();
    }

    /** One line for the reference tables and the scrubber's help. */
    default String doc() {
        return declaration().doc();
    }

    /** The name in kebab case, as the scrubber's flags and {@code otel.logveil.*} properties write it. */
    default String kebabName() {
        return kebab(optionName());
    }

    /** Whether {@code name} names this option: its name or an alias, in any case, in camel or kebab case. */
    default boolean answersTo(String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.trim().replace("-", "").toLowerCase(Locale.ROOT);
        if (optionName().toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
        }
        for (String alias : aliases()) {
            if (alias.toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** {@code sensitiveKeys} as {@code sensitive-keys}. */
    static String kebab(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 4);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The option of {@code family} that {@code name} names, or {@code null}. */
    static <O extends Enum<O> & Option> O find(Class<O> family, String name) {
        for (O option : family.getEnumConstants()) {
            if (option.answersTo(name)) {
                return option;
            }
        }
        return null;
    }

    /** The names of a family's options, comma-separated, for "Options: ..." in a report. */
    static <O extends Enum<O> & Option> String names(Class<O> family) {
        StringBuilder names = new StringBuilder();
        for (O option : family.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(option.optionName());
        }
        return names.toString();
    }
}
