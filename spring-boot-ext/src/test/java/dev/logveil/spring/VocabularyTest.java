package dev.logveil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.options.OptionType;
import dev.logveil.core.testing.VocabularyContract;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@code logging.logveil.*} takes exactly the options core's vocabulary gives the starter, under their kebab-case
 * names, and Boot really binds each one (a bad value of each is reported by name).
 */
class VocabularyTest {
    private static final String ANOMALY = "logging.logveil.anomaly.";

    @Test
    void thePropertiesClassesHoldTheVocabulary() {
        VocabularyContract.check(Component.SPRING_BOOT, VocabularyContract.beanNames(LogveilProperties.class));
        VocabularyContract.check(Component.SPRING_BOOT_ANOMALY,
            VocabularyContract.beanNames(LogveilProperties.Anomaly.class));
    }

    @Test
    void everyAnomalyOptionIsBoundByItsKebabName() {
        Map<String, String> properties = new HashMap<>();
        properties.put(ANOMALY + "enabled", "true");
        for (Option option : Component.SPRING_BOOT_ANOMALY.options()) {
            properties.put(ANOMALY + option.kebabName(), VocabularyContract.sampleValue(option));
        }
        try (BootApp app = BootApp.start(properties)) {
            assertThat(statusesAtLeast(Status.WARN)).as(properties.toString()).isEmpty();
            assertThat(root().getAppender(LogveilLoggingApplicationListener.ANOMALY_APPENDER).isStarted()).isTrue();
        }
    }

    @Test
    void aBadValueOfEachAnomalyOptionIsReportedByName() {
        Map<String, String> properties = new HashMap<>();
        properties.put(ANOMALY + "enabled", "true");
        // Comma lists take any text; a boolean property fails Boot's own binding, which reports it.
        List<Option> checkable = Component.SPRING_BOOT_ANOMALY.options().stream()
            .filter(option -> option.type() != OptionType.COMMA_LIST && option.type() != OptionType.ON_OFF)
            .collect(Collectors.toList());
        checkable.forEach(option -> properties.put(ANOMALY + option.kebabName(), "bogus"));
        try (BootApp app = BootApp.start(properties)) {
            List<String> reported = statusesAtLeast(Status.WARN);
            for (Option option : checkable) {
                assertThat(reported).as(option.optionName())
                    .anySatisfy(s -> assertThat(s).contains(option.optionName() + ":").contains("bogus"));
            }
        }
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }

    private static List<String> statusesAtLeast(int level) {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getStatusManager().getCopyOfStatusList().stream()
            .filter(s -> s.getEffectiveLevel() >= level).map(Status::getMessage).collect(Collectors.toList());
    }
}
