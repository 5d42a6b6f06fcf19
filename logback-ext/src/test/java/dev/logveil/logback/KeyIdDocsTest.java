package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/key-id.md quotes compiled code and tested XML: every {@code // tag::name[]} region of the key-id examples and
 * both example XML files appear in it verbatim, so the guide cannot drift from what is built and tested.
 */
class KeyIdDocsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent(); // tests run in logback-ext/
    private static final Pattern REGION = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n[ ]*// end::\\1\\[]",
        Pattern.DOTALL);

    @Test
    void everyTaggedExampleRegionIsQuotedVerbatim() throws IOException {
        String guide = read(ROOT.resolve("docs/key-id.md"));
        List<String> regions = new ArrayList<>();
        try (Stream<Path> sources = Files.list(ROOT.resolve("examples/src/main/java/dev/logveil/examples/keyid"))) {
            for (Path source : sources.sorted().collect(Collectors.toList())) {
                Matcher region = REGION.matcher(read(source));
                while (region.find()) {
                    regions.add(region.group(1));
                    assertThat(guide).as("docs/key-id.md quotes %s of %s", region.group(1), source.getFileName())
                        .contains("```java\n" + dedent(region.group(2)) + "\n```");
                }
            }
        }
        assertThat(regions).containsExactlyInAnyOrder("servlet", "spring", "jdk-server", "jdk-handler");
    }

    @Test
    void theExampleXmlFilesAreQuotedWhole() throws IOException {
        String guide = read(ROOT.resolve("docs/key-id.md"));

        assertThat(guide).contains("```xml\n" + read(
            ROOT.resolve("logback-ext/src/test/resources/keyid/logback-key-id-example.xml")) + "```");
        assertThat(guide).contains("```xml\n" + read(
            ROOT.resolve("log4j2-ext/src/test/resources/keyid/log4j2-key-id-example.xml")) + "```");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).replace("\r\n", "\n");
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
