package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is optional: an application without it still gets a working anomaly appender. The test runs a real
 * error spike through Logback and Logveil loaded afresh from this module's test class path minus the Micrometer jar,
 * in a class loader whose parent is the platform loader, so nothing can reach the Micrometer this suite otherwise
 * has (its meter tests need it).
 */
class AnomalyWithoutMicrometerTest {
    private static final String MICROMETER_CLASS = "io.micrometer.core.instrument.Metrics";

    @Test
    void theAppenderAlertsAndReportsNothingWhenMicrometerIsAbsent() throws Exception {
        try (URLClassLoader application = classPathWithoutMicrometer()) {
            assertThat(Class.forName(MICROMETER_CLASS, false, getClass().getClassLoader()))
                .as("the suite's own class path has Micrometer, so the isolation below is what the test checks")
                .isNotNull();
            assertThatThrownBy(() -> Class.forName(MICROMETER_CLASS, false, application))
                .isInstanceOf(ClassNotFoundException.class);

            Class<?> scenario = application.loadClass(AnomalyWithoutMicrometerScenario.class.getName());
            assertThat(scenario.getClassLoader()).isSameAs(application);
            @SuppressWarnings("unchecked")
            Supplier<List<String>> run = (Supplier<List<String>>) scenario.getConstructor().newInstance();

            assertThat(run.get()).singleElement().asString()
                .startsWith("error-rate anomaly firing: 40 errors in 1m (0.67/s), expected 0.0, z=40.0;"
                    + " top loggers: com.acme.Api=40; top exceptions: java.net.ConnectException=40");
        }
    }

    private static URLClassLoader classPathWithoutMicrometer() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!path.getFileName().toString().startsWith("micrometer-")) {
                urls.add(path.toUri().toURL());
            }
        }
        return new URLClassLoader("without-micrometer", urls.toArray(URL[]::new),
            ClassLoader.getPlatformClassLoader());
    }
}
