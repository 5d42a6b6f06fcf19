package dev.logveil.core.internal.options;

import java.util.List;

/**
 * The redaction options: what every redacting component (layouts, encoders, {@code %redact}, appenders, rewrite
 * policies, resolvers, maskers, exporters, the scrubber) accepts. Applied by {@code RedactorConfig#apply}.
 */
public enum RedactionOption implements Option {
    MASK("mask", OptionType.TEXT, "[REDACTED]", "the text that replaces a secret"),
    FINGERPRINT("fingerprint", OptionType.ON_OFF, "false",
        "replace each secret by the mask plus a short SHA-256 fingerprint of it"),
    SENSITIVE_KEYS("sensitiveKeys", OptionType.COMMA_LIST, "",
        "key names whose values are masked, added to the built-in names; *_pin matches by suffix"),
    NON_SENSITIVE_KEYS("nonSensitiveKeys", OptionType.COMMA_LIST, "",
        "key names never masked, whatever their words say"),
    DISABLE("disable", OptionType.COMMA_LIST, "", "built-in detectors to turn off"),
    ENABLE("enable", OptionType.COMMA_LIST, "", "opt-in detectors to turn on: email, ip_address, high_entropy"),
    /** As text ({@code %redact} options, the scrubber): {@code NAME=REGEX}, the match replaced by the mask. */
    RULE("rule", List.of("redactionRule", "rules"), OptionType.ELEMENT, "",
        "a custom rule: name, RE2 regex, replacement; repeatable"),
    ESCAPE_LINE_BREAKS("escapeLineBreaks", OptionType.ON_OFF, "true",
        "escape line breaks and control characters so that a value cannot forge a log line");

    private final Declaration declaration;

    RedactionOption(String optionName, OptionType type, String defaultValue, String doc) {
        this(optionName, List.of(), type, defaultValue, doc);
    }

    RedactionOption(String optionName, List<String> aliases, OptionType type, String defaultValue, String doc) {
        this.declaration = new Declaration(optionName, aliases, type, defaultValue, doc);
    }

    /** The option {@code name} names, or {@code null}. */
    public static RedactionOption byName(String name) {
        return Option.find(RedactionOption.class, name);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }
}
