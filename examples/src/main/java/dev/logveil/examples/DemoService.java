package dev.logveil.examples;

import dev.logveil.core.keyid.KeyIdSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Logveil end to end: a small API service with API-key authentication on the JDK's HTTP server, logging through
 * SLF4J to Logback with Logveil's redacting encoders, key ids and error-rate anomaly appender.
 *
 * <pre>
 * java -jar examples/target/logveil-demo.jar            # run the scenario, print the summary (exit 0 = all good)
 * java -jar examples/target/logveil-demo.jar --serve    # keep the service up for curl
 * </pre>
 *
 * The service listens on the loopback interface only. The scenario is bounded in requests and time and stops by
 * itself; {@code --serve} runs until Ctrl+C, for at most an hour.
 */
public final class DemoService {

    static final String USAGE = String.join(System.lineSeparator(),
        "usage: java -jar logveil-demo.jar [--quick] [--logs DIR]",
        "       java -jar logveil-demo.jar --serve [--port N] [--logs DIR]",
        "",
        "  (no option)  start the service on a free loopback port, drive the scenario against it, scan the",
        "               logs for the secrets it planted and print a summary; exit 0 when all is well",
        "  --quick      the same scenario with less traffic (a few seconds)",
        "  --serve      keep the service up and print curl commands to try; Ctrl+C stops it (after an hour at most)",
        "  --port N     the port for --serve (default: a free one)",
        "  --logs DIR   where to write the logs (default: a new temporary directory)");

    private static final long SERVE_LIMIT_MINUTES = 60;

    private DemoService() {
    }

    /** Runs the demo; see the class comment. */
    public static void main(String[] args) throws Exception {
        boolean serve = false;
        boolean quick = false;
        int port = 0;
        Path logs = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--serve" -> serve = true;
                    case "--quick" -> quick = true;
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--logs" -> logs = Path.of(args[++i]);
                    case "--help", "-h" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("logveil-demo: " + (e instanceof ArrayIndexOutOfBoundsException
                ? "an option needs a value" : e.getMessage()));
            System.err.println(USAGE);
            System.exit(2);
        }
        Path directory = logs != null ? logs : Files.createTempDirectory("logveil-demo-");
        if (serve) {
            serve(port, directory);
        } else {
            RunSummary summary = run(quick ? ScenarioPlan.quick() : ScenarioPlan.full(), directory);
            System.exit(summary.passed() ? 0 : 1);
        }
    }

    /**
     * Starts the service, drives the scenario against it, stops it, scans the files it wrote and prints the summary,
     * all on {@link System#out}.
     */
    static RunSummary run(ScenarioPlan plan, Path directory) throws IOException, InterruptedException {
        Scenario.Result result;
        List<String> loggingProblems;
        try (DemoLogging logging = DemoLogging.start(directory)) {
            loggingProblems = logging.configurationProblems();
            try (DemoServer server = DemoServer.start(0)) {
                PrintStream out = System.out;
                out.println("Logveil demo: an API service on " + server.baseUri() + ", logging through Logback with"
                    + " Logveil.");
                out.println("Logs go to the console (RedactingPatternLayoutEncoder) and to "
                    + directory.resolve(DemoLogging.JSON_FILE) + " (RedactingJsonEncoder).");
                loggingProblems.forEach(problem -> out.println("logback.xml: " + problem));
                result = new Scenario(server.baseUri(), plan, out, directory.resolve(DemoLogging.JSON_FILE)).run();
            }
        }
        OutputScan.Report report = OutputScan.scan(List.of(directory.resolve(DemoLogging.CONSOLE_FILE),
            directory.resolve(DemoLogging.JSON_FILE)), DemoSecrets.ALL);
        RunSummary summary = new RunSummary(result, report, KeyIdSettings.current().fingerprint(), loggingProblems,
            directory);
        summary.print(System.out);
        return summary;
    }

    /** Keeps the service up until Ctrl+C (or the one-hour limit), after printing commands to try. */
    static void serve(int port, Path directory) throws IOException, InterruptedException {
        DemoLogging logging = DemoLogging.start(directory);
        DemoServer server = DemoServer.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(logging);
            System.out.println("logveil-demo: stopped; the logs are in " + directory.toAbsolutePath());
            stopped.countDown();
        }, "logveil-demo-shutdown"));
        printCommands(System.out, server.baseUri(), directory);
        if (!stopped.await(SERVE_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            System.out.println("logveil-demo: stopping after " + SERVE_LIMIT_MINUTES + " minutes");
            System.exit(0);
        }
    }

    static void printCommands(PrintStream out, URI base, Path directory) {
        String alice = "-H 'X-API-Key: " + DemoSecrets.ALICE_KEY + "' ";
        String bob = "key=" + DemoSecrets.BOB_KEY;
        out.println("Logveil demo service on " + base + " (loopback only). Logs: console, and "
            + directory.resolve(DemoLogging.JSON_FILE));
        out.println("Try, in another terminal:");
        out.println();
        out.println("  # alice's key in the header, bob's in the query string: 200, the lines carry their key_id");
        out.println("  curl -i " + alice + base + "/v1/orders");
        out.println("  curl -i '" + base + "/v1/orders/1001?" + bob + "'");
        out.println("  # no key, a malformed key, an unknown key: 401 and auth.key_missing / _malformed / _rejected");
        out.println("  curl -i " + base + "/v1/orders");
        out.println("  curl -i -H 'X-API-Key: not a key' " + base + "/v1/orders");
        out.println("  curl -i -H 'X-API-Key: lvdemo_unknown_0123456789abcdef' " + base + "/v1/orders");
        out.println("  # failures whose exceptions carry secrets: see them masked in the stack traces");
        out.println("  curl -i -X POST " + alice + base + "/v1/orders/1001/pay");
        out.println("  curl -i " + alice + base + "/v1/reports/7");
        out.println("  curl -i '" + base + "/v1/me?" + bob + "'");
        out.println("  # a burst of errors: an error-rate alert within a second, resolved a few seconds later");
        out.println("  for i in $(seq 40); do curl -s -o /dev/null " + alice + "'" + base
            + "/v1/inventory?simulate=outage'; done");
        out.println();
        out.println("Ctrl+C stops the service.");
    }

    private static void closeQuietly(DemoLogging logging) {
        try {
            logging.close();
        } catch (IOException ignored) {
            // stopping anyway
        }
    }
}
