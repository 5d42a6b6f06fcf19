package dev.logveil.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds a module's public API to a committed list, so that a type becomes (or stops being) supported only on purpose,
 * checks that no supported signature lets an {@code internal} type out, and that every package says what it is for.
 *
 * <p>A module's test extends this class, names one of the module's classes, and commits the list as
 * {@code src/test/resources/<the test's package>/public-api.txt}: one type per line in source spelling
 * ({@code dev.logveil.log4j2.RedactionRule.Builder}), {@code #} starting a comment. What counts as API and what
 * {@code internal} means is written down in {@code docs/api.md}.
 */
public abstract class PublicApiContract {
    private static final String LIST = "public-api.txt";

    /** Any class of the module under test; the module's classes are found where this one was loaded from. */
    protected abstract Class<?> anyClassOfTheModule();

    @Test
    public void thePublicTypesAreExactlyTheCommittedList() {
        Set<String> listed = committedList();
        Set<String> actual = PublicApiSurface.ofModuleOf(anyClassOfTheModule()).typeNames();
        Set<String> added = new TreeSet<>(actual);
        added.removeAll(listed);
        Set<String> removed = new TreeSet<>(listed);
        removed.removeAll(actual);
        if (!added.isEmpty() || !removed.isEmpty()) {
            fail("The public API of the module changed.%n"
                + "  public but not listed: %s%n"
                + "  listed but no longer public: %s%n"
                + "If the change is deliberate, update %s (one type per line) and docs/api.md; otherwise make the "
                + "type package-private or move it to an internal package (no compatibility promise there).",
                added, removed, listPath());
        }
    }

    @Test
    public void noSupportedSignatureExposesATypeOutsideTheApi() {
        assertThat(PublicApiSurface.ofModuleOf(anyClassOfTheModule()).leaks())
            .as("public or protected signatures of API types that name an internal or non-public type: make the "
                + "member package-private, or keep the type it names in the API")
            .isEmpty();
    }

    @Test
    public void theListNamesNoInternalType() {
        assertThat(committedList()).as(listPath()).noneMatch(name -> name.contains(".internal."));
    }

    /** docs/api.md, the page that says what is supported, names every listed type (nested ones by their outer type). */
    @Test
    public void theApiPageNamesEveryListedType() throws IOException {
        Path page = Path.of("..", "docs", "api.md");
        assertThat(page).as("docs/api.md, from the module's directory").exists();
        String text = Files.readString(page);
        for (String name : committedList()) {
            String topLevel = topLevelSimpleName(name);
            assertThat(text).as("docs/api.md names %s, listed in %s", name, listPath()).contains("`" + topLevel + "`");
        }
    }

    private static String topLevelSimpleName(String name) {
        for (String part : name.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                return part;
            }
        }
        return name;
    }

    /**
     * Every package of the module says in its {@code package-info.java} what it is for, and an internal package that
     * it carries no compatibility promise. Read from the sources, which the test runs beside (Maven runs each module's
     * tests in the module's directory).
     */
    @Test
    public void everyPackageSaysWhatItIsForAndInternalOnesThatTheyAreNotApi() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).as("the module's sources, from its directory").isDirectory();
        List<Path> packages;
        try (Stream<Path> files = Files.walk(sources)) {
            packages = files.filter(file -> file.toString().endsWith(".java"))
                .map(Path::getParent)
                .distinct()
                .sorted()
                .toList();
        }
        for (Path pkg : packages) {
            Path info = pkg.resolve("package-info.java");
            assertThat(info).as("the package-info of %s", sources.relativize(pkg)).exists();
            if (sources.relativize(pkg).toString().replace('\\', '/').matches("(.+/)?internal(/.+)?")) {
                assertThat(Files.readString(info)).as("%s says it is not API", info)
                    .contains("no compatibility promise");
            }
        }
    }

    private Set<String> committedList() {
        InputStream in = getClass().getResourceAsStream(LIST);
        if (in == null) {
            return fail("No %s: commit the module's public types there, one per line.", listPath());
        }
        Set<String> names = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return fail("cannot read " + listPath(), e);
        }
        return names;
    }

    private String listPath() {
        return "src/test/resources/" + getClass().getPackageName().replace('.', '/') + "/" + LIST;
    }
}
