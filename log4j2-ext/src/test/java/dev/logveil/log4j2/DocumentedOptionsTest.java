package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.testing.DocumentedOptions;
import dev.logveil.core.testing.DocumentedOptions.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option the docs' option tables name is read by the Log4j2 plugin it documents: each is written as an
 * attribute (or nested element) into a real {@code log4j2.xml}, and Log4j2 must report nothing above INFO (it reports
 * an attribute a plugin does not have as an ERROR). The shared vocabulary is also one list: the Logback and Log4j2
 * pages document the same options.
 */
class DocumentedOptionsTest {
    @TempDir
    Path folder;

    private static String attributes(List<Option> options) {
        return options.stream().filter(option -> !option.isElement())
            .map(option -> option.name() + "=\"" + option.sampleValue() + "\"").collect(Collectors.joining(" "));
    }

    private static String elements(List<Option> options) {
        return options.stream().filter(Option::isElement).map(option -> {
            switch (option.name()) {
                case "RedactionRule":
                    return "<RedactionRule name=\"order\" regex=\"ord_[0-9]{6}\"/>";
                case "KeyValuePair":
                    return "<KeyValuePair key=\"service\" value=\"checkout\"/>";
                default:
                    throw new AssertionError("a documented element this test does not know: " + option.name());
            }
        }).collect(Collectors.joining("\n"));
    }

    private static Predicate<Option> not(String... names) {
        return option -> !List.of(names).contains(option.name());
    }

    private List<String> statusesAboveInfo(String appenders) throws IOException {
        String xml = "<Configuration status=\"WARN\">\n<Appenders>\n<List name=\"ALERTS\"/>\n" + appenders
            + "\n</Appenders>\n<Loggers><Root level=\"INFO\"><AppenderRef ref=\"OUT\"/></Root></Loggers>\n"
            + "</Configuration>";
        Path file = folder.resolve("log4j2-documented.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        List<String> statuses = new CopyOnWriteArrayList<>();
        StatusListener listener = new StatusListener() {
            @Override
            public void log(StatusData data) {
                if (data.getLevel().isMoreSpecificThan(Level.WARN)) {
                    statuses.add(data.getLevel() + " " + data.getMessage().getFormattedMessage());
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
        StatusLogger.getLogger().registerListener(listener);
        LoggerContext context = Configurator.initialize("documented", getClass().getClassLoader(), file.toUri());
        try {
            context.getLogger("app").error("an event through every component");
        } finally {
            Configurator.shutdown(context);
            StatusLogger.getLogger().removeListener(listener);
        }
        assertThat(xml).isNotEmpty();
        return statuses;
    }

    @Test
    void everyDocumentedAnomalyOptionIsRead() throws IOException {
        List<Option> options = DocumentedOptions.table("anomaly.md", "### Options");
        assertThat(options).extracting(Option::name).contains("window", "zScore", "ratioMode", "markers");
        DocumentedOptions.assertListsVocabulary(options, Component.LOG4J2_ANOMALY_APPENDER);

        String appenders = "<ErrorRateAnomaly name=\"OUT\" " + attributes(options) + ">"
            + "<AppenderRef ref=\"ALERTS\"/></ErrorRateAnomaly>";
        assertThat(statusesAboveInfo(appenders)).as(appenders).isEmpty();
    }

    @Test
    void everyDocumentedLayoutAttributeIsRead() throws IOException {
        List<Option> shared = DocumentedOptions.table("log4j2.md", "## The shared options");
        List<Option> pattern =
            DocumentedOptions.typedFrom(DocumentedOptions.table("log4j2.md", "## RedactingPatternLayout"), shared);
        List<Option> json =
            DocumentedOptions.typedFrom(DocumentedOptions.table("log4j2.md", "## RedactingJsonLayout"), shared);
        assertThat(pattern).extracting(Option::name).contains("pattern", "alwaysWriteExceptions", "escapeLineBreaks");
        assertThat(json).extracting(Option::name).contains("KeyValuePair", "RedactionRule");
        DocumentedOptions.assertListsVocabulary(pattern, Component.LOG4J2_PATTERN_LAYOUT);
        DocumentedOptions.assertListsVocabulary(json, Component.LOG4J2_JSON_LAYOUT);
        DocumentedOptions.assertListsVocabulary(shared, Component.LOG4J2_REDACT_CONVERTER);

        String converterOptions = shared.stream().filter(not("RedactionRule"))
            .map(option -> "{" + option.name() + "=" + option.sampleValue() + "}").collect(Collectors.joining())
            + "{rule=order=ord_[0-9]+}";
        String appenders = "<List name=\"OUT\"><RedactingPatternLayout " + attributes(pattern) + ">"
            + elements(pattern) + "</RedactingPatternLayout></List>\n"
            + "<List name=\"JSON\"><RedactingJsonLayout " + attributes(json) + ">" + elements(json)
            + "</RedactingJsonLayout></List>\n"
            + "<List name=\"CONVERTER\"><PatternLayout pattern=\"%redact{%m}" + converterOptions + "%n\"/></List>";
        assertThat(statusesAboveInfo(appenders)).as(appenders).isEmpty();
    }

    @Test
    void bothAdaptersDocumentOneVocabulary() {
        List<String> log4j2 = DocumentedOptions.table("log4j2.md", "## The shared options").stream()
            .map(option -> option.name().equals("RedactionRule") ? "rule" : option.name())
            .collect(Collectors.toList());
        List<String> logback = DocumentedOptions.table("logback.md", "## Options").stream()
            .map(Option::name).collect(Collectors.toList());
        assertThat(log4j2).containsExactlyInAnyOrderElementsOf(logback);
    }
}
