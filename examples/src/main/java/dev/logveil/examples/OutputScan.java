package dev.logveil.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logveil.examples.DemoSecrets.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads back what the demo wrote and checks it: every planted secret, and every 12-character piece of one, is
 * searched for in every line of every file; the JSON lines are parsed for their {@code key_id}s, request ids and the
 * anomaly appender's notices.
 */
final class OutputScan {

    /** The length of the pieces of a secret that must not appear either. */
    static final int PIECE = 12;

    /** A secret, or a piece of one, found in the output. */
    record Finding(String secret, String file, int line, String text) {
    }

    /** An anomaly notice, as the JSON file holds it. */
    record Alert(String state, String timestamp, String message) {
    }

    /** What the files hold. */
    record Report(Map<String, Integer> linesByFile, List<Finding> findings, Map<String, Integer> keyIds,
                  int requestLines, int requestLinesWithRequestId, int distinctRequestIds, List<Alert> alerts) {

        boolean hasAlert(String state) {
            return alerts.stream().anyMatch(alert -> alert.state().equals(state));
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Secret> pieces = new HashMap<>();
    private final Map<String, Integer> linesByFile = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> keyIds = new TreeMap<>();
    private final Set<String> requestIds = new HashSet<>();
    private final List<Alert> alerts = new ArrayList<>();
    private int requestLines;
    private int requestLinesWithRequestId;

    private OutputScan(List<Secret> secrets) {
        for (Secret secret : secrets) {
            String value = secret.value();
            if (value.length() < PIECE) {
                throw new IllegalArgumentException("a planted secret shorter than " + PIECE + ": " + secret.name());
            }
            for (int i = 0; i + PIECE <= value.length(); i++) {
                pieces.putIfAbsent(value.substring(i, i + PIECE), secret);
            }
        }
    }

    /**
     * Scans the given text files for the secrets; lines of files ending in {@code .json} are also read as JSON
     * events.
     */
    static Report scan(List<Path> files, List<Secret> secrets) throws IOException {
        OutputScan scan = new OutputScan(secrets);
        for (Path file : files) {
            scan.scanFile(file);
        }
        return new Report(scan.linesByFile, scan.findings, scan.keyIds, scan.requestLines,
            scan.requestLinesWithRequestId, scan.requestIds.size(), scan.alerts);
    }

    private void scanFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean json = name.endsWith(".json");
        int number = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                findSecrets(name, number, line);
                if (json) {
                    readEvent(fields(line));
                }
            }
        }
        linesByFile.put(name, number);
    }

    private void findSecrets(String file, int number, String line) {
        Secret found = null;
        for (int i = 0; found == null && i + PIECE <= line.length(); i++) {
            found = pieces.get(line.substring(i, i + PIECE));
        }
        if (found != null) {
            findings.add(new Finding(found.name(), file, number, line));
        }
    }

    private void readEvent(Map<String, String> event) {
        String keyId = event.get("key_id");
        if (keyId != null) {
            keyIds.merge(keyId, 1, Integer::sum);
        }
        if ("demo.access".equals(event.get("logger_name"))) {
            requestLines++;
            String requestId = event.get("request_id");
            if (requestId != null && !requestId.isEmpty()) {
                requestLinesWithRequestId++;
                requestIds.add(requestId);
            }
        }
        if ("dev.logveil.anomaly".equals(event.get("logger_name"))) {
            alerts.add(new Alert(event.getOrDefault("anomaly.state", "?"), event.get("@timestamp"),
                event.getOrDefault("message", "")));
        }
    }

    /** The top-level scalar fields of one JSON object, as text; empty for a line that is not one. */
    static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else {
                    fields.put(name, parser.getText());
                }
            }
        } catch (IOException notJson) {
            fields.clear();
        }
        return fields;
    }
}
