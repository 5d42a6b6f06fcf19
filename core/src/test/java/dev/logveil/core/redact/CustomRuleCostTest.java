package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A custom rule's cost is bounded when it is configured and on every line it runs on. */
class CustomRuleCostTest {
    private final List<String> problems = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();

    @Test
    void aRuleWhoseProgramIsTooLargeIsRefusedNamingTheRuleAndItsSize() {
        Redactor redactor = new RedactorConfig()
            .addRule("nested", "(?:.{1,100}){1,100}x", null)
            .addRule("order", "ord_[A-Za-z0-9]{8}", null)
            .build(problems::add);

        assertThat(problems).singleElement().asString()
            .startsWith("rule 'nested': regex '(?:.{1,100}){1,100}x' compiles to 20002 instructions, more than the"
                + " 1000 a rule may have")
            .endsWith("; rule skipped");
        assertThat(redactor.redact("see ord_AB12cd34 " + "y".repeat(2_000))).startsWith("see [REDACTED] yyy");
    }

    @Test
    void aRuleThatWouldBlowUpIsRefusedBeforeItIsCompiled() {
        new RedactorConfig().addRule("million", "(?:.{1,1000}){1,1000}x", null).build(problems::add);

        assertThat(problems).singleElement().asString()
            .isEqualTo("rule 'million': regex '(?:.{1,1000}){1,1000}x' repeats 1000000 times when its nested"
                + " repetitions are multiplied out, far more than a rule may cost (1000 instructions); narrow the"
                + " counts; rule skipped");
    }

    @Test
    void theRepetitionEstimateMultipliesNestingAndSkipsEscapesAndClasses() {
        assertThat(RuleCost.repetitionProduct("ord_[A-Za-z0-9]{8}")).isEqualTo(8);
        assertThat(RuleCost.repetitionProduct("((a{10}){10}){10}")).isEqualTo(1_000);
        assertThat(RuleCost.repetitionProduct("a{5}b{7}")).isEqualTo(7);
        assertThat(RuleCost.repetitionProduct("\\{3}[{(]x{2,}")).isEqualTo(3);
        assertThat(RuleCost.repetitionProduct("(?:x{99999999999}){99999999999}")).isPositive();
    }

    @Test
    void aRuleThatMatchesTheEmptyStringIsRefused() {
        Redactor redactor = new RedactorConfig()
            .addRule("stars", "z*", null)
            .addRule("boundary", "\\b", null)
            .addRule("optional", "(?:secret)?", null)
            .build(problems::add);

        assertThat(problems).hasSize(3).allSatisfy(problem -> assertThat(problem)
            .contains("matches the empty string, so it would put the mask between every two characters"));
        assertThat(redactor.hasCustomRules()).isFalse();
        assertThat(redactor.redact("plain text")).isEqualTo("plain text");
    }

    @Test
    void anAcceptedButCostlyRuleMasksALineItCannotFinishAndSaysSoOncePerInterval() {
        Redactor redactor = new RedactorConfig()
            .addRule("costly", "(?:.{1,20}){1,20}x", null)
            .setFaultListener(faults::add)
            .build(problems::add);
        assertThat(problems).as("802 instructions are accepted").isEmpty();

        String shortLine = "short line without the letter";
        assertThat(redactor.redact(shortLine)).isSameAs(shortLine);
        String longLine = "password is not here ".repeat(2_000);
        assertThat(redactor.redact(longLine)).isEqualTo("[REDACTED]");
        assertThat(redactor.redact(longLine)).isEqualTo("[REDACTED]");
        assertThat(faults).singleElement().asString()
            .startsWith("custom rule 'costly' exceeded its budget on a text of 42000 characters; the text was"
                + " replaced by the mask");
    }

    @Test
    void anOrdinaryRuleRunsWithinItsBudgetOnAMegabyteLine() {
        Redactor redactor = new RedactorConfig().addRule("order", "ord_[A-Za-z0-9]{8}", null)
            .setFaultListener(faults::add).build(problems::add);
        String line = "ord_AB12cd34 ".repeat(80_000);

        assertThat(redactor.redact(line)).startsWith("[REDACTED] [REDACTED] ").doesNotContain("ord_");
        assertThat(faults).isEmpty();
    }

    @Test
    void inPlaceRedactionAlsoMasksWhenTheBudgetIsSpent() {
        Redactor redactor = new RedactorConfig().addRule("costly", "(?:.{1,20}){1,20}x", null).build(null);
        StringBuilder line = new StringBuilder("prefix: ").append("no letter here ".repeat(3_000));

        redactor.redact(line, 8);
        assertThat(line).hasToString("prefix: [REDACTED]");
    }
}
