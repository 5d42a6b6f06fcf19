package dev.logveil.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.testing.SecretSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration quoted by README.md, docs/security.md and docs/migration.md loads in the real Logback or the
 * real Log4j2 with no status above INFO. Logveil's configurations mask the secrets of a dirty event; the migration
 * guide's "before" configurations (other libraries' masking) load too, and leak what the guide says they leak.
 */
class DocsConfigurationTest {

    private static final String PASSWORD = SecretSamples.PASSWORD;
    private static final String BEARER = SecretSamples.BEARER;
    private static final String GITHUB_TOKEN = SecretSamples.BY_DETECTOR.get("github_token");
    private static final String ACME_SESSION = "acme_sess_Logveil0Fake0Session0Ref0x012345";
    private static final String SESSION_REF = "sr-8842-opaque";
    private static final String SSN = "078-05-1120";

    static Stream<String> logbackConfigurations() {
        return DocsFiles.logback();
    }

    static Stream<String> log4j2Configurations() {
        return DocsFiles.log4j2();
    }

    @Test
    void everyConfigurationFileIsLoadedBySomeTest() {
        assertThat(Stream.of(logbackConfigurations(), log4j2Configurations(), DocsFiles.NOT_LOADABLE.stream(),
            Stream.of("spring-boot/logback-spring.xml", "spring-boot/log4j2-spring.xml")).flatMap(s -> s)
            .collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(DocsFiles.all());
    }

    @ParameterizedTest
    @MethodSource("logbackConfigurations")
    void logbackConfigurationLoadsCleanly(String file) throws Exception {
        String out = logThroughLogback(file);
        if (!DocsFiles.isBefore(file)) {
            assertThat(out).contains("login user=bob").contains("IllegalStateException")
                .doesNotContain(PASSWORD, BEARER, GITHUB_TOKEN);
        }
        if (file.startsWith("security/")) {
            assertThat(out).contains("retrying with").doesNotContain(ACME_SESSION, SESSION_REF);
        }
        if (file.equals("migration/owasp-after.xml")) {
            assertThat(out).contains("customer c-42 verified with ssn=[REDACTED]").doesNotContain(SSN);
        }
    }

    @Test
    void logbackReplaceMasksTheMessageButLeaksTheStackTrace() throws Exception {
        String out = logThroughLogback("migration/logback-replace-before.xml");
        assertThat(out).contains("password=****").doesNotContain(PASSWORD).contains("token=" + GITHUB_TOKEN);
    }

    @Test
    void logstashPathMasksMaskFieldsButNotTheMessageText() throws Exception {
        String out = logThroughLogback("migration/logstash-before.xml");
        assertThat(out).contains("\"password\":\"****\"").contains("login user=bob password=" + PASSWORD);
    }

    @ParameterizedTest
    @MethodSource("log4j2Configurations")
    @UsingStatusListener
    void log4j2ConfigurationLoadsCleanly(String file, ListStatusListener status) throws IOException {
        org.apache.logging.log4j.core.LoggerContext context =
            new org.apache.logging.log4j.core.LoggerContext("docs-" + file);
        try (InputStream in = getClass().getResourceAsStream("/docs/" + file)) {
            Configuration configuration = ConfigurationFactory.getInstance()
                .getConfiguration(context, new ConfigurationSource(in));
            context.start(configuration);

            assertThat(status.findStatusData(Level.WARN).map(StatusData::getFormattedStatus)).isEmpty();
            Map<String, Appender> appenders = context.getConfiguration().getAppenders();
            assertThat(appenders).isNotEmpty();
            for (Appender appender : appenders.values()) {
                String out = new String(appender.getLayout().toByteArray(dirtyLog4jEvent()), StandardCharsets.UTF_8);
                assertThat(out).contains("login user=bob");
                if (DocsFiles.isBefore(file)) {
                    // One <Replace> per layout: one regex, and the Bearer credential is not in it.
                    assertThat(out).doesNotContain(PASSWORD).contains("Bearer " + BEARER);
                } else {
                    assertThat(out).doesNotContain(PASSWORD, BEARER, GITHUB_TOKEN);
                }
                if (file.startsWith("security/")) {
                    assertThat(out).doesNotContain(ACME_SESSION, SESSION_REF);
                }
            }
        } finally {
            context.stop();
        }
    }

    /** Loads {@code docs/<file>} into a fresh Logback context, logs the dirty events, returns what was printed. */
    private static String logThroughLogback(String file) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setName("docs-" + file);
        context.setMDCAdapter(new LogbackMDCAdapter());
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(DocsConfigurationTest.class.getResource("/docs/" + file));
            assertThat(context.getStatusManager().getCopyOfStatusList()).as(file)
                .filteredOn(s -> s.getEffectiveLevel() >= Status.WARN).extracting(Status::getMessage).isEmpty();

            ch.qos.logback.classic.Logger log = context.getLogger("com.example.Checkout");
            context.getMDCAdapter().put("password", "opensesame42");
            log.atError().setMessage("login user=bob password={} then Authorization: Bearer {}")
                .addArgument(PASSWORD).addArgument(BEARER).addKeyValue("password", PASSWORD)
                .setCause(new IllegalStateException("upstream said token=" + GITHUB_TOKEN)).log();
            context.getMDCAdapter().remove("password");
            log.info("retrying with {}", ACME_SESSION);
            log.info("retrying with session_ref={}", SESSION_REF);
            log.info("customer {} verified with ssn={}", "c-42", SSN);
        } finally {
            context.stop();
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static LogEvent dirtyLog4jEvent() {
        return Log4jLogEvent.newBuilder().setLoggerName("com.example.Checkout").setLevel(Level.ERROR)
            .setMessage(new SimpleMessage("login user=bob password=" + PASSWORD + " then Authorization: Bearer "
                + BEARER + "; retrying with " + ACME_SESSION + ", session_ref=" + SESSION_REF))
            .setThrown(new IllegalStateException("upstream said token=" + GITHUB_TOKEN)).build();
    }
}
