package dev.logveil.core.testing;

import dev.logveil.core.internal.options.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options a page of {@code docs/} documents, read from its option tables: a Markdown table whose header starts
 * with {@code | option |}, {@code | attribute |} or {@code | attribute / element |}, following a given heading. Each
 * adapter's test writes every documented option into a real configuration and fails if the framework ignores one,
 * so the docs and the code cannot drift apart; {@link #assertListsVocabulary} checks that a table lists every option
 * the vocabulary gives the component.
 */
public final class DocumentedOptions {
    private static final Pattern NAME = Pattern.compile("`<?([A-Za-z][A-Za-z0-9]*)[^`]*`");

    private DocumentedOptions() {
    }

    /** One documented option. */
    public record Option(String name, String type, String defaultValue) {
        /** Whether the table documents it as a nested element rather than a value ({@code <RedactionRule>}). */
        public boolean isElement() {
            return type.startsWith("element") || type.startsWith("nested element");
        }

        /** A valid sample value: the documented default when it is a literal, else one that fits the type. */
        public String sampleValue() {
            // Detector names must name real detectors: an opt-in one to enable, a built-in one to disable.
            if (name.equals("enable")) {
                return "email";
            }
            if (name.equals("disable")) {
                return "jwt";
            }
            if (defaultValue.startsWith("`") && defaultValue.endsWith("`") && defaultValue.length() > 2) {
                return defaultValue.substring(1, defaultValue.length() - 1);
            }
            if (type.startsWith("duration")) {
                return "1m";
            }
            if (type.startsWith("integer")) {
                return "1";
            }
            if (type.startsWith("decimal")) {
                return "2";
            }
            if (type.startsWith("boolean")) {
                return "false";
            }
            if (type.startsWith("comma list")) {
                return "alpha, beta";
            }
            return "value";
        }
    }

    /** The docs folder, seen from a module's directory (where Maven runs its tests). */
    public static Path docs(String page) {
        return Path.of("..", "docs", page);
    }

    /**
     * The options of the first option table after the heading that starts with {@code heading} on {@code page}.
     * A row naming several options ({@code `mask`, `fingerprint`}) gives one option each, without type.
     */
    public static List<Option> table(String page, String heading) {
        List<String> lines;
        try {
            lines = Files.readAllLines(docs(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(heading)) {
            at++;
        }
        if (at == lines.size()) {
            throw new AssertionError("no heading '" + heading + "' in docs/" + page);
        }
        while (at < lines.size() && !isOptionHeader(lines.get(at))) {
            at++;
        }
        if (at == lines.size()) {
            throw new AssertionError("no option table after '" + heading + "' in docs/" + page);
        }
        List<Option> options = new ArrayList<>();
        for (int row = at + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
            String[] cells = lines.get(row).split("\\|", -1);
            String type = cells.length > 2 ? cells[2].trim() : "";
            String defaultValue = cells.length > 3 ? cells[3].trim() : "";
            Matcher names = NAME.matcher(cells[1]);
            List<String> found = new ArrayList<>();
            while (names.find()) {
                found.add(names.group(1));
            }
            for (String name : found) {
                options.add(new Option(name, found.size() == 1 ? type : "", found.size() == 1 ? defaultValue : ""));
            }
        }
        return options;
    }

    /**
     * The options, those of a row that names several (and so gives no type: "see the shared options") replaced by
     * the option of the same name in {@code reference}.
     */
    public static List<Option> typedFrom(List<Option> options, List<Option> reference) {
        List<Option> typed = new ArrayList<>();
        for (Option option : options) {
            Option known = option.type().isEmpty()
                ? reference.stream().filter(r -> r.name().equals(option.name())).findFirst().orElse(option) : option;
            typed.add(known);
        }
        return typed;
    }

    /**
     * Fails unless {@code documented} (a reference table) lists every vocabulary option of {@code component}, under
     * its name or an alias, leaving out only {@code elsewhere} (options a page documents in another table).
     */
    public static void assertListsVocabulary(List<Option> documented, Component component,
                                             dev.logveil.core.internal.options.Option... elsewhere) {
        List<String> missing = new ArrayList<>();
        for (dev.logveil.core.internal.options.Option option : component.options()) {
            boolean listed = documented.stream().anyMatch(row -> option.answersTo(row.name()));
            if (!listed && !List.of(elsewhere).contains(option)) {
                missing.add(option.optionName());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("the reference table of " + component + " does not list " + missing);
        }
    }

    private static boolean isOptionHeader(String line) {
        return line.startsWith("| option |") || line.startsWith("| attribute |")
            || line.startsWith("| attribute / element |");
    }
}
