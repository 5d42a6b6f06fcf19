package dev.logveil.core.internal.options;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every Logveil component users configure, with the vocabulary options it must take, no more, no fewer, and the
 * names that are its framework's own idiom rather than Logveil's ({@code pattern}, {@code AppenderRef}). Each
 * adapter's tests hold its components to this list by reflection ({@code VocabularyContract} in core's test-jar), so
 * a component that gains a name outside the vocabulary, or misses one it should have, fails the build.
 */
public enum Component {
    LOGBACK_PATTERN_LAYOUT(lineRedaction(), "postCompileProcessor"),
    LOGBACK_PATTERN_LAYOUT_ENCODER(lineRedaction()),
    LOGBACK_REDACTION_SETTINGS(lineRedaction()),
    /** {@code %redact(...)}{'name=value',...}: its option list. */
    LOGBACK_REDACT_CONVERTER(lineRedaction()),
    LOGBACK_JSON_ENCODER(union(redaction(), EnumSet.allOf(JsonOption.class))),
    LOGBACK_REDACTING_APPENDER(redaction(), "appender"),
    LOGBACK_ANOMALY_APPENDER(anomaly(), "appender"),
    /** The logstash-logback-encoder value maskers, both Jackson lines. */
    LLE_VALUE_MASKER(redaction()),
    LOG4J2_PATTERN_LAYOUT(lineRedaction(), "pattern", "charset", "alwaysWriteExceptions"),
    /** {@code %redact{pattern}{name=value}...}: its options. */
    LOG4J2_REDACT_CONVERTER(lineRedaction()),
    LOG4J2_JSON_LAYOUT(union(redaction(), Set.of(JsonOption.ADDITIONAL_FIELD))),
    LOG4J2_REWRITE_POLICY(redaction()),
    /** JsonTemplateLayout's {@code redact} resolver: rules need nested elements, which a template cannot hold. */
    LOG4J2_TEMPLATE_RESOLVER(without(redaction(), RedactionOption.RULE), "resolver", "redactField"),
    LOG4J2_ANOMALY_APPENDER(anomaly(), "name", "AppenderRef", "filter", "layout", "ignoreExceptions",
        "properties"),
    /** {@code otel.logveil.*}: rules are named in {@code rules}, each with {@code rule.NAME.regex}. */
    OPENTELEMETRY(redaction(), "enabled"),
    /** {@code logging.logveil.*} (anomaly options under {@code logging.logveil.anomaly.*}). */
    SPRING_BOOT(lineRedaction(), "enabled", "requestId", "anomaly"),
    SPRING_BOOT_ANOMALY(anomaly(), "enabled"),
    /** The scrubber's {@code --kebab-case} flags. */
    SCRUBBER(redaction(), "output", "quiet", "help");

    private final Set<Option> options;
    private final Set<String> ownNames;

    Component(Set<? extends Option> options, String... ownNames) {
        this.options = Collections.unmodifiableSet(new LinkedHashSet<>(options));
        this.ownNames = Set.of(ownNames);
    }

    /** The vocabulary options it takes. */
    public Set<Option> options() {
        return options;
    }

    /** Names it takes that are its framework's idiom, not Logveil's vocabulary. */
    public Set<String> ownNames() {
        return ownNames;
    }

    /** The option of this component that {@code name} names, or {@code null}. */
    public Option option(String name) {
        for (Option option : options) {
            if (option.answersTo(name)) {
                return option;
            }
        }
        return null;
    }

    /** Whether {@code name} is one of its framework's own names (in any case). */
    public boolean isOwnName(String name) {
        for (String own : ownNames) {
            if (own.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The options it takes, by name, for messages. */
    public List<String> optionNames() {
        List<String> names = new ArrayList<>();
        for (Option option : options) {
            names.add(option.optionName());
        }
        return names;
    }

    private static Set<Option> redaction() {
        return without(lineRedaction(), RedactionOption.ESCAPE_LINE_BREAKS);
    }

    private static Set<Option> lineRedaction() {
        return new LinkedHashSet<>(EnumSet.allOf(RedactionOption.class));
    }

    private static Set<Option> anomaly() {
        return new LinkedHashSet<>(EnumSet.allOf(AnomalyOption.class));
    }

    private static Set<Option> union(Set<? extends Option> a, Set<? extends Option> b) {
        Set<Option> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<Option> without(Set<Option> options, Option left) {
        Set<Option> rest = new LinkedHashSet<>(options);
        rest.remove(left);
        return rest;
    }
}
