package dev.logveil.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compatibility matrix of {@code docs/index.md} cannot drift from the build: every version in it is the one a
 * pom property (or the profile its CI step selects) pins, every CI step it cites is in {@code .ci/run}, and every
 * profile {@code .ci/run} runs has a row.
 */
class CompatibilityMatrixTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern NEWEST_JAVA = Pattern.compile("(?m)^matrix_newest_java=(\\d+)$");
    /** The step of {@code .ci/run} that repeats the tests on the newest JDK. */
    private static final String NEWEST_JDK_STEP = "tests again on JDK";

    private final Pom root = Pom.of("");
    private final String ciScript = read(".ci/run");
    private final List<Row> matrix = matrix();

    /** One row: what Logveil runs on, the version, and the CI step that runs it. */
    record Row(String runsOn, String version, String ciStep) {
        /** The code spans of the CI step cell, each a piece of {@code .ci/run}. */
        List<String> ciFragments() {
            List<String> fragments = new ArrayList<>();
            Matcher code = CODE.matcher(ciStep);
            while (code.find()) {
                fragments.add(code.group(1));
            }
            return fragments;
        }
    }

    @Test
    void theMatrixCoversEveryFamilyTheIssueNames() {
        assertThat(matrix).extracting(Row::runsOn).anyMatch(s -> s.equals("Java")).anyMatch(s -> s.equals("Logback"))
            .anyMatch(s -> s.equals("Log4j2")).anyMatch(s -> s.startsWith("logstash-logback-encoder"))
            .anyMatch(s -> s.equals("Spring Boot")).anyMatch(s -> s.startsWith("OpenTelemetry"));
    }

    @Test
    void everyCiStepOfTheMatrixIsInTheCiScript() {
        for (Row row : matrix) {
            assertThat(row.ciFragments()).as("the CI step of %s", row).isNotEmpty();
            for (String fragment : row.ciFragments()) {
                assertThat(ciScript).as("the CI step of %s", row).contains(fragment);
            }
        }
    }

    @Test
    void everyProfileTheCiScriptRunsHasARow() {
        Set<String> ciProfiles = new HashSet<>();
        for (Pom pom : allPoms()) {
            for (String profile : pom.profiles().keySet()) {
                if (Pattern.compile("(?<![\\w.-])(-P)?" + Pattern.quote(profile) + "(?![\\w.-])").matcher(ciScript)
                    .find()) {
                    ciProfiles.add(profile);
                }
            }
        }
        assertThat(ciProfiles).contains("logback-1.6", "log4j2-oldest", "log4j2-newest", "spring-boot-4");
        for (String profile : ciProfiles) {
            assertThat(matrix).as("a row run by profile %s", profile)
                .anyMatch(row -> profileOf(row.ciStep()).equals(profile));
        }
    }

    @Test
    void everyVersionIsTheOneTheBuildPins() {
        Matcher newestJava = NEWEST_JAVA.matcher(ciScript);
        assertThat(newestJava.find()).as(".ci/run sets matrix_newest_java").isTrue();
        for (Row row : matrix) {
            if (row.runsOn().equals("Java")) {
                String expected = row.ciStep().contains(NEWEST_JDK_STEP) ? newestJava.group(1)
                    : root.properties().get("maven.compiler.release");
                assertThat(row.version()).as("%s", row).isEqualTo(expected);
            } else if (!profileOf(row.ciStep()).isEmpty()) {
                assertThat(profileValues(profileOf(row.ciStep()))).as("what profile %s pins, for %s",
                    profileOf(row.ciStep()), row).contains(row.version());
            } else {
                assertThat(defaultValues()).as("a version the default build pins, for %s", row)
                    .contains(row.version());
            }
        }
    }

    /** The id of the pom profile a CI step cell names, or "" for the default build. */
    private String profileOf(String ciStep) {
        for (Pom pom : allPoms()) {
            for (String profile : pom.profiles().keySet()) {
                if (ciStep.contains("`-P" + profile + "`") || ciStep.contains("`" + profile + "`")) {
                    return profile;
                }
            }
        }
        return "";
    }

    /** The resolved values of the properties a profile sets. */
    private Set<String> profileValues(String profile) {
        Set<String> values = new HashSet<>();
        for (Pom pom : allPoms()) {
            Map<String, String> properties = propertiesOf(pom);
            pom.profiles().getOrDefault(profile, Map.of()).values()
                .forEach(value -> values.add(Pom.resolve(value, properties)));
        }
        return values;
    }

    /** The resolved values of every property of the root pom and the modules' poms, outside profiles. */
    private Set<String> defaultValues() {
        Set<String> values = new HashSet<>();
        for (Pom pom : allPoms()) {
            Map<String, String> properties = propertiesOf(pom);
            properties.values().forEach(value -> values.add(Pom.resolve(value, properties)));
        }
        return values;
    }

    /** A module's properties over the root pom's, as Maven's inheritance gives them. */
    private Map<String, String> propertiesOf(Pom pom) {
        Map<String, String> properties = new HashMap<>(root.properties());
        properties.putAll(pom.properties());
        properties.put("project.version", root.version());
        return properties;
    }

    private List<Pom> allPoms() {
        List<Pom> poms = new ArrayList<>(List.of(root));
        root.modules().forEach(module -> poms.add(Pom.of(module)));
        return poms;
    }

    private static List<Row> matrix() {
        String index = read("docs/index.md");
        int section = index.indexOf("\n## Compatibility\n");
        assertThat(section).as("docs/index.md has a Compatibility section").isNotNegative();
        String header = "| runs on | version | CI step of `.ci/run` |\n|---|---|---|\n";
        int table = index.indexOf(header, section);
        assertThat(table).as("the matrix table").isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (String line : index.substring(table + header.length()).split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            assertThat(cells).as(line).hasSize(3);
            rows.add(new Row(CODE.matcher(cells[0].strip()).replaceAll("").replace("()", "").strip(),
                cells[1].strip(), cells[2].strip()));
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        return rows;
    }

    private static String read(String file) {
        try {
            return Files.readString(Pom.ROOT.resolve(file)).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
