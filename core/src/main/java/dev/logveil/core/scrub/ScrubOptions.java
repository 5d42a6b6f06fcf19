package dev.logveil.core.scrub;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.options.OptionType;
import dev.logveil.core.internal.options.RedactionOption;
import dev.logveil.core.redact.RedactorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The scrubber's command line: the redaction options of the shared vocabulary as {@code --kebab-case} flags
 * ({@link Component#SCRUBBER}), plus files and output.
 */
final class ScrubOptions {
    static final String USAGE = usage();

    final RedactorConfig config = new RedactorConfig();
    final List<String> files = new ArrayList<>();
    String output;
    boolean quiet;
    boolean help;

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message for the user on a bad one. */
    static ScrubOptions parse(String[] args) {
        ScrubOptions options = new ScrubOptions();
        Arguments in = new Arguments(args);
        while (in.hasNext()) {
            String option = in.next();
            switch (option) {
                case "-h", "--help" -> options.help = true;
                case "-q", "--quiet" -> options.quiet = true;
                case "-o", "--output" -> options.output = in.value(option);
                default -> {
                    Option shared = option.startsWith("--") ? Component.SCRUBBER.option(option.substring(2)) : null;
                    if (shared != null) {
                        applyShared(options, option, shared, in);
                    } else if (option.startsWith("-") && !option.equals("-")) {
                        throw new IllegalArgumentException("unknown option '" + option + "'");
                    } else {
                        options.files.add(option);
                    }
                }
            }
        }
        return options;
    }

    /**
     * A flag of the shared vocabulary, {@code --sensitive-keys} for {@code sensitiveKeys}: the value goes through
     * {@link RedactorConfig#apply}, and what it reports is a usage error. An on/off flag alone means {@code true}.
     */
    private static void applyShared(ScrubOptions options, String flag, Option option, Arguments in) {
        String value = option.type() == OptionType.ON_OFF && !in.hasInlineValue() ? "true" : in.value(flag);
        if (option == RedactionOption.RULE && (value.indexOf('=') <= 0 || value.endsWith("="))) {
            throw new IllegalArgumentException(flag + " takes NAME=REGEX, got '" + value + "'");
        }
        options.config.apply(option.optionName(), value, problem -> {
            throw new IllegalArgumentException(flag + ": " + problem);
        });
    }

    /** The help text; the shared options' lines come from the vocabulary. */
    private static String usage() {
        List<String> lines = new ArrayList<>(List.of(
            "Usage: logveil-scrub [options] [FILE...]",
            "Reads each FILE (or standard input when there is none, or for '-') and writes it redacted to standard",
            "output. A count of what was masked, by detector, goes to standard error.",
            "",
            "Options:"));
        for (Option option : Component.SCRUBBER.options()) {
            String flag = "--" + option.kebabName() + switch (option.type()) {
                case ON_OFF -> "";
                case ELEMENT -> " NAME=REGEX";
                case COMMA_LIST -> " LIST";
                default -> " TEXT";
            };
            String defaultValue = option.defaultValue().isEmpty() || option.type() == OptionType.ON_OFF
                ? "" : " (default " + option.defaultValue() + ")";
            lines.add(String.format("  %-26s %s%s", flag, option.doc(), defaultValue));
        }
        lines.add("  -o, --output FILE          write to FILE instead of standard output");
        lines.add("  -q, --quiet                no counts or progress on standard error");
        lines.add("  -h, --help                 this help");
        return String.join("\n", lines);
    }

    /** Walks the arguments; {@code --option=value} and {@code --option value} are the same. */
    private static final class Arguments {
        private final String[] args;
        private int index;
        private String inlineValue;

        Arguments(String[] args) {
            this.args = args.clone();
        }

        boolean hasNext() {
            return index < args.length;
        }

        String next() {
            String arg = args[index++];
            inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                inlineValue = arg.substring(equals + 1);
                return arg.substring(0, equals);
            }
            return arg;
        }

        boolean hasInlineValue() {
            return inlineValue != null;
        }

        String value(String option) {
            if (inlineValue != null) {
                return inlineValue;
            }
            if (index >= args.length) {
                throw new IllegalArgumentException("option '" + option + "' needs a value");
            }
            return args[index++];
        }
    }
}
