package dev.logveil.spring;

import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.JsonWriter.MemberPath;
import org.springframework.boot.json.WritableJson;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Redacts Spring Boot's structured log formats ({@code logging.structured.format.console} or {@code .file} set to
 * {@code ecs}, {@code logstash} or {@code gelf}) through Boot's own extension point: it adds a value processor to
 * the formatter's JSON members, so every value Boot writes passes through Logveil — the message, MDC entries,
 * SLF4J key-value pairs, the exception's message and stack trace, and any member a user adds with
 * {@code logging.structured.json.add}.
 *
 * <ul>
 *   <li>a value under one of Logveil's own keys ({@code key_id}, {@code request_id}, {@code anomaly.*}) is left as
 *       it is;</li>
 *   <li>a value under a sensitive key ({@code password}, {@code api_key}, {@code spring.datasource.password}) is
 *       masked whole;</li>
 *   <li>every other string, and any object Boot would write through {@code toString()}, is scanned;</li>
 *   <li>numbers, booleans and nested objects are left to Boot, which hands each nested value to the processor.</li>
 * </ul>
 *
 * <p>Registered in {@code META-INF/spring.factories}, where Boot looks for such customizers; options come from
 * {@code logging.logveil.*}, and {@code logging.logveil.enabled=false} turns it off.
 */
public class RedactingStructuredLoggingJsonMembersCustomizer
        implements StructuredLoggingJsonMembersCustomizer<Object> {
    private static final String GELF_ADDITIONAL_FIELD = "_";

    private final Redactor redactor;

    /** Called by Boot, which passes the application's environment. */
    public RedactingStructuredLoggingJsonMembersCustomizer(Environment environment) {
        Consumer<String> problems = RedactingStructuredLoggingJsonMembersCustomizer::warn;
        LogveilSettings settings = LogveilSettings.from(environment, problems);
        this.redactor = settings.enabled() ? settings.redactor(problems) : null;
    }

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        if (redactor != null) {
            members.applyingValueProcessor(this::redactValue);
        }
    }

    /** One value Boot is about to write, redacted; anything Boot writes as JSON structure is returned as is. */
    Object redactValue(MemberPath path, Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Map
            || value instanceof Iterable || value instanceof WritableJson || value.getClass().isArray()) {
            return value;
        }
        String text = value.toString();
        String key = nearestName(path);
        if (isOwnKey(key) || isOwnKey(dottedName(path))) {
            // Logveil's own keys (key_id, request_id, anomaly.*) hold ids and figures: a key_id of sixteen
            // Luhn-valid digits is not a card.
            return text;
        }
        if (key != null && redactor.isSensitiveKey(key)) {
            return redactor.maskValue(text);
        }
        // Boot writes any other object as its toString(): return that string, so it is computed once.
        return redactor.redact(text);
    }

    /** The member's name with its parents', as ECS nests a dotted MDC key ({@code anomaly.top_key_ids}). */
    private static String dottedName(MemberPath path) {
        String dotted = null;
        for (MemberPath p = path; p != null; p = p.parent()) {
            if (p.name() != null && !p.name().isEmpty()) {
                dotted = dotted == null ? p.name() : p.name() + '.' + dotted;
            }
        }
        return dotted;
    }

    /**
     * Whether {@code key} is one of Logveil's own keys, as the shared {@link RedactionPolicy} says; GELF writes the
     * MDC as additional fields, each name prefixed with {@code _} ({@code _key_id}).
     */
    private static boolean isOwnKey(String key) {
        return key != null && (RedactionPolicy.isOwnKey(key)
            || key.startsWith(GELF_ADDITIONAL_FIELD) && RedactionPolicy.isOwnKey(key.substring(1)));
    }

    /** The member's own name, or for an array element the name of the array. */
    private static String nearestName(MemberPath path) {
        for (MemberPath p = path; p != null; p = p.parent()) {
            if (p.name() != null && !p.name().isEmpty()) {
                return p.name();
            }
        }
        return null;
    }

    /**
     * Problems go to Logback's status manager: this runs while Boot is configuring logging. (The starter's listener
     * also logs each of them as a warning once logging is up, on Logback or Log4j2 alike.)
     */
    private static void warn(String problem) {
        if (LogbackPresence.PRESENT) {
            LogbackSetup.warn(problem);
        }
    }
}
