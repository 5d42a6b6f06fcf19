package dev.logveil.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JSON result file of a JMH run ({@code -rf json}) into one {@link Result} per benchmark and parameter
 * set, for the chart and the tables of {@code docs/benchmarks.md}, which are generated from it and never typed by
 * hand.
 */
final class JmhResults {
    /**
     * One measured row.
     *
     * @param group the benchmark class's simple name
     * @param method the benchmark method, with {@code " (N threads)"} when run on more than one thread
     * @param param the parameter values joined by {@code ,} (empty when the benchmark has none)
     * @param mode JMH's mode: {@code avgt} or {@code thrpt}
     * @param score the mean of the measurement iterations
     * @param error the 99.9 % confidence half-width JMH reports ({@code NaN} with fewer than two iterations)
     * @param unit the score's unit, for example {@code ns/op}
     * @param bytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}); {@code NaN} without
     *     {@code -prof gc}
     */
    record Result(String group, String method, String param, String mode, double score, double error, String unit,
        double bytesPerOp) {
    }

    private JmhResults() {
    }

    static List<Result> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static List<Result> read(InputStream in) throws IOException {
        List<Result> results = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not a JMH JSON result array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                results.add(readOne(p));
            }
        }
        return results;
    }

    private static Result readOne(JsonParser p) throws IOException {
        String benchmark = "?.?";
        String mode = "";
        // JMH writes parameters in declaration order; sorting by name keeps a stable column order either way.
        Map<String, String> params = new TreeMap<>();
        Metric primary = new Metric();
        Metric bytesPerOp = new Metric();
        int threads = 1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "benchmark" -> benchmark = p.getText();
                case "mode" -> mode = p.getText();
                case "threads" -> threads = p.getIntValue();
                case "params" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        params.put(name, p.getText());
                    }
                }
                case "primaryMetric" -> primary.read(p);
                case "secondaryMetrics" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("gc.alloc.rate.norm")) {
                            bytesPerOp.read(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        int dot = benchmark.lastIndexOf('.');
        String group = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
        String method = benchmark.substring(dot + 1) + (threads > 1 ? " (" + threads + " threads)" : "");
        return new Result(group, method, String.join(",", params.values()), mode, primary.score, primary.error,
            primary.unit, bytesPerOp.score);
    }

    /** The fields of one JMH metric object that the docs use. */
    private static final class Metric {
        double score = Double.NaN;
        double error = Double.NaN;
        String unit = "";

        void read(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "score" -> score = number(p, value);
                    case "scoreError" -> error = number(p, value);
                    case "scoreUnit" -> unit = p.getText();
                    default -> p.skipChildren();
                }
            }
        }

        /** JMH writes {@code "NaN"} as a string when a figure is undefined. */
        private static double number(JsonParser p, JsonToken value) throws IOException {
            return value == JsonToken.VALUE_STRING ? Double.NaN : p.getDoubleValue();
        }
    }
}
