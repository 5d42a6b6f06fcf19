package dev.logveil.core.redact;

import dev.logveil.core.internal.options.CommaList;
import dev.logveil.core.internal.options.OnOff;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.options.RedactionOption;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The redaction options, in the vocabulary shared by the Logback and Log4j2 adapters: {@code mask},
 * {@code fingerprint}, {@code sensitiveKeys}, {@code nonSensitiveKeys}, {@code disable}, {@code enable}, custom
 * rules ({@code name}, {@code regex}, {@code replacement}) and {@code escapeLineBreaks}, as declared by
 * {@link RedactionOption}. Collects raw values as configuration supplies them (typed setters for code, or
 * {@link #apply} for {@code name=value} text);
 * {@link #build} validates them, reports every problem in words that name the option and the value, and always
 * returns a working redactor built from the valid options and safe defaults for the rest.
 *
 * <p>Not thread-safe: fill it from one configuration thread, then share the built {@link Redactor}.
 */
public final class RedactorConfig {
    /** The default mask. */
    public static final String DEFAULT_MASK = "[REDACTED]";

    private String mask = DEFAULT_MASK;
    private boolean fingerprint;
    private final List<String> sensitiveKeys = new ArrayList<>();
    private final List<String> nonSensitiveKeys = new ArrayList<>();
    private final List<String> disable = new ArrayList<>();
    private final List<String> enable = new ArrayList<>();
    private final List<String[]> rules = new ArrayList<>();
    private boolean escapeLineBreaks = true;
    private RedactionFaultListener faultListener = RedactionFaultListener.IGNORE;

    /** A config holding the same options as this one; the two can then be changed independently. */
    public RedactorConfig copy() {
        RedactorConfig copy = new RedactorConfig();
        copy.mask = mask;
        copy.fingerprint = fingerprint;
        copy.sensitiveKeys.addAll(sensitiveKeys);
        copy.nonSensitiveKeys.addAll(nonSensitiveKeys);
        copy.disable.addAll(disable);
        copy.enable.addAll(enable);
        copy.rules.addAll(rules);
        copy.escapeLineBreaks = escapeLineBreaks;
        copy.faultListener = faultListener;
        return copy;
    }

    /**
     * Applies one option given as text, as {@code %redact} options and the scrubber's flags give them. The name is
     * one of {@link RedactionOption}'s, in any case, camel or kebab ({@code sensitiveKeys}, {@code sensitive-keys});
     * a rule is written {@code NAME=REGEX}. An unknown name, an unreadable on/off value or a rule without a regex is
     * reported to {@code report}, naming the option and the value, and changes nothing (an unreadable switch gets
     * its safer setting); every other value is validated by {@link #build}.
     */
    public RedactorConfig apply(String name, String value, Consumer<String> report) {
        RedactionOption option = RedactionOption.byName(name);
        if (option == null) {
            report.accept("unknown option '" + name + "'; ignored. Options: " + Option.names(RedactionOption.class));
            return this;
        }
        switch (option) {
            case MASK -> setMask(value);
            // Unreadable: no fingerprint, the setting that reveals less about a secret.
            case FINGERPRINT -> setFingerprint(OnOff.read(option.optionName(), value, false, false, report));
            case SENSITIVE_KEYS -> setSensitiveKeys(value);
            case NON_SENSITIVE_KEYS -> setNonSensitiveKeys(value);
            case DISABLE -> setDisable(value);
            case ENABLE -> setEnable(value);
            case RULE -> applyRule(value, report);
            // Unreadable: escape, the setting that guards against forged lines.
            case ESCAPE_LINE_BREAKS -> setEscapeLineBreaks(
                OnOff.read(option.optionName(), value, escapeLineBreaks, true, report));
            default -> throw new IllegalStateException("option not applied: " + option);
        }
        return this;
    }

    private void applyRule(String spec, Consumer<String> report) {
        int equals = spec == null ? -1 : spec.indexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            report.accept(RedactionOption.RULE.optionName() + ": '" + spec + "' is not NAME=REGEX; ignored");
            return;
        }
        addRule(spec.substring(0, equals).trim(), spec.substring(equals + 1), null);
    }

    /** The text that replaces a secret; default {@value #DEFAULT_MASK}. */
    public RedactorConfig setMask(String mask) {
        this.mask = mask;
        return this;
    }

    /** Replace each secret by the mask plus a short SHA-256 fingerprint of it ({@code [REDACTED:3f2a9c1b0d4e]}). */
    public RedactorConfig setFingerprint(boolean fingerprint) {
        this.fingerprint = fingerprint;
        return this;
    }

    /**
     * Comma-separated key names whose values are masked, added to the built-in names. Case and the separators
     * {@code _ - .} are ignored; a leading {@code *} matches any key ending with the rest ({@code *_pin}).
     */
    public RedactorConfig setSensitiveKeys(String commaList) {
        sensitiveKeys.addAll(CommaList.split(commaList));
        return this;
    }

    /** Adds one sensitive key name (see {@link #setSensitiveKeys}). */
    public RedactorConfig addSensitiveKey(String name) {
        sensitiveKeys.addAll(CommaList.split(name));
        return this;
    }

    /**
     * Comma-separated key names that are never sensitive, whatever their words say ({@code monkey_token},
     * {@code secret_santa}). Matched on the whole key; case and separators are ignored. A name also listed in
     * {@code sensitiveKeys} stays exempt.
     */
    public RedactorConfig setNonSensitiveKeys(String commaList) {
        nonSensitiveKeys.addAll(CommaList.split(commaList));
        return this;
    }

    /** Adds one exempt key name (see {@link #setNonSensitiveKeys}). */
    public RedactorConfig addNonSensitiveKey(String name) {
        nonSensitiveKeys.addAll(CommaList.split(name));
        return this;
    }

    /** Comma-separated names of built-in detectors to turn off (see {@link BuiltInDetector}). */
    public RedactorConfig setDisable(String commaList) {
        disable.addAll(CommaList.split(commaList));
        return this;
    }

    /** Comma-separated opt-in detectors to turn on: {@code email}, {@code ip_address}, {@code high_entropy}. */
    public RedactorConfig setEnable(String commaList) {
        enable.addAll(CommaList.split(commaList));
        return this;
    }

    /**
     * Adds a custom rule.
     *
     * @param name a name for status messages and the scrubber's counts
     * @param regex an RE2 regular expression (linear-time; no back-references or look-arounds)
     * @param replacement the replacement, with {@code $1}-style group references; {@code null} or empty for the mask
     */
    public RedactorConfig addRule(String name, String regex, String replacement) {
        rules.add(new String[] {name, regex, replacement});
        return this;
    }

    /**
     * Whether the line-oriented components (pattern layouts, {@code %redact}) escape line breaks and control
     * characters, the log-injection guard; default {@code true}. Carried for them: the redactor itself does not
     * read it.
     */
    public RedactorConfig setEscapeLineBreaks(boolean escapeLineBreaks) {
        this.escapeLineBreaks = escapeLineBreaks;
        return this;
    }

    /** The {@code escapeLineBreaks} setting (see {@link #setEscapeLineBreaks}). */
    public boolean escapeLineBreaks() {
        return escapeLineBreaks;
    }

    /** Where faults inside the engine are reported (rate-limited); by default nowhere. */
    public RedactorConfig setFaultListener(RedactionFaultListener listener) {
        this.faultListener = listener == null ? RedactionFaultListener.IGNORE : listener;
        return this;
    }

    /**
     * Builds the redactor. Never fails: each invalid option is reported to {@code problems} and replaced by its
     * default (an invalid rule or an unknown detector name is left out).
     */
    public Redactor build(Consumer<String> problems) {
        Consumer<String> report = problems == null ? message -> { } : problems;
        String effectiveMask = mask;
        if (effectiveMask == null || effectiveMask.isEmpty()) {
            report.accept("mask: an empty mask would hide that anything was removed; using " + DEFAULT_MASK);
            effectiveMask = DEFAULT_MASK;
        }
        Set<BuiltInDetector> detectors = ScanEngine.defaultDetectors();
        for (String name : enable) {
            BuiltInDetector detector = lookUp("enable", name, report);
            if (detector != null) {
                detectors.add(detector);
            }
        }
        for (String name : disable) {
            BuiltInDetector detector = lookUp("disable", name, report);
            if (detector != null) {
                detectors.remove(detector);
            }
        }
        List<String> exactKeys = new ArrayList<>();
        List<String> suffixKeys = new ArrayList<>();
        for (String key : sensitiveKeys) {
            String name = key.startsWith("*") ? key.substring(1) : key;
            if (KeyNameTable.normalise(name).isEmpty()) {
                report.accept("sensitiveKeys: '" + key + "' has no letters or digits; ignored");
            } else if (key.startsWith("*")) {
                suffixKeys.add(name);
            } else {
                exactKeys.add(name);
            }
        }
        List<String> exemptKeys = new ArrayList<>();
        for (String key : nonSensitiveKeys) {
            if (KeyNameTable.normalise(key).isEmpty()) {
                report.accept("nonSensitiveKeys: '" + key + "' has no letters or digits; ignored");
            } else {
                exemptKeys.add(key);
            }
        }
        Masker masker = new Masker(effectiveMask, fingerprint);
        ScanEngine engine = new ScanEngine(detectors, exactKeys, suffixKeys, exemptKeys, masker);
        return new Redactor(engine, compileRules(report, effectiveMask), masker, faultListener);
    }

    private List<CustomRule> compileRules(Consumer<String> report, String effectiveMask) {
        List<CustomRule> compiled = new ArrayList<>();
        int index = 0;
        for (String[] rule : rules) {
            index++;
            String name = rule[0] == null || rule[0].isBlank() ? "rule-" + index : rule[0].trim();
            String regex = rule[1];
            if (regex == null || regex.isEmpty()) {
                report.accept("rule '" + name + "': regex is missing; rule skipped");
                continue;
            }
            String tooCostly = RuleCost.beforeCompiling(regex);
            if (tooCostly != null) {
                report.accept("rule '" + name + "': regex '" + regex + "' " + tooCostly + "; rule skipped");
                continue;
            }
            try {
                Pattern pattern = Pattern.compile(regex);
                tooCostly = RuleCost.afterCompiling(pattern);
                if (tooCostly != null) {
                    report.accept("rule '" + name + "': regex '" + regex + "' " + tooCostly + "; rule skipped");
                    continue;
                }
                String replacement = rule[2] == null || rule[2].isEmpty() ? quoteReplacement(effectiveMask) : rule[2];
                checkReplacement(pattern, replacement);
                compiled.add(new CustomRule(name, pattern, replacement));
            } catch (PatternSyntaxException e) {
                report.accept("rule '" + name + "': invalid regex '" + regex + "' (" + e.getDescription()
                    + "); rule skipped. Rules use RE2 syntax: no back-references or look-arounds");
            } catch (IllegalArgumentException e) {
                report.accept("rule '" + name + "': invalid replacement '" + rule[2] + "' (" + e.getMessage()
                    + "); rule skipped");
            } catch (RuntimeException | StackOverflowError e) {
                // What the estimate above missed: RE2/J's compiler recurses over the expression.
                report.accept("rule '" + name + "': regex '" + regex + "' cannot be compiled (" + e.getClass().getName()
                    + "); rule skipped");
            }
        }
        return compiled;
    }

    /** Applies the replacement once to an empty match so that a bad group reference fails now, not per line. */
    private static void checkReplacement(Pattern pattern, String replacement) {
        int groups = pattern.matcher("").groupCount();
        for (int i = 0; i < replacement.length() - 1; i++) {
            if (replacement.charAt(i) == '\\') {
                i++;
            } else if (replacement.charAt(i) == '$' && Character.isDigit(replacement.charAt(i + 1))) {
                int group = replacement.charAt(i + 1) - '0';
                if (group > groups) {
                    throw new IllegalArgumentException("group $" + group + " does not exist; the regex has "
                        + groups + " group(s)");
                }
            }
        }
    }

    private static String quoteReplacement(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$");
    }

    private static BuiltInDetector lookUp(String option, String name, Consumer<String> report) {
        BuiltInDetector detector = BuiltInDetector.byId(name);
        if (detector == null) {
            StringBuilder known = new StringBuilder();
            for (BuiltInDetector candidate : BuiltInDetector.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(candidate.id());
            }
            report.accept(option + ": unknown detector '" + name + "'; ignored. Known detectors: " + known);
        }
        return detector;
    }
}
