package dev.logveil.core.scrub;

import dev.logveil.core.redact.RedactorConfig;
import java.util.ArrayList;
import java.util.List;

/** The scrubber's command line: the redaction options under the shared names, plus files and output. */
final class ScrubOptions {
    static final String USAGE = String.join("\n",
        "Usage: logveil-scrub [options] [FILE...]",
        "Reads each FILE (or standard input when there is none, or for '-') and writes it redacted to standard",
        "output. A count of what was masked, by detector, goes to standard error.",
        "",
        "Options:",
        "  --mask TEXT              replacement for a secret (default [REDACTED])",
        "  --fingerprint            replace each secret by the mask plus a short SHA-256 fingerprint of it",
        "  --sensitive-keys LIST    comma-separated key names to mask, added to the built-in names",
        "  --non-sensitive-keys LIST  comma-separated key names never to mask, whatever their words say",
        "  --disable LIST           comma-separated built-in detectors to turn off",
        "  --enable LIST            comma-separated opt-in detectors to turn on (email, ip_address, high_entropy)",
        "  --rule NAME=REGEX        a custom rule (RE2 syntax); the match is replaced by the mask; repeatable",
        "  -o, --output FILE        write to FILE instead of standard output",
        "  -q, --quiet              no counts or progress on standard error",
        "  -h, --help               this help");

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
                case "--fingerprint" -> options.config.setFingerprint(true);
                case "--mask" -> options.config.setMask(in.value(option));
                case "--sensitive-keys" -> options.config.setSensitiveKeys(in.value(option));
                case "--non-sensitive-keys" -> options.config.setNonSensitiveKeys(in.value(option));
                case "--disable" -> options.config.setDisable(in.value(option));
                case "--enable" -> options.config.setEnable(in.value(option));
                case "--rule" -> addRule(options, in.value(option));
                case "-o", "--output" -> options.output = in.value(option);
                default -> {
                    if (option.startsWith("-") && !option.equals("-")) {
                        throw new IllegalArgumentException("unknown option '" + option + "'");
                    }
                    options.files.add(option);
                }
            }
        }
        return options;
    }

    private static void addRule(ScrubOptions options, String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            throw new IllegalArgumentException("--rule takes NAME=REGEX, got '" + spec + "'");
        }
        options.config.addRule(spec.substring(0, equals), spec.substring(equals + 1), null);
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
