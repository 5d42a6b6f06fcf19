package dev.logveil.examples;

import dev.logveil.core.keyid.KeyFingerprint;
import dev.logveil.examples.OutputScan.Alert;
import dev.logveil.examples.OutputScan.Finding;
import dev.logveil.examples.OutputScan.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a demo run, from what the scenario did and what the output scan found in the files; the run passes
 * only when no secret was found, the alert fired and resolved, and the key ids and request ids are there.
 */
final class RunSummary {

    private final Scenario.Result scenario;
    private final Report report;
    private final Map<String, String> clientsByKeyId;
    private final List<String> loggingProblems;
    private final Path directory;
    private final List<String> failures = new ArrayList<>();

    RunSummary(Scenario.Result scenario, Report report, KeyFingerprint keyIds, List<String> loggingProblems,
               Path directory) {
        this.scenario = scenario;
        this.report = report;
        this.loggingProblems = List.copyOf(loggingProblems);
        this.directory = directory;
        this.clientsByKeyId = new LinkedHashMap<>();
        clientsByKeyId.put(keyIds.of(DemoSecrets.ALICE_KEY), "alice");
        clientsByKeyId.put(keyIds.of(DemoSecrets.BOB_KEY), "bob");
        clientsByKeyId.put(keyIds.of(DemoSecrets.MALLORY_KEY), "unknown key, rejected");
        check();
    }

    private void check() {
        if (!report.findings().isEmpty()) {
            failures.add(report.findings().size() + " line(s) hold a planted secret");
        }
        if (!report.hasAlert("firing")) {
            failures.add("no error-rate alert was raised");
        } else if (!report.hasAlert("resolved")) {
            failures.add("the error-rate alert did not resolve");
        }
        for (String client : List.of("alice", "bob")) {
            if (keyIdOf(client) == null || !report.keyIds().containsKey(keyIdOf(client))) {
                failures.add("no line carries " + client + "'s key_id");
            }
        }
        if (report.requestLines() == 0 || report.requestLinesWithRequestId() != report.requestLines()) {
            failures.add("not every request line carries a request_id");
        }
        if (!loggingProblems.isEmpty()) {
            failures.add("Logback reported problems with logback.xml: " + loggingProblems);
        }
        if (!scenario.finished()) {
            failures.add("the scenario did not finish in time");
        }
    }

    /** Whether the run showed everything it should. */
    boolean passed() {
        return failures.isEmpty();
    }

    /** Why it did not pass; empty when it did. */
    List<String> failures() {
        return failures;
    }

    Scenario.Result scenario() {
        return scenario;
    }

    Report report() {
        return report;
    }

    /** The key_id of a demo client ("alice", "bob"), as the run computes it. */
    String keyIdOf(String client) {
        return clientsByKeyId.entrySet().stream().filter(e -> e.getValue().equals(client)).map(Map.Entry::getKey)
            .findFirst().orElse(null);
    }

    void print(PrintStream out) {
        out.println();
        out.println("Summary");
        row(out, "requests made", scenario.requests() + " (" + statuses() + ") in "
            + String.format("%.1f s", scenario.elapsed().toMillis() / 1000.0));
        List<String> lines = new ArrayList<>();
        report.linesByFile().forEach((file, count) -> lines.add(file + " " + count));
        row(out, "lines written", String.join(", ", lines));
        int times = scenario.planted().values().stream().mapToInt(Integer::intValue).sum();
        row(out, "secrets planted", scenario.planted().size() + " fake secrets, sent or provoked " + times
            + " times: API keys in headers and query strings,",
            "tokens and passwords in log arguments, a record's toString(), exception messages, causes and",
            "suppressed exceptions");
        row(out, "secrets found", report.findings().size() + " (every line searched for each secret and each of its"
            + " " + OutputScan.PIECE + "-character pieces)");
        for (Finding finding : report.findings().subList(0, Math.min(5, report.findings().size()))) {
            row(out, "", finding.file() + ":" + finding.line() + ": " + finding.secret());
        }
        List<String> ids = new ArrayList<>();
        clientsByKeyId.forEach((id, client) -> {
            if (report.keyIds().containsKey(id)) {
                ids.add(id + " " + client + " (" + report.keyIds().get(id) + " lines)");
            }
        });
        report.keyIds().forEach((id, count) -> {
            if (!clientsByKeyId.containsKey(id)) {
                ids.add(id + " ? (" + count + " lines)");
            }
        });
        row(out, "key ids seen", ids.isEmpty() ? new String[] {"none"} : ids.toArray(String[]::new));
        row(out, "request ids", report.requestLinesWithRequestId() + " of " + report.requestLines()
            + " request lines carry one (" + report.distinctRequestIds() + " distinct)");
        for (Alert alert : report.alerts()) {
            row(out, "alert " + alert.state(), alert.timestamp() + "  " + figures(alert.message()));
        }
        if (report.alerts().isEmpty()) {
            row(out, "alert", "none");
        }
        row(out, "logs", directory.toAbsolutePath() + "  (" + DemoLogging.CONSOLE_FILE + " = this console, "
            + DemoLogging.JSON_FILE + " = RedactingJsonEncoder)");
        out.println();
        if (passed()) {
            out.println("PASS: no secret reached the logs; every request line carries a request_id, alice's and"
                + " bob's requests their key_id; the error burst raised one alert, and it resolved.");
        } else {
            out.println("FAIL: " + String.join("; ", failures));
        }
    }

    private String statuses() {
        List<String> parts = new ArrayList<>();
        scenario.statuses().forEach((status, count) -> parts.add(count + " x " + (status == 0 ? "failed" : status)));
        return String.join(", ", parts);
    }

    /** A labelled row; further values go on their own lines, aligned under the first. */
    private static void row(PrintStream out, String label, String... values) {
        for (int i = 0; i < values.length; i++) {
            out.printf("  %-16s %s%n", i == 0 ? label : "", values[i]);
        }
    }

    /** "error-rate anomaly firing: 28 errors in 1s (...); top loggers: ..." gives "28 errors in 1s (...)". */
    private static String figures(String message) {
        int from = message.indexOf(": ");
        int to = message.indexOf(';');
        return from < 0 || to < from ? message : message.substring(from + 2, to);
    }
}
