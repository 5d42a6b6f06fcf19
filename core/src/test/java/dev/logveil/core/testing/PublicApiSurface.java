package dev.logveil.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of one module, read from its compiled classes: every public top-level type outside an
 * {@code internal} package, and every public or protected member type of such a type. Also finds the places where
 * that API lets a type out that is not part of it (an {@code internal} type, or one not public).
 *
 * <p>The module is named by one of its classes: the classes scanned are those of the directory or jar that class was
 * loaded from, so a test run sees exactly the module it belongs to.
 */
public final class PublicApiSurface {
    private final List<Class<?>> apiTypes;

    private PublicApiSurface(List<Class<?>> apiTypes) {
        this.apiTypes = apiTypes;
    }

    /** The public API of the module {@code anyClassOfTheModule} was compiled into. */
    public static PublicApiSurface ofModuleOf(Class<?> anyClassOfTheModule) {
        ClassLoader loader = anyClassOfTheModule.getClassLoader();
        List<Class<?>> api = new ArrayList<>();
        for (String name : classNames(location(anyClassOfTheModule))) {
            Class<?> type = load(name, loader);
            if (!type.isMemberClass() && !type.isAnonymousClass() && !type.isLocalClass() && isApi(type)) {
                addWithMembers(type, api);
            }
        }
        api.sort((a, b) -> a.getName().compareTo(b.getName()));
        return new PublicApiSurface(List.copyOf(api));
    }

    /** The API surface made of {@code apiTypes} exactly, for a test of the scanner itself. */
    static PublicApiSurface of(List<Class<?>> apiTypes) {
        return new PublicApiSurface(List.copyOf(apiTypes));
    }

    /** Whether {@code type}'s package is internal: {@code ….internal} or below it. */
    public static boolean isInternal(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    /** The API types' names, in the source spelling ({@code a.b.Outer.Inner}), sorted. */
    public Set<String> typeNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : apiTypes) {
            names.add(type.getCanonicalName());
        }
        return names;
    }

    /**
     * Every public or protected signature of an API type that mentions a type outside the API, one line each:
     * a supertype, a field, a constructor's or method's parameter, return, exception or type-parameter bound that is
     * internal or not public. Such a signature would make the internal type part of the promise after all.
     */
    public List<String> leaks() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : apiTypes) {
            // A package-private supertype is fine (its public members are simply inherited); an internal one is not.
            checkInternal(type.getCanonicalName() + " extends", type.getGenericSuperclass(), leaks);
            for (Type face : type.getGenericInterfaces()) {
                checkInternal(type.getCanonicalName() + " implements", face, leaks);
            }
            for (TypeVariable<?> variable : type.getTypeParameters()) {
                checkAll(type.getCanonicalName() + " type parameter " + variable, variable.getBounds(), leaks);
            }
            for (Field field : type.getDeclaredFields()) {
                if (isVisible(field)) {
                    check(where(type, field.getName()), field.getGenericType(), leaks);
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                checkExecutable(type, constructor, "<init>", leaks);
            }
            for (Method method : type.getDeclaredMethods()) {
                checkExecutable(type, method, method.getName(), leaks);
                if (isVisible(method)) {
                    check(where(type, method.getName()) + " returns", method.getGenericReturnType(), leaks);
                }
            }
        }
        return leaks;
    }

    private static void checkExecutable(Class<?> type, Executable executable, String name, List<String> leaks) {
        if (!isVisible(executable)) {
            return;
        }
        String where = where(type, name);
        checkAll(where + " parameter", executable.getGenericParameterTypes(), leaks);
        checkAll(where + " throws", executable.getGenericExceptionTypes(), leaks);
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
            checkAll(where + " type parameter " + variable, variable.getBounds(), leaks);
        }
    }

    private static String where(Class<?> type, String member) {
        return type.getCanonicalName() + "#" + member;
    }

    private static void checkAll(String where, Type[] types, List<String> leaks) {
        for (Type type : types) {
            check(where, type, leaks);
        }
    }

    private static void check(String where, Type type, List<String> leaks) {
        for (Class<?> used : mentioned(type)) {
            if (isInternal(used)) {
                leaks.add(where + ": internal type " + used.getName());
            } else if (!Modifier.isPublic(used.getModifiers())) {
                leaks.add(where + ": non-public type " + used.getName());
            }
        }
    }

    private static void checkInternal(String where, Type type, List<String> leaks) {
        for (Class<?> used : mentioned(type)) {
            if (isInternal(used)) {
                leaks.add(where + ": internal type " + used.getName());
            }
        }
    }

    private static Set<Class<?>> mentioned(Type type) {
        Set<Class<?>> mentioned = new HashSet<>();
        collect(type, mentioned, new HashSet<>());
        return mentioned;
    }

    /** Every class a generic type mentions: its raw class, type arguments, bounds and array components. */
    private static void collect(Type type, Set<Class<?>> into, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> raw) {
            Class<?> element = raw;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (!element.isPrimitive()) {
                into.add(element);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), into, seen);
            collect(parameterized.getOwnerType(), into, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, into, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, into, seen);
            }
            for (Type bound : wildcard.getLowerBounds()) {
                collect(bound, into, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), into, seen);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                collect(bound, into, seen);
            }
        }
    }

    private static boolean isApi(Class<?> topLevel) {
        return Modifier.isPublic(topLevel.getModifiers()) && !isInternal(topLevel) && !topLevel.isSynthetic();
    }

    private static void addWithMembers(Class<?> type, List<Class<?>> api) {
        api.add(type);
        for (Class<?> member : type.getDeclaredClasses()) {
            if (isVisible(member.getModifiers()) && !member.isSynthetic()) {
                addWithMembers(member, api);
            }
        }
    }

    private static boolean isVisible(Member member) {
        return !member.isSynthetic() && isVisible(member.getModifiers());
    }

    /** Public, or protected: a subclass outside the package sees it too. */
    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
        }
    }

    /** The binary names of the classes in a class directory or jar ({@code package-info} and the like aside). */
    private static List<String> classNames(Path location) {
        try {
            if (Files.isDirectory(location)) {
                return classNamesUnder(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classNamesUnder(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes in " + location, e);
        }
    }

    private static List<String> classNamesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                .map(Path::toString)
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.endsWith("package-info.class") && !name.endsWith("module-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()))
                .map(name -> name.replace('\\', '.').replace('/', '.'))
                .sorted()
                .toList();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name + " to judge whether it is API: " + e, e);
        }
    }
}
