package dev.logveil.spring;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a real Spring Boot application ({@link SpringApplication#run}, no web server) with the given properties as
 * command-line arguments, the way a user passes them, and captures what Boot's console appender writes.
 */
final class BootApp implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final Properties systemProperties;

    private BootApp(ConfigurableApplicationContext context, Properties systemProperties) {
        this.context = context;
        this.systemProperties = systemProperties;
    }

    static BootApp start(Map<String, String> properties) {
        SpringApplication application = new SpringApplication(TestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setRegisterShutdownHook(false);
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
        // Boot copies logging properties into system properties (CONSOLE_LOG_STRUCTURED_FORMAT, ...) and leaves them
        // there: restored on close, so the next application in this JVM starts from a clean slate.
        Properties systemProperties = (Properties) System.getProperties().clone();
        return new BootApp(application.run(arguments), systemProperties);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /**
     * Runs {@code action} and returns what was written to the console meanwhile. Logback's console appender writes
     * through {@code System.out} as it is at each write, so swapping it catches Boot's console output.
     */
    static String console(Runnable action) {
        return console(() -> {
            action.run();
            return null;
        }).output;
    }

    static <T> Captured<T> console(Supplier<T> action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        T result;
        try {
            result = action.get();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return new Captured<>(result, buffer.toString(StandardCharsets.UTF_8));
    }

    /** What an action returned, and the console output it caused. */
    static final class Captured<T> {
        final T result;
        final String output;

        Captured(T result, String output) {
            this.result = result;
            this.output = output;
        }
    }

    @Override
    public void close() {
        context.close();
        System.setProperties(systemProperties);
    }
}
