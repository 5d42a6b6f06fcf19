package dev.logveil.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a build tool consumes: the BOM lists exactly the modules that are published, stands alone (it hands its
 * importers no third-party versions) on the reactor's version and metadata, and is what the build itself takes
 * Logveil's versions from; every published module names and describes itself; the version is a release, and the
 * changelog and the docs show it.
 */
class ReleaseArtifactsTest {
    private static final String BOM_MODULE = "bom";
    private final Pom root = Pom.of("");
    private final Pom bom = Pom.of(BOM_MODULE);

    @Test
    void theBomManagesExactlyThePublishedModulesAtTheProjectVersion() {
        List<String> published = publishedModules().stream().map(module -> "dev.logveil:" + module.artifactId()
            + ":${project.version}").toList();
        assertThat(published).hasSizeGreaterThanOrEqualTo(7).contains("dev.logveil:logveil-core:${project.version}",
            "dev.logveil:logveil-spring-boot-starter:${project.version}");
        assertThat(bom.managedDependencies()).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void theBomHasNoParentButTheReactorsVersionAndMetadata() {
        assertThat(root.modules()).contains(BOM_MODULE);
        assertThat(bom.hasParent()).as("a parent would hand importers its third-party versions").isFalse();
        assertThat(bom.artifactId()).isEqualTo("logveil-bom");
        assertThat(bom.text("packaging")).hasValue("pom");
        assertThat(bom.version()).isEqualTo(root.version());
        for (String metadata : List.of("url", "licenses", "developers", "scm", "issueManagement", "inceptionYear")) {
            assertThat(root.text(metadata)).as("the root pom's <%s>", metadata).isPresent();
            assertThat(bom.text(metadata)).as(metadata).isEqualTo(root.text(metadata));
        }
    }

    @Test
    void theBuildTakesLogveilsOwnVersionsFromTheBom() {
        assertThat(root.managedDependencies()).contains("dev.logveil:logveil-bom:${project.version}")
            .filteredOn(managed -> managed.startsWith("dev.logveil:"))
            .as("besides the BOM, only the core's test-jar (the shared adapter contract) is managed by the parent")
            .containsExactly("dev.logveil:logveil-bom:${project.version}",
                "dev.logveil:logveil-core:${project.version}");
    }

    @Test
    void everyPublishedModuleNamesAndDescribesItself() {
        for (Pom module : publishedModules()) {
            assertThat(module.text("name")).as("%s <name>", module).isPresent().isNotEqualTo(root.text("name"));
            assertThat(module.text("description")).as("%s <description>", module).isPresent()
                .isNotEqualTo(root.text("description"));
            assertThat(module.version()).as("%s version", module).isEqualTo(root.version());
        }
    }

    @Test
    void theVersionIsAReleaseThatTheChangelogAndTheDocsShow() throws IOException {
        String version = root.version();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(read("CHANGELOG.md")).contains("## [" + version + "]");
        assertThat(read("docs/index.md")).contains("The current version is `" + version + "`")
            .contains("<artifactId>logveil-bom</artifactId>\n      <version>" + version + "</version>");
        assertThat(read("docs/opentelemetry.md")).contains("logveil-opentelemetry-" + version
            + "-agent-extension.jar");
        assertThat(read("LICENSE")).contains("Apache License", "Version 2.0");
        try (Stream<Path> pages = Files.list(Pom.ROOT.resolve("docs"))) {
            List<Path> all = new ArrayList<>(pages.filter(page -> page.toString().endsWith(".md")).toList());
            all.add(Pom.ROOT.resolve("README.md"));
            for (Path page : all) {
                assertThat(Files.readString(page)).as("%s names no snapshot", page).doesNotContain("-SNAPSHOT");
            }
        }
    }

    /** The reactor's modules that are deployed: all but the BOM itself and those that skip deployment. */
    private List<Pom> publishedModules() {
        return root.modules().stream().filter(module -> !module.equals(BOM_MODULE)).map(Pom::of)
            .filter(module -> !"true".equals(module.properties().get("maven.deploy.skip"))).toList();
    }

    private static String read(String file) throws IOException {
        return Files.readString(Pom.ROOT.resolve(file)).replace("\r\n", "\n");
    }
}
