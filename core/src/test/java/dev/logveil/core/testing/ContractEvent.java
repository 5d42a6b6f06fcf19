package dev.logveil.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of the shared channel contract, in framework-neutral terms: what an adapter test must log through its
 * framework. Built fluently: {@code ContractEvent.message("user {} logged in", "bob").context("k", "v")}.
 */
public final class ContractEvent {
    private final String pattern;
    private final Object[] arguments;
    private final Map<String, String> context = new LinkedHashMap<>();
    private final Map<String, Object> keyValues = new LinkedHashMap<>();
    private Throwable throwable;

    private ContractEvent(String pattern, Object[] arguments) {
        this.pattern = pattern;
        this.arguments = arguments.clone();
    }

    /** A message in SLF4J / Log4j2 parameterised form ({@code {}} placeholders) and its arguments. */
    public static ContractEvent message(String pattern, Object... arguments) {
        return new ContractEvent(pattern, arguments);
    }

    /** Adds an MDC / ThreadContext entry, set before logging and cleared after. */
    public ContractEvent context(String key, String value) {
        context.put(key, value);
        return this;
    }

    /** Adds a structured key-value pair (SLF4J 2 key-values; in Log4j2 a {@code MapMessage} entry). */
    public ContractEvent keyValue(String key, Object value) {
        keyValues.put(key, value);
        return this;
    }

    /** Attaches a throwable. */
    public ContractEvent throwable(Throwable throwable) {
        this.throwable = throwable;
        return this;
    }

    public String pattern() {
        return pattern;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, String> context() {
        return Map.copyOf(context);
    }

    public Map<String, Object> keyValues() {
        return new LinkedHashMap<>(keyValues);
    }

    public Throwable throwable() {
        return throwable;
    }

    /** The message with its arguments substituted, as both frameworks format it. */
    public String formattedMessage() {
        StringBuilder sb = new StringBuilder();
        int argument = 0;
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("{}", i) && argument < arguments.length) {
                sb.append(arguments[argument++]);
                i += 2;
            } else {
                sb.append(pattern.charAt(i++));
            }
        }
        return sb.toString();
    }
}
