package dev.logveil.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.keyid.KeyIdSettings;
import dev.logveil.core.testing.SecretSamples;
import dev.logveil.logback.KeyIdMdc;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.log4j2.Log4J2LoggingSystem;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The configurations of docs/spring-boot.md, loaded the way a Spring Boot application loads them: by Spring Boot's
 * own {@code LogbackLoggingSystem} (which reads {@code <springProfile>} and {@code <springProperty>}) and
 * {@code Log4J2LoggingSystem} (which reads {@code <SpringProfile>} and {@code ${spring:...}}), with no status above
 * INFO, a profile choosing the text or the JSON output, and the secrets of a dirty event masked.
 */
class SpringBootLoggingTest {

    private static final String PASSWORD = SecretSamples.PASSWORD;
    private static final String BEARER = SecretSamples.BEARER;
    private static final String LOGBACK_SPRING = "classpath:docs/spring-boot/logback-spring.xml";
    private static final String LOG4J2_SPRING = "classpath:docs/spring-boot/log4j2-spring.xml";

    /** The correlation pattern docs/spring-boot.md recommends, to show the ids in Spring Boot's own line. */
    private static final String CORRELATION = "[%X{request_id:-} %X{key_id:-}] ";

    @Test
    void theGuideRecommendsTheTestedCorrelationPattern() {
        assertThat(DocsFiles.readPath(DocsFiles.ROOT.resolve("docs/spring-boot.md")))
            .contains("```properties\nlogging.pattern.correlation=" + CORRELATION + "\n```");
    }

    @Test
    void logbackSpringXmlPrintsBootsConsoleLineRedactedWithTheCorrelationPattern() {
        String out = logThroughLogback(environment(Map.of("spring.application.name", "checkout",
            "logging.pattern.correlation", CORRELATION)));

        String keyId = KeyIdSettings.current().fingerprint().of("lvdemo_spring_key_0123456789");
        assertThat(out).contains(" ERROR ").contains("--- [checkout] [").contains("[ " + keyId + "] ")
            .contains("login user=bob password=[REDACTED]").contains("Bearer [REDACTED]")
            .contains("java.lang.IllegalStateException").doesNotContain(PASSWORD, BEARER).doesNotContain("{\"");
    }

    @Test
    void logbackSpringXmlWritesJsonUnderTheJsonLogsProfile() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "checkout"));
        environment.setActiveProfiles("json-logs");
        String out = logThroughLogback(environment);

        assertThat(out).startsWith("{\"@timestamp\":").contains("\"service\":\"checkout\"")
            .contains("\"message\":\"login user=bob password=[REDACTED]").contains("\"key_status\":\"ok\"")
            .contains("\"stack_trace\":\"java.lang.IllegalStateException").doesNotContain(PASSWORD, BEARER);
    }

    @Test
    void log4j2SpringXmlChoosesTheAppenderByProfileAndRedacts() {
        Map<String, String> text = logThroughLog4j2(environment(Map.of("spring.application.name", "checkout")));
        assertThat(text).containsOnlyKeys("Console");
        assertThat(text.get("Console")).contains(" ERROR ").contains("login user=bob password=[REDACTED]")
            .contains("java.lang.IllegalStateException").doesNotContain(PASSWORD, BEARER);

        StandardEnvironment jsonProfile = environment(Map.of("spring.application.name", "checkout"));
        jsonProfile.setActiveProfiles("json-logs");
        Map<String, String> json = logThroughLog4j2(jsonProfile);
        assertThat(json).containsOnlyKeys("Json");
        assertThat(json.get("Json")).startsWith("{\"@timestamp\":").contains("\"service\":\"checkout\"")
            .contains("\"message\":\"login user=bob password=[REDACTED]").doesNotContain(PASSWORD, BEARER);
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    /** Initialises Logback through Spring Boot, logs a dirty event inside a key scope, returns what was printed. */
    private static String logThroughLogback(StandardEnvironment environment) {
        LoggingSystem system = new LogbackLoggingSystem(SpringBootLoggingTest.class.getClassLoader());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            system.beforeInitialize();
            context.getStatusManager().clear();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            system.initialize(new LoggingInitializationContext(environment), LOGBACK_SPRING, null);
            assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(s -> s.getEffectiveLevel() >= Status.WARN).extracting(Status::getMessage).isEmpty();

            Logger log = LoggerFactory.getLogger("com.example.Checkout");
            try (var key = KeyIdMdc.bind("lvdemo_spring_key_0123456789", "header")) {
                log.error("login user=bob password={} then Authorization: Bearer {}", PASSWORD, BEARER,
                    new IllegalStateException("upstream said password=" + PASSWORD));
            }
        } finally {
            System.setOut(console);
            system.cleanUp();
            context.reset();
            System.clearProperty("LOG_CORRELATION_PATTERN");
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /**
     * Initialises Log4j2 through Spring Boot; returns, for each appender the root logger writes to, what its layout
     * makes of a dirty event.
     */
    private static Map<String, String> logThroughLog4j2(StandardEnvironment environment) {
        LoggingSystem system = new Log4J2LoggingSystem(SpringBootLoggingTest.class.getClassLoader());
        List<String> problems = new ArrayList<>();
        StatusListener listener = new StatusListener() {
            @Override
            public void log(StatusData data) {
                if (data.getLevel().isMoreSpecificThan(Level.WARN)) {
                    problems.add(data.getFormattedStatus());
                }
            }

            @Override
            public Level getStatusLevel() {
                return Level.WARN;
            }

            @Override
            public void close() {
            }
        };
        try {
            system.beforeInitialize();
            StatusLogger.getLogger().registerListener(listener);
            system.initialize(new LoggingInitializationContext(environment), LOG4J2_SPRING, null);
            assertThat(problems).isEmpty();

            org.apache.logging.log4j.core.LoggerContext context =
                (org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false);
            Map<String, Appender> rootAppenders = context.getConfiguration().getRootLogger().getAppenders();
            Map<String, String> out = new TreeMap<>();
            rootAppenders.forEach((name, appender) -> out.put(name, new String(appender.getLayout().toByteArray(
                Log4jLogEvent.newBuilder().setLoggerName("com.example.Checkout").setLevel(Level.ERROR)
                    .setMessage(new SimpleMessage("login user=bob password=" + PASSWORD + " then Authorization: "
                        + "Bearer " + BEARER))
                    .setThrown(new IllegalStateException("upstream said password=" + PASSWORD)).build()),
                StandardCharsets.UTF_8)));
            return out;
        } finally {
            StatusLogger.getLogger().removeListener(listener);
            system.cleanUp();
        }
    }
}
