package dev.logveil.log4j2;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverContext;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverFactory;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolver;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverConfig;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverFactory;

/**
 * The {@code redact} resolver of JsonTemplateLayout: it runs another resolver, named by {@code resolver}, with the
 * rest of its own object as that resolver's configuration, and redacts what it wrote. In a custom template:
 *
 * <pre>{@code
 * "message": {"$resolver": "redact", "resolver": "message", "stringified": true},
 * "api_key": {"$resolver": "redact", "resolver": "mdc", "key": "api_key"}
 * }</pre>
 *
 * <p>Optional settings, in the vocabulary of every Logveil component: {@code mask}, {@code fingerprint},
 * {@code sensitiveKeys}, {@code nonSensitiveKeys}, {@code disable}, {@code enable}; {@code redactField} names the
 * template field the value is written under (the {@link RedactingResolverInterceptor} sets it). When
 * {@code redactField}, or the {@code key} of an {@code mdc} or {@code map} resolver, is a sensitive key name, the
 * value is masked whole.
 */
@Plugin(name = "RedactingResolverFactory", category = TemplateResolverFactory.CATEGORY)
public final class RedactingResolverFactory implements EventResolverFactory {
    /** The resolver's name in templates. */
    public static final String NAME = "redact";
    /** The setting that names the wrapped resolver. */
    public static final String RESOLVER = "resolver";
    /** The setting that names the template field the value is written under. */
    public static final String FIELD = "redactField";

    private static final String ELEMENT = "JsonTemplateLayout resolver 'redact'";
    private static final RedactingResolverFactory INSTANCE = new RedactingResolverFactory();

    private RedactingResolverFactory() {
    }

    /** The factory, as Log4j2's plugin system asks for it. */
    @PluginFactory
    public static RedactingResolverFactory getInstance() {
        return INSTANCE;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public TemplateResolver<LogEvent> create(EventResolverContext context, TemplateResolverConfig config) {
        String wrappedName = config.getString(RESOLVER);
        EventResolverFactory wrapped = wrappedName == null ? null : context.getResolverFactoryByName().get(wrappedName);
        if (wrapped == null || wrapped == this) {
            // A template error, like JsonTemplateLayout's own "unknown resolver": the layout cannot be built.
            throw new IllegalArgumentException(ELEMENT + ": unknown or missing resolver '" + wrappedName
                + "' in " + config);
        }
        Redactor redactor = redactor(config);
        String key = "mdc".equals(wrappedName) || "map".equals(wrappedName) ? config.getString("key") : null;
        boolean maskWhole = redactor.isSensitiveKey(config.getString(FIELD)) || redactor.isSensitiveKey(key);
        // The wrapped resolver gets this object as its configuration: the resolvers read the settings they know.
        return new RedactingResolver(wrapped.create(context, config), redactor, maskWhole,
            RedactingResolver.Carrier.of(wrappedName));
    }

    /** The redactor of the resolver's own options, those of {@link Component#LOG4J2_TEMPLATE_RESOLVER}. */
    private static Redactor redactor(TemplateResolverConfig config) {
        RedactorConfig redactorConfig = new RedactorConfig();
        boolean any = false;
        for (Option option : Component.LOG4J2_TEMPLATE_RESOLVER.options()) {
            String name = option.optionName();
            if (config.exists(name)) {
                any = true;
                Object value = config.getObject(name);
                redactorConfig.apply(name, value == null ? null : value.toString(),
                    problem -> PluginStatus.configurationError(ELEMENT, problem));
            }
        }
        return any ? PluginStatus.buildRedactor(ELEMENT, redactorConfig) : Redactor.defaults();
    }

    /** The configuration map of a {@code redact} node wrapping {@code node} (a resolver node) under {@code field}. */
    static Map<String, Object> wrap(Map<String, Object> node, String field) {
        Map<String, Object> wrapped = new LinkedHashMap<>(node);
        wrapped.put(RESOLVER, node.get("$resolver"));
        wrapped.put("$resolver", NAME);
        if (field != null) {
            wrapped.put(FIELD, field);
        }
        return wrapped;
    }
}
