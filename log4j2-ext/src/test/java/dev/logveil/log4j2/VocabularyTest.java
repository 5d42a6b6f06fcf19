package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.testing.VocabularyContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Log4j2 plugin takes exactly the options core's vocabulary gives it: read as Log4j2 reads them (the builder's
 * {@code @PluginBuilderAttribute} and {@code @PluginElement} fields) and, for {@code %redact}'s options, by the
 * converter itself.
 */
class VocabularyTest {

    @Test
    void theLayoutsAndTheRewritePolicyTakeTheirOptions() {
        VocabularyContract.check(Component.LOG4J2_PATTERN_LAYOUT,
            VocabularyContract.pluginNames(RedactingPatternLayout.Builder.class));
        VocabularyContract.check(Component.LOG4J2_JSON_LAYOUT,
            VocabularyContract.pluginNames(RedactingJsonLayout.Builder.class));
        VocabularyContract.check(Component.LOG4J2_REWRITE_POLICY,
            VocabularyContract.pluginNames(RedactingRewritePolicy.Builder.class));
        assertThat(VocabularyContract.pluginNames(RedactionRule.Builder.class))
            .containsExactlyInAnyOrder("name", "regex", "replacement");
    }

    @Test
    void theAnomalyAppenderTakesTheAnomalyOptions() {
        VocabularyContract.check(Component.LOG4J2_ANOMALY_APPENDER,
            VocabularyContract.pluginNames(ErrorRateAnomalyAppender.Builder.class));
    }

    @Test
    void everyOptionOfRedactIsReadWithoutAComplaint() {
        List<String> options = new ArrayList<>();
        options.add("%m");
        Component.LOG4J2_REDACT_CONVERTER.options().forEach(option ->
            options.add(option.optionName() + "=" + VocabularyContract.sampleValue(option)));
        List<String> problems = new ArrayList<>();
        StatusListener listener = new Collecting(problems);
        StatusLogger.getLogger().registerListener(listener);
        RedactingConverter converter;
        try {
            Configuration configuration = new DefaultConfiguration();
            converter = RedactingConverter.newInstance(configuration, options.toArray(new String[0]));
            RedactingConverter.newInstance(configuration, new String[] {"%m", "colour=red"});
        } finally {
            StatusLogger.getLogger().removeListener(listener);
        }

        assertThat(problems).as(String.join(" ", options)).singleElement().asString()
            .contains("%redact").contains("unknown option 'colour'");
        StringBuilder line = new StringBuilder();
        converter.format(org.apache.logging.log4j.core.impl.Log4jLogEvent.newBuilder()
            .setMessage(new org.apache.logging.log4j.message.SimpleMessage("alpha=1 tk_42 ok")).build(), line);
        assertThat(line.toString()).startsWith("alpha=[REDACTED:").doesNotContain("tk_42").endsWith(" ok");
    }

    @Test
    void theTemplateResolverReadsEveryOptionTheVocabularyGivesIt(@TempDir Path folder) throws Exception {
        StringBuilder template = new StringBuilder("{\"msg\": {\"$resolver\": \"redact\", \"resolver\": \"message\","
            + " \"stringified\": true");
        Component.LOG4J2_TEMPLATE_RESOLVER.options().forEach(option -> template.append(", \"")
            .append(option.optionName()).append("\": \"").append(VocabularyContract.sampleValue(option)).append('"'));
        template.append("}}");
        Path file = folder.resolve("log4j2-template.xml");
        Files.writeString(file, "<Configuration status=\"WARN\"><Appenders><List name=\"OUT\">"
            + "<JsonTemplateLayout eventTemplate='" + template + "'/></List></Appenders>"
            + "<Loggers><Root level=\"INFO\"><AppenderRef ref=\"OUT\"/></Root></Loggers></Configuration>",
            StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        StatusListener listener = new Collecting(problems);
        StatusLogger.getLogger().registerListener(listener);
        LoggerContext context = Configurator.initialize("vocabulary", getClass().getClassLoader(), file.toUri());
        try {
            context.getLogger("app").info("alpha=1 ok");
            ListAppender list = context.getConfiguration().getAppender("OUT");
            assertThat(problems).as(template.toString()).isEmpty();
            assertThat((String) Json.parse(list.getMessages().get(0).strip()).get("msg"))
                .startsWith("alpha=[REDACTED:").endsWith(" ok");
        } finally {
            Configurator.shutdown(context);
            StatusLogger.getLogger().removeListener(listener);
        }
    }

    /** Collects the status messages at WARN and above. */
    private static final class Collecting implements StatusListener {
        private final List<String> problems;

        Collecting(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void log(StatusData data) {
            if (data.getLevel().isMoreSpecificThan(Level.WARN)) {
                problems.add(data.getMessage().getFormattedMessage());
            }
        }

        @Override
        public Level getStatusLevel() {
            return Level.WARN;
        }

        @Override
        public void close() {
        }
    }
}
