package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * An application whose logging system is not Logback (here: no Logback and no SLF4J jar at all, so Boot falls back
 * to java.util.logging, as it would use Log4j2 with spring-boot-starter-log4j2) still starts with the starter on its
 * class path: the classes Spring loads from the starter's {@code spring.factories} name no Logback type. Its option
 * warnings still reach the application's log.
 */
class WithoutLogbackTest {

    @Test
    void applicationStartsAndOptionWarningsAreLoggedWithoutLogback() throws Exception {
        Properties systemProperties = (Properties) System.getProperties().clone();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(classPathWithoutLogback(),
                ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThat(loader.getResource("ch/qos/logback/classic/LoggerContext.class")).isNull();
            assertThat(loader.getResource("org/slf4j/LoggerFactory.class")).isNull();
            System.setOut(capture);
            System.setErr(capture);
            Class<?> springApplication = loader.loadClass("org.springframework.boot.SpringApplication");
            Object application = springApplication.getConstructor(Class[].class)
                .newInstance((Object) new Class<?>[] {loader.loadClass(TestApplication.class.getName())});
            Class<?> webType = loader.loadClass("org.springframework.boot.WebApplicationType");
            springApplication.getMethod("setWebApplicationType", webType)
                .invoke(application, webType.getField("NONE").get(null));
            Method run = springApplication.getMethod("run", String[].class);
            try (AutoCloseable context = (AutoCloseable) run.invoke(application,
                    (Object) new String[] {"--logging.logveil.disable=no_such_detector"})) {
                assertThat(context).isNotNull();
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            Thread.currentThread().setContextClassLoader(previous);
            System.setProperties(systemProperties);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("logging.logveil.disable")
            .contains("no_such_detector");
    }

    private static URL[] classPathWithoutLogback() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            // SLF4J and the bridges to it go too: without a provider they would swallow the log (a Log4j2
            // application has its own).
            if (!name.startsWith("logback-") && !name.startsWith("slf4j-api") && !name.startsWith("log4j-to-slf4j")
                && !name.startsWith("jul-to-slf4j") && !name.startsWith("log4j-api")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }
}
