package dev.logveil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.benchmarks.JmhResults.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/benchmarks.md} quotes the committed run and nothing else: regenerating its tables from
 * {@code benchmarks/results/all.json} changes nothing. Not a timed test; it only compares text.
 */
class BenchmarkTablesTest {
    private static final Path RESULTS = Path.of("results", "all.json");
    private static final Path PAGE = Path.of("..", "docs", "benchmarks.md");

    @Test
    void thePageShowsExactlyTheCommittedRun() throws IOException {
        List<Result> results = JmhResults.read(RESULTS);
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);

        assertThat(BenchmarkTables.rewrite(page, results))
            .as("docs/benchmarks.md differs from what BenchmarkTables makes of results/all.json: run the commands of "
                + "its 'How to reproduce' section")
            .isEqualTo(page);
    }

    @Test
    void everyBenchmarkClassOfTheRunHasATableOnThePage() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        JmhResults.read(RESULTS).stream().map(Result::group).distinct()
            .forEach(group -> assertThat(page).as(group).contains("<!-- table " + group));
    }

    @Test
    void aTableShowsTimeAllocationAndTheRatioToItsBaseline() {
        List<Result> results = List.of(
            new Result("Demo", "stock", "clean", "avgt", 200, 5, "ns/op", 528),
            new Result("Demo", "ours", "clean", "avgt", 300, 10, "ns/op", 0));

        String table = BenchmarkTables.table("table Demo baseline=stock", results);

        assertThat(table).contains("| `stock` (baseline) | 200 ± 5.0 | 528 | 1.00× |")
            .contains("| `ours` | 300 ± 10.0 | 0 | 1.50× |");
    }
}
