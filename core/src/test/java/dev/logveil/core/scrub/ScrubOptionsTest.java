package dev.logveil.core.scrub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logveil.core.internal.options.Component;
import dev.logveil.core.internal.options.Option;
import dev.logveil.core.internal.options.OptionType;
import dev.logveil.core.testing.VocabularyContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scrubber's flags are the vocabulary's options in kebab case, and its help lists each of them. */
class ScrubOptionsTest {

    @Test
    void everyOptionOfTheVocabularyIsAFlagAndInTheHelp() {
        List<String> args = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (Option option : Component.SCRUBBER.options()) {
            String flag = "--" + option.kebabName();
            flags.add(option.kebabName());
            args.add(flag);
            if (option.type() != OptionType.ON_OFF) {
                args.add(VocabularyContract.sampleValue(option));
            }
            assertThat(ScrubOptions.USAGE).as(flag).contains("  " + flag + " ");
        }
        args.add("app.log");
        List<String> problems = new ArrayList<>();

        ScrubOptions options = ScrubOptions.parse(args.toArray(new String[0]));

        assertThat(options.files).containsExactly("app.log");
        assertThat(options.config.build(problems::add).redact("alpha=1 tk_42 ok"))
            .startsWith("alpha=[REDACTED:").doesNotContain("tk_42");
        assertThat(problems).isEmpty();
        flags.addAll(List.of("output", "quiet", "help"));
        VocabularyContract.check(Component.SCRUBBER, flags);
    }

    @Test
    void aSwitchTakesAnExplicitValueAndABadOneIsAUsageError() {
        assertThat(ScrubOptions.parse(new String[] {"--fingerprint=false"}).config.build(null).redact("password=x1"))
            .isEqualTo("password=[REDACTED]");
        assertThatThrownBy(() -> ScrubOptions.parse(new String[] {"--fingerprint=maybe"}))
            .hasMessageContaining("--fingerprint").hasMessageContaining("'maybe'");
        assertThatThrownBy(() -> ScrubOptions.parse(new String[] {"--escape-line-breaks"}))
            .as("not an option of the scrubber").hasMessageContaining("unknown option '--escape-line-breaks'");
    }
}
