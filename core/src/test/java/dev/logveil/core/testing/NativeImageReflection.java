package dev.logveil.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's hand-written GraalVM reachability metadata ({@code META-INF/native-image/dev.logveil/<artifactId>/
 * reflect-config.json}) and the classes it must name: those a framework instantiates by name from an XML
 * configuration, found in the module's compiled classes rather than listed by hand, so a new component cannot be
 * left out. A native image can call a class's constructors and setters by reflection only if this file names it.
 */
public final class NativeImageReflection {
    /** The registrations each entry needs: the no-argument constructor and every setter and adder. */
    public static final Set<String> REQUIRED_FLAGS = Set.of("allPublicConstructors", "allPublicMethods");

    private NativeImageReflection() {
    }

    /** The metadata file of an artifact, inside the compiled classes that make its jar. */
    public static Path metadataFile(Path classes, String artifactId) {
        return classes.resolve("META-INF/native-image/dev.logveil/" + artifactId + "/reflect-config.json");
    }

    /** The directory of compiled classes (the future jar) that holds {@code anchor}. */
    public static Path classesOf(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each entry's class name, with the names of its flags that are {@code true}. */
    public static Map<String, Set<String>> entries(Path metadata) {
        Map<String, Set<String>> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(metadata); JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(metadata + " is not a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String name = null;
                Set<String> flags = new TreeSet<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("name")) {
                        name = parser.getText();
                    } else if (value == JsonToken.VALUE_TRUE) {
                        flags.add(field);
                    } else {
                        parser.skipChildren();
                    }
                }
                if (name == null || entries.put(name, flags) != null) {
                    throw new IllegalArgumentException(metadata + ": an entry without a name, or a name twice: "
                        + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * The classes under {@code classes} that a configuration file can make the framework instantiate: every public,
     * concrete, top-level class with a public no-argument constructor that {@code component} accepts (an appender,
     * encoder, layout, converter...), and then, transitively, the concrete types of this module that their public
     * one-argument {@code set...}/{@code add...} methods take (nested elements such as {@code <rule>}).
     */
    public static Set<String> configurableClasses(Path classes, ClassLoader loader, Predicate<Class<?>> component) {
        Set<String> found = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (String name : classNames(classes)) {
            Class<?> type = load(name, loader);
            if (isInstantiable(type) && type.getEnclosingClass() == null && component.test(type)) {
                pending.add(type);
            }
        }
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (!found.add(type.getName())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                boolean property = method.getName().startsWith("set") || method.getName().startsWith("add");
                if (property && method.getParameterCount() == 1) {
                    Class<?> nested = method.getParameterTypes()[0];
                    if (isInstantiable(nested) && nested.getProtectionDomain().getCodeSource() != null
                        && classes.equals(classesOf(nested))) {
                        pending.add(nested);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The classes of {@code packageName} (not of its sub-packages) that README.md and docs/ name in a
     * {@code class="..."} or {@code converterClass="..."} attribute: what users are told to write.
     */
    public static Set<String> namedInDocs(Path repositoryRoot, String packageName) {
        Pattern named = Pattern.compile("(?:class|converterClass)=\"(" + Pattern.quote(packageName)
            + "\\.[A-Z]\\w*)\"");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> pages = Stream.concat(Stream.of(repositoryRoot.resolve("README.md")),
            Files.list(repositoryRoot.resolve("docs")).filter(page -> page.toString().endsWith(".md")))) {
            for (Path page : (Iterable<Path>) pages::iterator) {
                Matcher matcher = named.matcher(Files.readString(page));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean isInstantiable(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum()
            || !Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Set<String> classNames(Path classes) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("META-INF/") && !relative.endsWith("package-info.class")
                    && !relative.endsWith("module-info.class")) {
                    names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
