package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;

/**
 * What users see in the status log when a configuration loads: the plugins are found, bad values are reported
 * naming the element and the value, and every component still starts and redacts with safe defaults.
 *
 * <p>Each test loads its own configuration after the status listener is in place ({@code @UsingStatusListener}
 * before {@code @LoggerContextSource} on the method), so the listener sees the configuration being built.
 */
class ConfigurationStatusTest {
    private static final String SECRET = SecretSamples.PASSWORD;
    private static final String DIRTY = "password=" + SECRET + " ord_AB12cd34 card 4111 1111 1111 1111";

    private static List<String> errors(ListStatusListener status) {
        return status.findStatusData(Level.WARN).filter(data -> data.getLevel().isMoreSpecificThan(Level.ERROR))
            .map(data -> data.getMessage().getFormattedMessage()).collect(Collectors.toList());
    }

    private static List<String> aboveInfo(ListStatusListener status) {
        return status.findStatusData(Level.INFO).filter(data -> data.getLevel().isMoreSpecificThan(Level.WARN))
            .map(StatusData::getFormattedStatus).collect(Collectors.toList());
    }

    /**
     * Log4j2 warns that the {@code packages} attribute is deprecated, whatever it names (2.20: "The use of package
     * scanning to locate plugins is deprecated ...", 2.24+: "... to locate Log4j plugins is deprecated. Please remove
     * the `packages` attribute ..."); that is Log4j2's advice to the user, not a problem with our plugins. What must
     * not appear is the warning that a plugin of ours was found only by package scanning ("not properly
     * registered"), or any other warning.
     */
    private static boolean isPackagesDeprecationNotice(String status) {
        return status.contains("package scanning to locate") && status.contains("deprecated")
            && !status.contains("not properly registered") && !status.contains("dev.logveil");
    }

    private static String logThrough(LoggerContext context, String appender) {
        context.getLogger(appender).info(DIRTY);
        ListAppender list = context.getConfiguration().getAppender(appender);
        return String.join("", list.getMessages());
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("bad-options.xml")
    void badOptionsAreReportedNamingElementAndValue(ListStatusListener status, LoggerContext context) {
        assertThat(errors(status)).anySatisfy(e -> assertThat(e)
                .startsWith("RedactingPatternLayout: rule 'broken': invalid regex 'ord_[A-Z'"))
            .anySatisfy(e -> assertThat(e).startsWith("RedactingPatternLayout: disable: unknown detector 'jwtt'"))
            .anySatisfy(e -> assertThat(e)
                .isEqualTo("RedactingPatternLayout: pattern is empty; using the default pattern '%m%n'"))
            .anySatisfy(e -> assertThat(e).startsWith("RedactingPatternLayout: mask: an empty mask"))
            .anySatisfy(e -> assertThat(e).startsWith("%redact: disable: unknown detector 'jwtt'"))
            .anySatisfy(e -> assertThat(e).startsWith("%redact: unknown option 'maks'"))
            .anySatisfy(e -> assertThat(e).startsWith("%redact: fingerprint: 'yes' is neither true nor false"))
            .anySatisfy(e -> assertThat(e).startsWith("%redact: the pattern to redact is empty; using '%m'"))
            .anySatisfy(e -> assertThat(e).startsWith("RedactingJsonLayout: disable: unknown detector 'jwtt'"))
            .anySatisfy(e -> assertThat(e).startsWith("RedactingJsonLayout: rule 'broken': invalid regex '(unclosed'"))
            .anySatisfy(e -> assertThat(e).isEqualTo(
                "RedactingJsonLayout: KeyValuePair key 'message' is one of the fields Logveil writes itself; ignored"))
            .anySatisfy(e -> assertThat(e).isEqualTo(
                "RedactingJsonLayout: KeyValuePair key 'service' is given twice; the second one is ignored"));
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("bad-options.xml")
    void everyComponentStillRedactsWithTheValidOptionsAndTheDefaults(LoggerContext context) {
        assertThat(logThrough(context, "BAD_REGEX")).as("the valid rule still applies")
            .startsWith("password=[REDACTED] [REDACTED] card [REDACTED]1111");
        assertThat(logThrough(context, "BAD_DETECTOR")).as("the valid detector name still applies")
            .startsWith("password=[REDACTED] ord_AB12cd34 card 4111 1111 1111 1111");
        assertThat(logThrough(context, "EMPTY_PATTERN")).as("default pattern and mask")
            .isEqualTo("password=[REDACTED] ord_AB12cd34 card [REDACTED]1111" + System.lineSeparator());
        assertThat(logThrough(context, "BAD_CONVERTER_OPTIONS"))
            .startsWith("password=[REDACTED] ord_AB12cd34 card [REDACTED]1111");
        assertThat(Json.parse(logThrough(context, "BAD_JSON"))).containsEntry("service", "checkout")
            .hasEntrySatisfying("message", message -> assertThat((String) message)
                .matches("password=\\[REDACTED:[0-9a-f]{12}] ord_AB12cd34 card \\[REDACTED:[0-9a-f]{12}]1111"));
        assertThat(logThrough(context, "EMPTY_CONVERTER_PATTERN"))
            .startsWith("password=[REDACTED] ord_AB12cd34 card [REDACTED]1111");
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("redact-raw-exception.xml")
    void anExceptionConverterOutsideRedactIsReportedOnce(ListStatusListener status) {
        assertThat(errors(status)).filteredOn(e -> e.startsWith("%redact:")).containsExactly(
            "%redact: the pattern '%-5level %redact{%m}%n%ex' of appender 'LEAKY' writes the exception outside %redact"
                + " (its Throwable converter): its messages and stack trace are NOT redacted. Move it inside, e.g."
                + " %redact{%m%n%ex}, or use <RedactingPatternLayout>");
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("plugins-no-packages.xml")
    void pluginsAreFoundWithoutAPackagesAttribute(ListStatusListener status, LoggerContext context) {
        assertThat(aboveInfo(status)).isEmpty();
        assertPluginsWork(context);
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("plugins-with-packages.xml")
    void pluginsAreFoundWhenTheConfigurationStillNamesThePackage(ListStatusListener status, LoggerContext context) {
        assertThat(aboveInfo(status)).allMatch(ConfigurationStatusTest::isPackagesDeprecationNotice,
            "Log4j2's deprecation notice for the packages attribute");
        assertPluginsWork(context);
    }

    private static void assertPluginsWork(LoggerContext context) {
        assertThat(context.getConfiguration().getAppender("LAYOUT").getLayout())
            .isInstanceOf(RedactingPatternLayout.class);
        assertThat(logThrough(context, "LAYOUT")).startsWith("password=[REDACTED]").doesNotContain(SECRET);
        assertThat(logThrough(context, "CONVERTER")).startsWith("password=[REDACTED]").doesNotContain(SECRET);
        assertThat(context.getConfiguration().getAppender("JSON").getLayout()).isInstanceOf(RedactingJsonLayout.class);
        assertThat(Json.parse(logThrough(context, "JSON"))).containsEntry("message",
            "password=[REDACTED] ord_AB12cd34 card [REDACTED]1111");
    }
}
