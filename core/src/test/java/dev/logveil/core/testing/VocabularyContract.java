package dev.logveil.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.options.AnomalyOption;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.JsonOption;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.options.RedactionOption;
import java.beans.Introspector;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds a component to the option vocabulary: the names it exposes (read by reflection, the way its framework finds
 * them) must each be an option {@link Component} lists for it, or one of its framework's own names; and each option
 * listed for it must be exposed under its name or an alias. Each adapter's test calls {@link #check} for each of
 * its components; the readers below know the frameworks' idioms without depending on them.
 */
public final class VocabularyContract {
    private static final String PACKAGE = "dev.logveil.";

    private VocabularyContract() {
    }

    /** Fails, listing the differences, unless {@code exposed} is exactly the vocabulary of {@code component}. */
    public static void check(Component component, Collection<String> exposed) {
        Set<String> unknown = new TreeSet<>();
        for (String name : exposed) {
            if (component.option(name) == null && !component.isOwnName(name)) {
                unknown.add(name);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Option option : component.options()) {
            if (exposed.stream().noneMatch(option::answersTo)) {
                missing.add(option.optionName());
            }
        }
        assertThat(unknown).as(component + " exposes names outside the vocabulary (Component lists "
            + component.optionNames() + " and own names " + component.ownNames() + ")").isEmpty();
        assertThat(missing).as(component + " lacks vocabulary options (it exposes " + exposed + ")").isEmpty();
    }

    /**
     * A Logback (Joran) component's names: its public {@code setX}/{@code addX} methods of one argument, as Joran
     * maps {@code <x>} elements to them, declared by Logveil's classes in its hierarchy (the framework's own
     * setters, such as {@code setContext} or {@code setPattern}, are Logback's business).
     */
    public static List<String> beanNames(Class<?> component) {
        List<String> names = new ArrayList<>();
        for (Class<?> type = component; type != null && type.getName().startsWith(PACKAGE);
             type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                String name = method.getName();
                boolean setter = (name.startsWith("set") || name.startsWith("add")) && name.length() > 3;
                if (setter && Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1
                    && !method.isSynthetic() && !method.isBridge()) {
                    String property = Introspector.decapitalize(name.substring(3));
                    if (!names.contains(property)) {
                        names.add(property);
                    }
                }
            }
        }
        return names;
    }

    /**
     * A Log4j2 plugin builder's names: the fields annotated {@code @PluginBuilderAttribute}, {@code @PluginAttribute}
     * or {@code @PluginElement} (the annotation's value, else the field's name), in its hierarchy, stopping at the
     * first class that is not Logveil's.
     */
    public static List<String> pluginNames(Class<?> builder) {
        List<String> names = new ArrayList<>();
        for (Class<?> type = builder; type != null && type.getName().startsWith(PACKAGE);
             type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                for (Annotation annotation : field.getAnnotations()) {
                    String kind = annotation.annotationType().getSimpleName();
                    if (kind.equals("PluginBuilderAttribute") || kind.equals("PluginAttribute")
                        || kind.equals("PluginElement")) {
                        String value = annotationValue(annotation);
                        names.add(value == null || value.isEmpty() ? field.getName() : value);
                    }
                }
            }
        }
        return names;
    }

    /** A valid value of {@code option} as text, as {@code %redact} options and properties write it. */
    public static String sampleValue(Option option) {
        if (option == RedactionOption.DISABLE) {
            return "jwt";
        }
        if (option == RedactionOption.ENABLE) {
            return "email";
        }
        if (option == RedactionOption.NON_SENSITIVE_KEYS) {
            return "monkey_token";
        }
        if (option == RedactionOption.RULE) {
            return "ticket=tk_[0-9]+";
        }
        if (option == AnomalyOption.BASELINE) {
            return "1h";
        }
        if (option == JsonOption.ADDITIONAL_FIELD || option == JsonOption.ADDITIONAL_FIELDS) {
            return "service=checkout";
        }
        return switch (option.type()) {
            case ON_OFF -> "true";
            case COMMA_LIST -> "alpha, beta";
            case DURATION -> "2m";
            case WHOLE_NUMBER -> "3";
            case DECIMAL -> "3.5";
            case LEVEL -> "WARN";
            default -> option.defaultValue().isEmpty() ? "value" : option.defaultValue();
        };
    }

    private static String annotationValue(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + annotation, e);
        }
    }
}
