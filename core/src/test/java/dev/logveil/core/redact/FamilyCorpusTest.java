package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall and benign changes per family of secret shapes, on the generated corpora of {@link FamilyCorpus}; the table
 * is printed and written to {@code core/target/family-corpus.txt}.
 */
class FamilyCorpusTest {
    private static final double MIN_RECALL = 99.0;
    private static final double MAX_BENIGN_CHANGED = 0.5;
    private static final double MAX_ID_MASKED = 0.1;

    @Test
    void everyFamilyMeetsItsTargets() throws IOException {
        Redactor redactor = Redactor.defaults();
        List<FamilyCorpus.Result> results = FamilyCorpus.measure(redactor);
        Map<String, Double> idRates = FamilyCorpus.idRates(redactor, 100_000);
        StringBuilder report = new StringBuilder(FamilyCorpus.table(results)).append('\n')
            .append("random decimal ids masked as cards (100,000 each):\n");
        idRates.forEach((shape, rate) -> report.append(String.format(java.util.Locale.ROOT, "  %-32s %6.3f %%%n",
            shape, rate)));
        for (FamilyCorpus.Result result : results) {
            result.misses().forEach(miss -> report.append("miss ").append(result.family()).append(": ").append(miss)
                .append('\n'));
            result.falsePositives().forEach(fp -> report.append("changed ").append(result.family()).append(": ")
                .append(fp).append('\n'));
        }
        System.out.print(report);
        Files.writeString(Path.of("target/family-corpus.txt"), report);

        for (FamilyCorpus.Result result : results) {
            assertThat(result.recall()).as("recall of %s; misses: %s", result.family(), result.misses())
                .isGreaterThanOrEqualTo(MIN_RECALL);
            assertThat(result.benignChangedPercent()).as("benign changed in %s: %s", result.family(),
                result.falsePositives()).isLessThanOrEqualTo(MAX_BENIGN_CHANGED);
        }
        idRates.forEach((shape, rate) -> {
            if (!shape.contains("no key")) {
                assertThat(rate).as("ids masked as cards: %s", shape).isLessThan(MAX_ID_MASKED);
            }
        });
    }

    @Test
    void theExistingCorpusStaysClean() throws IOException {
        Redactor redactor = Redactor.defaults();
        for (String line : RedactorCorpusTest.benignCorpus()) {
            assertThat(redactor.redact(line)).as(line).isSameAs(line);
        }
    }
}
