package dev.logveil.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md and the pages this module owns quote only tested files and compiled code: every configuration file is
 * quoted whole in its page, every XML configuration in a page is one of those files, every Java block is a
 * {@code // tag::} region of a compiled class, and every relative link points at a file that exists.
 */
class DocsQuoteTest {

    private static final Pattern REGION = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n[ ]*// end::\\1\\[]",
        Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Path SNIPPETS = Path.of("src", "main", "java", "dev", "logveil", "examples", "docs");

    /** Each class of compiled snippets, and the page that quotes it. */
    private static final Map<String, String> SNIPPET_PAGES = Map.of(
        "SecurityExamples.java", "docs/security.md",
        "MigrationExamples.java", "docs/migration.md",
        "ApiExamples.java", "docs/api.md");

    /** The pages this module owns. */
    private static final List<String> PAGES = List.of("README.md", "docs/index.md", "docs/security.md",
        "docs/migration.md", "docs/spring-boot.md", "docs/api.md");

    @Test
    void everyConfigurationFileIsQuotedWholeInItsPage() {
        List<String> files = DocsFiles.all();
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        for (String file : files) {
            String page = DocsFiles.PAGES.get(file.substring(0, file.indexOf('/')));
            assertThat(page).as("the page of %s", file).isNotNull();
            assertThat(page(page)).as("%s quotes %s whole", page, file).contains("```xml\n" + DocsFiles.read(file)
                + "```");
        }
    }

    @Test
    void everyXmlConfigurationInThePagesIsATestedFile() {
        List<String> tested = DocsFiles.all().stream().map(DocsFiles::read).collect(Collectors.toList());
        for (String page : PAGES) {
            for (String block : fencedBlocks(page, "xml")) {
                if (block.contains("<configuration") || block.contains("<Configuration")) {
                    assertThat(tested).as("an XML configuration in %s:%n%s", page, block).contains(block);
                }
            }
        }
    }

    @Test
    void everyJavaBlockIsACompiledRegionQuotedInItsPage() throws IOException {
        List<String> regions = new ArrayList<>();
        try (Stream<Path> sources = Files.list(SNIPPETS)) {
            for (Path source : sources.filter(p -> SNIPPET_PAGES.containsKey(p.getFileName().toString()))
                .sorted().collect(Collectors.toList())) {
                String page = SNIPPET_PAGES.get(source.getFileName().toString());
                Matcher region = REGION.matcher(DocsFiles.readPath(source));
                while (region.find()) {
                    String code = dedent(region.group(2));
                    regions.add(code + "\n");
                    assertThat(page(page)).as("%s quotes %s of %s", page, region.group(1), source.getFileName())
                        .contains("```java\n" + code + "\n```");
                }
            }
        }
        assertThat(regions).hasSize(5);
        for (String page : PAGES) {
            for (String block : fencedBlocks(page, "java")) {
                assertThat(regions).as("a Java block of %s is compiled code:%n%s", page, block).contains(block);
            }
        }
    }

    @Test
    void relativeLinksPointAtFilesThatExist() {
        for (String page : PAGES) {
            Path directory = DocsFiles.ROOT.resolve(page).getParent();
            Matcher link = LINK.matcher(page(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http") || target.startsWith("#")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                assertThat(directory.resolve(file)).as("%s links to %s", page, target).exists();
            }
        }
    }

    @Test
    void theReadmeLinksToEveryGuide() {
        assertThat(page("README.md")).contains("(docs/index.md)", "(docs/logback.md)", "(docs/log4j2.md)",
            "(docs/redaction.md)", "(docs/key-id.md)", "(docs/anomaly.md)", "(docs/security.md)",
            "(docs/migration.md)", "(docs/spring-boot.md)", "(docs/benchmarks.md)");
    }

    private static List<String> fencedBlocks(String page, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(page(page));
        while (fence.find()) {
            if (fence.group(1).equals(language)) {
                blocks.add(fence.group(2));
            }
        }
        return blocks;
    }

    private static String page(String page) {
        return DocsFiles.readPath(DocsFiles.ROOT.resolve(page));
    }

    private static String dedent(String block) {
        String[] lines = block.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
