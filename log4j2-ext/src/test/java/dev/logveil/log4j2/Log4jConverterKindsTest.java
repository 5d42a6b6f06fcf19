package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.internal.line.OutputKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.plugins.util.PluginManager;
import org.apache.logging.log4j.core.config.plugins.util.PluginType;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.junit.jupiter.api.Test;

/**
 * Every converter Log4j2 ships must be classified: a Log4j2 upgrade that brings a new one fails here until someone
 * decides what its text means for redaction (until then it would be scanned as free text, never passed through).
 */
class Log4jConverterKindsTest {
    /** One use of each conversion word, the way users write them, to reach the classes the plugins create. */
    private static final String[] PATTERNS = {
        "%d", "%d{UNIX}", "%p", "%level{WARN=W}", "%c", "%logger{1}", "%C", "%M", "%F", "%L", "%l", "%t", "%T", "%tp",
        "%pid", "%N", "%r", "%sn", "%u", "%x", "%X", "%X{k}", "%X{a,b}", "%K", "%K{k}", "%map{k}", "%m", "%msg{ansi}",
        "%marker", "%markerSimpleName", "%fqcn", "%ex", "%xEx", "%rEx", "%n", "%equals{%m}{a}{b}",
        "%equalsIgnoreCase{%m}{a}{b}", "%notEmpty{%m}", "%maxLen{%m}{5}", "%enc{%m}{CRLF}", "%replace{%m}{a}{b}",
        "%highlight{%m}", "%style{%m}{red}", "%red{%m}", "%repeat{*}{3}", "%endOfBatch", "literal text", " ",
    };

    @Test
    void everyConverterPluginOfLog4j2IsClassified() {
        PluginManager manager = new PluginManager(PatternConverter.CATEGORY);
        manager.collectPlugins();
        List<String> unclassified = new ArrayList<>();
        int seen = 0;
        for (PluginType<?> plugin : manager.getPlugins().values()) {
            String name = plugin.getPluginClass().getName();
            boolean ours = name.startsWith("dev.logveil.");
            boolean abstractBase = java.lang.reflect.Modifier.isAbstract(plugin.getPluginClass().getModifiers());
            if (name.startsWith("org.apache.logging.log4j.core.") && !abstractBase) {
                seen++;
                if (!Log4jConverterKinds.isClassified(name)) {
                    unclassified.add(name);
                }
            }
            assertThat(ours || name.startsWith("org.apache.logging.log4j.")).as("plugin %s", name).isTrue();
        }
        assertThat(seen).as("Log4j2's converter plugins were found").isGreaterThan(40);
        assertThat(unclassified).as("converter plugins without a kind").isEmpty();
    }

    @Test
    void everyConverterTheParserCreatesIsClassifiedOrPrintsTheException() {
        DefaultConfiguration configuration = new DefaultConfiguration();
        List<String> unclassified = new ArrayList<>();
        for (String pattern : PATTERNS) {
            for (PatternFormatter formatter : PatternLayout.createPatternParser(configuration)
                    .parse(pattern, false, false, false)) {
                LogEventPatternConverter converter = formatter.getConverter();
                String name = converter.getClass().getName();
                if (!Log4jConverterKinds.isClassified(name) && !converter.handlesThrowable()) {
                    unclassified.add(pattern + " -> " + name);
                }
            }
        }
        assertThat(unclassified).as("converters without a kind").isEmpty();
    }

    @Test
    void kindsFollowWhatTheConvertersWrite() {
        assertThat(kindOf("%d")).isEqualTo(OutputKind.INERT);
        assertThat(kindOf(" - ")).isEqualTo(OutputKind.INERT);
        assertThat(kindOf("api_key=")).isEqualTo(OutputKind.LITERAL);
        assertThat(kindOf("%t")).isEqualTo(OutputKind.NAME);
        assertThat(kindOf("%X{password}")).isEqualTo(OutputKind.RENDERED_MAP);
        assertThat(kindOf("%K")).isEqualTo(OutputKind.RENDERED_MAP);
        assertThat(kindOf("%m")).isEqualTo(OutputKind.FREE_TEXT);
        assertThat(kindOf("%equals{%X{password}}{}{-}")).isEqualTo(OutputKind.FREE_TEXT);
        assertThat(kindOf("%highlight{%m}")).isEqualTo(OutputKind.STYLED_TEXT);
        assertThat(kindOf("%xEx")).isEqualTo(OutputKind.EXCEPTION);
        // The exception Log4j2 appends: %xEx up to 2.23, %notEmpty{%n%xEx} (which says it prints it) since.
        List<PatternFormatter> implicit = PatternLayout.createPatternParser(new DefaultConfiguration())
            .parse("%m", true, false, false);
        assertThat(Log4jConverterKinds.kindOf(implicit.get(implicit.size() - 1).getConverter()))
            .isEqualTo(OutputKind.EXCEPTION);
    }

    private static OutputKind kindOf(String pattern) {
        List<PatternFormatter> formatters = PatternLayout.createPatternParser(new DefaultConfiguration())
            .parse(pattern, false, false, false);
        assertThat(formatters).hasSize(1);
        return Log4jConverterKinds.kindOf(formatters.get(0).getConverter());
    }
}
