package dev.logveil.log4j2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverContext;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverInterceptor;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverInterceptor;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * Makes every JsonTemplateLayout redact, with no change to its configuration: before the layout compiles its
 * template, each resolver that can carry log data ({@code message}, {@code mdc}, {@code map}, {@code ndc},
 * {@code exception}, {@code exceptionRootCause}, {@code pattern}) is wrapped in the {@code redact} resolver
 * ({@link RedactingResolverFactory}), with the default redaction options. This covers the templates Log4j2 ships
 * (ECS, Logstash, GELF, GCP, JsonLayout) and custom ones alike.
 *
 * <p>To turn it off, set the property {@value #ENABLED_PROPERTY} to {@code false}, as a system property or in
 * {@code log4j2.component.properties} (read through Log4j2's {@code PropertiesUtil}, when a layout is built); the
 * {@code redact} resolver stays available for custom templates.
 */
@Plugin(name = "RedactingResolverInterceptor", category = TemplateResolverInterceptor.CATEGORY)
public final class RedactingResolverInterceptor implements EventResolverInterceptor {
    /** The Log4j2 property that turns the automatic wrapping off when {@code false}. */
    public static final String ENABLED_PROPERTY = "logveil.jsonTemplateLayout.redact";

    private static final Set<String> CARRIERS =
        Set.of("message", "mdc", "map", "ndc", "exception", "exceptionRootCause", "pattern");
    private static final String RESOLVER_KEY = "$resolver";
    private static final RedactingResolverInterceptor INSTANCE = new RedactingResolverInterceptor();

    private RedactingResolverInterceptor() {
    }

    /** The interceptor, as Log4j2's plugin system asks for it. */
    @PluginFactory
    public static RedactingResolverInterceptor getInstance() {
        return INSTANCE;
    }

    @Override
    public Object processTemplateBeforeResolverInjection(EventResolverContext context, Object node) {
        if (!PropertiesUtil.getProperties().getBooleanProperty(ENABLED_PROPERTY, true)) {
            return node;
        }
        return wrapCarriers(node, null);
    }

    /** {@code node} with every carrier resolver in it wrapped; nodes inside a resolver's settings are left alone. */
    @SuppressWarnings("unchecked")
    static Object wrapCarriers(Object node, String field) {
        if (node instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) node;
            Object resolver = map.get(RESOLVER_KEY);
            if (resolver != null) {
                return CARRIERS.contains(resolver) ? RedactingResolverFactory.wrap(map, field) : node;
            }
            // A new map: the node may be immutable (another interceptor's singleton root).
            Map<String, Object> wrapped = new LinkedHashMap<>();
            map.forEach((key, value) -> wrapped.put(key, wrapCarriers(value, key)));
            return wrapped;
        }
        if (node instanceof List) {
            List<Object> list = (List<Object>) node;
            List<Object> wrapped = new ArrayList<>(list.size());
            for (Object item : list) {
                wrapped.add(wrapCarriers(item, field));
            }
            return wrapped;
        }
        return node;
    }
}
