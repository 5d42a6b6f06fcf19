package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example row of {@code docs/redaction.md} is run through the redactor; every detector is documented. */
class RedactionDocsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| `([^`]*)` \\| `([^`]*)` \\|$");
    private static final Set<String> OPT_IN = Set.of("email", "ip_address", "high_entropy");

    @Test
    void everyExampleRowIsWhatTheRedactorDoes() throws IOException {
        Redactor defaults = Redactor.defaults();
        Redactor optIn = new RedactorConfig().setEnable(String.join(",", OPT_IN)).build(null);
        Set<String> documented = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("../docs/redaction.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String detector = row.group(1);
                Redactor redactor = OPT_IN.contains(detector) ? optIn : defaults;
                assertThat(redactor.redact(row.group(2))).as(line).isEqualTo(row.group(3));
                documented.add(detector);
            }
        }
        for (BuiltInDetector detector : BuiltInDetector.values()) {
            assertThat(documented).as("an example row for " + detector.id()).contains(detector.id());
        }
    }

    @Test
    void everyWordOfTheKeyNameRuleIsListed() throws IOException {
        String page = Files.readString(Path.of("../docs/redaction.md"));
        for (List<String> words : List.of(DefaultKeyNames.SECRET_WORDS, DefaultKeyNames.SECRET_WORD_ENDINGS,
            DefaultKeyNames.KEY_QUALIFIERS, DefaultKeyNames.WEAK_WORDS, DefaultKeyNames.NEUTRAL_WORDS,
            DefaultKeyNames.COUNTER_WORDS, DefaultKeyNames.EXACT, DefaultKeyNames.AZURE_STORAGE,
            DefaultKeyNames.AZURE_SAS, DefaultKeyNames.AWS_SIGNING, DefaultKeyNames.ID_WORDS,
            DefaultKeyNames.CARD_WORDS)) {
            for (String word : words) {
                assertThat(page).as("docs/redaction.md lists " + word).contains("`" + word + "`");
            }
        }
    }
}
