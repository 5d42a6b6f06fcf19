package dev.logveil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.examples.DemoSecrets.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's scenario, shortened, as CI runs it: the same phases and the same checks as the README's first command,
 * on the real service, the real Logback configuration and the files they write.
 */
class DemoServiceTest {

    @Test
    void theQuickScenarioLeaksNoSecretTracesEveryRequestAndRaisesAndResolvesTheAlert(@TempDir Path logs)
        throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RunSummary summary;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            summary = DemoService.run(ScenarioPlan.quick(), logs);
        } finally {
            System.setOut(console);
        }
        String out = printed.toString(StandardCharsets.UTF_8);

        assertThat(summary.failures()).as(out).isEmpty();
        assertThat(summary.passed()).isTrue();
        OutputScan.Report report = summary.report();
        assertThat(report.findings()).isEmpty();
        assertThat(summary.scenario().planted().keySet()).as("every secret was planted")
            .containsExactlyInAnyOrderElementsOf(DemoSecrets.ALL.stream().map(Secret::value).toList());
        assertThat(summary.scenario().statuses()).containsKeys(200, 401, 502, 503).doesNotContainKey(0);
        assertThat(report.linesByFile()).containsOnlyKeys(DemoLogging.CONSOLE_FILE, DemoLogging.JSON_FILE);
        assertThat(report.linesByFile().values()).allSatisfy(lines -> assertThat(lines).isGreaterThan(50));
        assertThat(report.keyIds()).containsKeys(summary.keyIdOf("alice"), summary.keyIdOf("bob"),
            summary.keyIdOf("unknown key, rejected"));
        assertThat(report.requestLinesWithRequestId()).isEqualTo(report.requestLines())
            .isEqualTo(summary.scenario().requests());
        assertThat(report.alerts()).extracting(OutputScan.Alert::state).containsExactly("firing", "resolved");
        assertThat(report.alerts().get(0).message()).contains("top loggers: demo.inventory=")
            .contains(summary.keyIdOf("alice"));

        // What a person sees: a line per phase, the masked lines, the summary.
        assertThat(out).contains("[1/5] normal traffic", "[4/5] burst", "[5/5] recovery", "alert resolved")
            .contains("?key=[REDACTED]", "Authorization: Bearer [REDACTED]", "postgresql://reports:[REDACTED]@")
            .contains("secrets found    0 ", "alert firing", "alert resolved", "PASS: ");
        for (Secret secret : DemoSecrets.ALL) {
            assertThat(out).as(secret.name()).doesNotContain(secret.value());
        }
        assertThat(Files.readString(logs.resolve(DemoLogging.CONSOLE_FILE))).contains("[REDACTED]")
            .contains("auth.key_malformed", "auth.key_rejected", "error-rate anomaly firing");
    }

    @Test
    void theScanFindsASecretAndEveryTwelveCharacterPieceOfIt(@TempDir Path logs) throws IOException {
        String stripe = DemoSecrets.STRIPE_KEY;
        Path text = Files.writeString(logs.resolve("app.log"), String.join("\n",
            "clean line",
            "charge failed with " + stripe,
            "half a key: ..." + stripe.substring(9, 21) + "...",
            "eleven characters are not a piece: " + stripe.substring(9, 20)) + "\n");
        Path json = Files.writeString(logs.resolve("app.json"),
            "{\"message\":\"ok\",\"key_id\":\"3f2a9c1b0d4e5f67\",\"logger_name\":\"demo.access\","
                + "\"request_id\":\"r1\"}\n"
                + "{\"message\":\"token " + DemoSecrets.GITHUB_TOKEN + "\"}\n");

        OutputScan.Report report = OutputScan.scan(List.of(text, json), DemoSecrets.ALL);

        assertThat(report.findings()).extracting(f -> f.file() + ":" + f.line()).containsExactly("app.log:2",
            "app.log:3", "app.json:2");
        assertThat(report.linesByFile()).containsEntry("app.log", 4).containsEntry("app.json", 2);
        assertThat(report.keyIds()).containsEntry("3f2a9c1b0d4e5f67", 1);
        assertThat(report.requestLines()).isEqualTo(1);
    }

    @Test
    void queryParametersAreDecodedAndAbsentOnesAreNull() {
        assertThat(QueryParameters.first("limit=5&key=abc%2Bdef", "key")).isEqualTo("abc+def");
        assertThat(QueryParameters.first("key=&limit=5", "key")).isEmpty();
        assertThat(QueryParameters.first("key", "key")).isEmpty();
        assertThat(QueryParameters.first("key=abc%0A", "key")).isEqualTo("abc\n");
        assertThat(QueryParameters.first("key=bad%zz", "key")).isEqualTo("bad%zz");
        assertThat(QueryParameters.first("apikey=abc", "key")).isNull();
        assertThat(QueryParameters.first(null, "key")).isNull();
    }

    @Test
    void serveModePrintsCommandsThatReachTheLoopbackService() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DemoService.printCommands(new PrintStream(printed, true, StandardCharsets.UTF_8),
            URI.create("http://127.0.0.1:41234"), Path.of("/tmp/logs"));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out)
            .contains("curl -i -H 'X-API-Key: " + DemoSecrets.ALICE_KEY + "' http://127.0.0.1:41234/v1/orders")
            .contains("'http://127.0.0.1:41234/v1/orders/1001?key=" + DemoSecrets.BOB_KEY + "'")
            .contains("simulate=outage").contains("Ctrl+C");
    }
}
