package dev.logveil.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The configuration files quoted by README.md and the docs this module owns, and where each is quoted: a file under
 * {@code src/test/resources/docs/<folder>/} appears verbatim in the page its folder names.
 */
final class DocsFiles {

    /** Tests run in {@code examples/}; the repository root is its parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path CONFIGS = Path.of("src", "test", "resources", "docs");

    /** Folder of configuration files, and the page that quotes them. */
    static final Map<String, String> PAGES = Map.of(
        "readme", "README.md",
        "security", "docs/security.md",
        "migration", "docs/migration.md",
        "spring-boot", "docs/spring-boot.md");

    /** Another library's configuration, quoted as a "before": not loadable here, that library is not a dependency. */
    static final List<String> NOT_LOADABLE = List.of("migration/owasp-before.xml");

    private DocsFiles() {
    }

    /** Every configuration file, as a path relative to {@link #CONFIGS} with forward slashes, sorted. */
    static List<String> all() {
        try (Stream<Path> files = Files.walk(CONFIGS)) {
            return files.filter(p -> p.toString().endsWith(".xml")).map(p -> CONFIGS.relativize(p).toString()
                .replace('\\', '/')).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Logback configurations ({@code <configuration>}) that plain Joran loads. */
    static Stream<String> logback() {
        return all().stream().filter(f -> read(f).contains("<configuration")).filter(f -> !NOT_LOADABLE.contains(f))
            .filter(f -> !f.startsWith("spring-boot/"));
    }

    /** The Log4j2 configurations ({@code <Configuration>}) that plain Log4j2 loads. */
    static Stream<String> log4j2() {
        return all().stream().filter(f -> read(f).contains("<Configuration"))
            .filter(f -> !f.startsWith("spring-boot/"));
    }

    /** A "before" file of the migration guide: another library's configuration, which does not mask everything. */
    static boolean isBefore(String file) {
        return file.endsWith("-before.xml");
    }

    static String read(String file) {
        return readPath(CONFIGS.resolve(file));
    }

    static String readPath(Path path) {
        try {
            return Files.readString(path).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
