package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.spi.ContextAware;
import dev.logveil.core.testing.NativeImageReflection;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A GraalVM native image can build what a logback.xml names only if the jar's reachability metadata lets it call
 * those classes' constructors and setters by reflection. The classes Joran can instantiate are derived from this
 * module's compiled classes (every Logback {@code ContextAware} component, and the nested elements its setters and
 * adders take), so a component left out of {@code reflect-config.json} fails here, and so does a stale entry.
 */
class NativeImageMetadataTest {

    @Test
    void reflectConfigNamesExactlyTheClassesAConfigurationFileCanInstantiate() {
        Path classes = NativeImageReflection.classesOf(RedactingPatternLayoutEncoder.class);
        Path metadata = NativeImageReflection.metadataFile(classes, "logveil-logback");
        assertThat(metadata).isRegularFile();

        Set<String> configurable = NativeImageReflection.configurableClasses(classes, getClass().getClassLoader(),
            ContextAware.class::isAssignableFrom);
        assertThat(configurable).as("what users name in XML, as README.md and docs/ show it")
            .containsAll(NativeImageReflection.namedInDocs(Path.of(".."), "dev.logveil.logback"))
            .contains(RedactionRule.class.getName(), AdditionalField.class.getName());

        Map<String, Set<String>> entries = NativeImageReflection.entries(metadata);
        assertThat(entries.keySet()).containsExactlyElementsOf(configurable);
        entries.forEach((name, flags) -> assertThat(flags).as(name)
            .containsAll(NativeImageReflection.REQUIRED_FLAGS));
    }
}
