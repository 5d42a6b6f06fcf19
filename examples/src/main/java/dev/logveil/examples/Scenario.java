package dev.logveil.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drives the demo service the way clients and failing dependencies would, in five bounded phases, printing a line
 * per phase: normal traffic with valid keys (in the header and in the query), bad keys, failures that leak secrets
 * into exceptions, a burst of failures, and recovery until the anomaly alert has fired and resolved.
 */
final class Scenario {

    /** What the scenario did. */
    record Result(Map<Integer, Integer> statuses, Map<String, Integer> planted, boolean alertFired,
                  boolean alertResolved, boolean finished, Duration elapsed) {

        int requests() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final int PHASES = 5;

    private final URI base;
    private final ScenarioPlan plan;
    private final PrintStream out;
    private final Path jsonFile;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> planted = new LinkedHashMap<>();
    private Map<Integer, Integer> phaseStatuses = new TreeMap<>();
    private long startNanos;
    private int requestNumber;
    private boolean fired;
    private boolean resolved;

    /**
     * @param base the service's address
     * @param out where progress goes
     * @param jsonFile the JSON log, watched for the anomaly alerts
     */
    Scenario(URI base, ScenarioPlan plan, PrintStream out, Path jsonFile) {
        this.base = base;
        this.plan = plan;
        this.out = out;
        this.jsonFile = jsonFile;
    }

    /** Runs every phase; never runs past the plan's deadline. */
    Result run() throws InterruptedException {
        startNanos = System.nanoTime();
        boolean finished = normalTraffic() && badKeys() && leakyFailures() && burst() && recovery();
        return new Result(statuses, planted, fired, resolved, finished, elapsed());
    }

    private boolean normalTraffic() throws InterruptedException {
        phase(1, "normal traffic: " + plan.normalRequests() + " requests; alice sends her key in the X-API-Key"
            + " header, bob his as ?key=");
        for (int i = 0; i < plan.normalRequests() && inTime(); i++) {
            normalRequest(i);
            pause(plan.pace());
        }
        return phaseDone();
    }

    private void normalRequest(int i) {
        switch (i % 4) {
            case 0 -> asAlice("GET", "/v1/orders");
            case 1 -> asBob("GET", "/v1/orders/1001");
            case 2 -> asAlice("GET", "/v1/inventory");
            default -> asBob("GET", "/v1/orders?limit=5");
        }
    }

    private boolean badKeys() throws InterruptedException {
        phase(2, "bad keys: none, empty, malformed (scheme, quotes, line break), unknown; a token as request id");
        List<Runnable> calls = List.of(
            () -> send("GET", "/v1/orders", List.of()),
            () -> send("GET", "/v1/orders", List.of("X-API-Key", "")),
            () -> send("GET", "/v1/orders?key=", List.of()),
            () -> send("GET", "/v1/orders", List.of("X-API-Key", "Bearer " + DemoSecrets.CAROL_KEY),
                DemoSecrets.CAROL_KEY),
            () -> send("GET", "/v1/orders", List.of("X-API-Key", "\"" + DemoSecrets.CAROL_KEY + "\""),
                DemoSecrets.CAROL_KEY),
            () -> send("GET", "/v1/orders?key=" + DemoSecrets.CAROL_KEY + "%0A", List.of(), DemoSecrets.CAROL_KEY),
            () -> send("GET", "/v1/orders", List.of("X-API-Key", DemoSecrets.MALLORY_KEY), DemoSecrets.MALLORY_KEY),
            () -> send("GET", "/v1/orders?key=" + DemoSecrets.MALLORY_KEY, List.of(), DemoSecrets.MALLORY_KEY),
            () -> send("GET", "/v1/orders", List.of("X-API-Key", DemoSecrets.ALICE_KEY,
                "X-Request-ID", DemoSecrets.GITHUB_TOKEN), DemoSecrets.ALICE_KEY, DemoSecrets.GITHUB_TOKEN),
            () -> send("GET", "/v1/me", List.of()));
        for (int i = 0; i < calls.size() && inTime(); i++) {
            calls.get(i).run();
            pause(plan.pace());
        }
        return phaseDone();
    }

    private boolean leakyFailures() throws InterruptedException {
        phase(3, "failures that leak secrets: payment gateway, identity provider, report database, Slack webhook");
        List<Runnable> calls = List.of(
            () -> asAlice("POST", "/v1/orders/1001/pay", DemoSecrets.STRIPE_KEY),
            () -> asBob("GET", "/v1/me", DemoSecrets.ID_TOKEN),
            () -> asAlice("GET", "/v1/reports/7", DemoSecrets.DB_PASSWORD, DemoSecrets.AWS_KEY_ID,
                DemoSecrets.AWS_SECRET),
            () -> asBob("POST", "/v1/notifications/test", DemoSecrets.SLACK_WEBHOOK_PATH),
            () -> asBob("POST", "/v1/orders/1002/pay", DemoSecrets.STRIPE_KEY),
            () -> asAlice("GET", "/v1/me", DemoSecrets.ID_TOKEN),
            () -> asBob("GET", "/v1/reports/9", DemoSecrets.DB_PASSWORD, DemoSecrets.AWS_KEY_ID,
                DemoSecrets.AWS_SECRET),
            () -> asAlice("POST", "/v1/notifications/test", DemoSecrets.SLACK_WEBHOOK_PATH));
        for (int i = 0; i < calls.size() && inTime(); i++) {
            calls.get(i).run();
            pause(plan.pace().multipliedBy(2));
        }
        return phaseDone();
    }

    private boolean burst() throws InterruptedException {
        // The detector needs a learned normal rate before it judges a spike: keep normal traffic going until then.
        int steady = 0;
        for (; elapsed().compareTo(plan.warmup()) < 0 && steady < 1000 && inTime(); steady++) {
            normalRequest(steady);
            pause(plan.recoveryPace());
        }
        if (steady > 0) {
            out.printf("      (then %d more normal requests while the anomaly detector learns the normal rate)%n",
                steady);
        }
        phase(4, "burst: the inventory message broker goes down; " + plan.burstRequests() + " failing requests");
        for (int i = 0; i < plan.burstRequests() && inTime(); i++) {
            if (i % 3 == 2) {
                asBob("GET", "/v1/inventory?simulate=outage", DemoSecrets.MQ_PASSWORD);
            } else {
                asAlice("GET", "/v1/inventory?simulate=outage", DemoSecrets.MQ_PASSWORD);
            }
        }
        return phaseDone();
    }

    private boolean recovery() throws InterruptedException {
        phase(5, "recovery: the broker is back; light traffic until the error-rate alert has fired and resolved");
        long burstEnd = System.nanoTime();
        long giveUp = burstEnd + plan.alertTimeout().toNanos();
        for (int i = 0; i < 10_000 && !resolved && System.nanoTime() < giveUp && inTime(); i++) {
            normalRequest(i);
            pause(plan.recoveryPace());
            boolean wasFired = fired;
            watchAlerts();
            if (fired && !wasFired) {
                out.printf("      alert fired%n");
            }
        }
        if (resolved) {
            out.printf("      alert resolved %.1f s after the burst%n", (System.nanoTime() - burstEnd) / 1e9);
        } else {
            out.printf("      no %s within %d s%n", fired ? "resolution" : "alert", plan.alertTimeout().toSeconds());
        }
        return phaseDone() && resolved;
    }

    /** Reads the JSON log for the anomaly appender's notices. */
    private void watchAlerts() {
        try {
            String json = new String(Files.readAllBytes(jsonFile), StandardCharsets.UTF_8);
            fired = json.contains("\"message\":\"error-rate anomaly firing");
            resolved = json.contains("\"message\":\"error-rate anomaly resolved");
        } catch (IOException notYet) {
            // the file appears with the first line
        }
    }

    private void asAlice(String method, String path, String... alsoPlanted) {
        send(method, path, List.of("X-API-Key", DemoSecrets.ALICE_KEY), with(DemoSecrets.ALICE_KEY, alsoPlanted));
    }

    private void asBob(String method, String path, String... alsoPlanted) {
        String target = path + (path.contains("?") ? "&" : "?") + "key=" + DemoSecrets.BOB_KEY;
        send(method, target, List.of(), with(DemoSecrets.BOB_KEY, alsoPlanted));
    }

    private static String[] with(String first, String... more) {
        String[] all = new String[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    /**
     * Sends one request with a fresh request id (unless the headers bring one) and counts its status (0 when it
     * failed) and the secrets it plants.
     */
    private void send(String method, String target, List<String> headers, String... plants) {
        requestNumber++;
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target)).timeout(Duration.ofSeconds(5))
            .method(method, HttpRequest.BodyPublishers.noBody());
        if (!headers.contains("X-Request-ID")) {
            request.header("X-Request-ID", String.format("req-%04d", requestNumber));
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        int status;
        try {
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        statuses.merge(status, 1, Integer::sum);
        phaseStatuses.merge(status, 1, Integer::sum);
        for (String secret : plants) {
            planted.merge(secret, 1, Integer::sum);
        }
    }

    private void phase(int number, String description) {
        phaseStatuses = new TreeMap<>();
        out.printf("%n[%d/%d] %s%n", number, PHASES, description);
    }

    private boolean phaseDone() {
        List<String> counts = new ArrayList<>();
        phaseStatuses.forEach((status, count) -> counts.add(count + " x " + (status == 0 ? "no answer" : status)));
        out.printf("      %s%n", counts.isEmpty() ? "no requests" : String.join(", ", counts));
        if (!inTime()) {
            out.printf("      stopped: the %d s deadline has passed%n", plan.deadline().toSeconds());
        }
        return inTime();
    }

    private boolean inTime() {
        return elapsed().compareTo(plan.deadline()) < 0 && !Thread.currentThread().isInterrupted();
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
