package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.testing.DocumentedOptions;
import dev.logveil.core.testing.DocumentedOptions.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every option the docs' option tables name is read by the Logback component it documents: each is written as an
 * element into a real {@code logback.xml} and Joran must neither ignore it ("Ignoring unknown property") nor report
 * anything else above INFO. A documented {@code <zScore>} used to be ignored this way.
 */
class DocumentedOptionsTest {

    private static String element(Option option) {
        switch (option.name()) {
            case "rule":
                return "<rule><name>order</name><regex>ord_[0-9]{6}</regex></rule>";
            case "additionalField":
                return "<additionalField><key>service</key><value>checkout</value></additionalField>";
            case "additionalFields":
                return "<additionalFields>environment=test</additionalFields>";
            default:
                return "<" + option.name() + ">" + option.sampleValue() + "</" + option.name() + ">";
        }
    }

    private static String elements(List<Option> options) {
        return options.stream().map(DocumentedOptionsTest::element).collect(Collectors.joining("\n"));
    }

    private static List<String> statusesAboveInfo(String xml) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getEffectiveLevel() > Status.INFO || status.getMessage().contains("unknown"))
                .map(Status::getMessage).collect(Collectors.toList());
        } finally {
            context.stop();
        }
    }

    @Test
    void everyDocumentedAnomalyOptionIsRead() throws JoranException {
        List<Option> options = DocumentedOptions.table("anomaly.md", "### Options");
        assertThat(options).extracting(Option::name).contains("window", "zScore", "ratioMode", "markers");
        DocumentedOptions.assertListsVocabulary(options, Component.LOGBACK_ANOMALY_APPENDER);

        String xml = "<configuration>\n<appender name=\"ALERTS\" class=\"ch.qos.logback.core.read.ListAppender\"/>\n"
            + "<appender name=\"SPIKE\" class=\"dev.logveil.logback.ErrorRateAnomalyAppender\">\n"
            + elements(options) + "\n<appender-ref ref=\"ALERTS\"/>\n</appender>\n"
            + "<root level=\"INFO\"><appender-ref ref=\"SPIKE\"/></root>\n</configuration>";
        assertThat(statusesAboveInfo(xml)).as(xml).isEmpty();
    }

    @Test
    void everyDocumentedRedactionOptionIsReadByEveryTextComponent() throws JoranException {
        List<Option> options = DocumentedOptions.table("logback.md", "## Options");
        assertThat(options).extracting(Option::name).contains("mask", "fingerprint", "rule", "escapeLineBreaks");
        DocumentedOptions.assertListsVocabulary(options, Component.LOGBACK_PATTERN_LAYOUT);
        DocumentedOptions.assertListsVocabulary(options, Component.LOGBACK_REDACT_CONVERTER);

        String xml = "<configuration>\n"
            + "<appender name=\"ENCODER\" class=\"dev.logveil.logback.CaptureAppender\">\n"
            + "<encoder class=\"dev.logveil.logback.RedactingPatternLayoutEncoder\"><pattern>%msg%n</pattern>\n"
            + elements(options) + "\n</encoder></appender>\n"
            + "<appender name=\"LAYOUT\" class=\"dev.logveil.logback.CaptureAppender\">\n"
            + "<encoder class=\"ch.qos.logback.core.encoder.LayoutWrappingEncoder\">"
            + "<layout class=\"dev.logveil.logback.RedactingPatternLayout\"><pattern>%msg%n</pattern>\n"
            + elements(options) + "\n</layout></encoder></appender>\n"
            + "<define name=\"logveil\" class=\"dev.logveil.logback.RedactionSettings\">\n" + elements(options)
            + "\n</define>\n"
            + "<root level=\"INFO\"><appender-ref ref=\"ENCODER\"/><appender-ref ref=\"LAYOUT\"/></root>\n"
            + "</configuration>";
        assertThat(statusesAboveInfo(xml)).as(xml).isEmpty();
    }

    @Test
    void everyDocumentedJsonOptionIsRead() throws JoranException {
        List<Option> shared = DocumentedOptions.table("logback.md", "## Options").stream()
            .filter(option -> !option.name().equals("escapeLineBreaks")).collect(Collectors.toList());
        List<Option> own = DocumentedOptions.table("logback.md", "## RedactingJsonEncoder");
        assertThat(own).extracting(Option::name).contains("additionalField", "additionalFields");
        List<Option> all = new java.util.ArrayList<>(shared);
        all.addAll(own);
        DocumentedOptions.assertListsVocabulary(all, Component.LOGBACK_JSON_ENCODER);

        String xml = "<configuration>\n<appender name=\"JSON\" class=\"dev.logveil.logback.CaptureAppender\">\n"
            + "<encoder class=\"dev.logveil.logback.RedactingJsonEncoder\">\n" + elements(shared) + "\n"
            + elements(own) + "\n</encoder></appender>\n"
            + "<root level=\"INFO\"><appender-ref ref=\"JSON\"/></root>\n</configuration>";
        assertThat(statusesAboveInfo(xml)).as(xml).isEmpty();
    }
}
