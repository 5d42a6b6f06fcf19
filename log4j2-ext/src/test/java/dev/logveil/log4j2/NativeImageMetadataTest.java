package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.logveil.core.testing.NativeImageReflection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.junit.jupiter.api.Test;

/**
 * A GraalVM native image builds Log4j2 plugins by reflection only from the metadata Log4j2's {@code GraalVmProcessor}
 * writes at compile time: this module's jar must carry that file, and it must name every {@code @Plugin} class. The
 * plugin classes are found in this module's compiled classes, so a new plugin cannot be missed.
 */
class NativeImageMetadataTest {
    private static final String METADATA =
        "META-INF/native-image/log4j-generated/dev.logveil/logveil-log4j2/reflect-config.json";
    private static final String GRAALVM_PROCESSOR =
        "org.apache.logging.log4j.core.config.plugins.processor.GraalVmProcessor";

    @Test
    void theJarsReflectionMetadataNamesEveryPlugin() throws Exception {
        assumeTrue(log4jCoreHas(GRAALVM_PROCESSOR),
            "this Log4j2 line (before 2.25) has no GraalVmProcessor; the published jar is built on the default line");
        Path classes = NativeImageReflection.classesOf(RedactingPatternLayout.class);
        // Read from this module's main classes, which make its jar (compiling the tests writes another such file,
        // for the test plugins, into test-classes).
        Path metadata = classes.resolve(METADATA);
        assertThat(metadata).as("the jar's " + METADATA).isRegularFile();

        List<String> plugins = pluginClasses(classes);
        assertThat(plugins).as("the @Plugin classes found").hasSizeGreaterThanOrEqualTo(8)
            .contains(RedactingPatternLayout.class.getName(), RedactionRule.class.getName());
        assertThat(NativeImageReflection.entries(metadata).keySet()).containsAll(plugins);
    }

    private static boolean log4jCoreHas(String className) {
        try {
            Class.forName(className, false, Plugin.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<String> pluginClasses(Path classes) throws IOException, ClassNotFoundException {
        List<String> plugins = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                if (Class.forName(name, false, NativeImageMetadataTest.class.getClassLoader())
                    .isAnnotationPresent(Plugin.class)) {
                    plugins.add(name);
                }
            }
        }
        Collections.sort(plugins);
        return plugins;
    }
}
