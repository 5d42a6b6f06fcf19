package dev.logveil.benchmarks;

import dev.logveil.benchmarks.JmhResults.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws {@code docs/benchmarks.svg} from a JMH JSON result file, so the chart is regenerated with the figures and
 * never drawn by hand: one panel per benchmark class and parameter, one bar per contender, time per operation.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.logveil.benchmarks.BenchmarkChart
 * benchmarks/results/all.json docs/benchmarks.svg}
 */
public final class BenchmarkChart {
    private static final int WIDTH = 900;
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_WIDTH = 330;
    private static final int PANEL_GAP = 34;

    private BenchmarkChart() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchmarkChart <jmh-result.json> <output.svg>");
            System.exit(2);
        }
        // Throughput results (the anomaly appender's ops/µs) would share no axis with times: the chart shows times.
        List<Result> results = JmhResults.read(Path.of(args[0])).stream().filter(r -> r.mode().equals("avgt")).toList();
        Files.writeString(Path.of(args[1]), svg(results), StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1] + " (" + results.size() + " results)");
    }

    static String svg(List<Result> results) {
        Map<String, List<Result>> panels = new LinkedHashMap<>();
        for (Result result : results) {
            String key = result.group() + (result.param().isEmpty() ? "" : " [" + result.param() + "]");
            panels.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
        }
        StringBuilder body = new StringBuilder();
        int y = 30;
        for (Map.Entry<String, List<Result>> panel : panels.entrySet()) {
            double max = panel.getValue().stream().mapToDouble(Result::score).max().orElse(1);
            body.append(text(10, y, panel.getKey() + " — " + panel.getValue().get(0).unit() + " (lower is better)",
                "font-weight:bold"));
            y += 10;
            for (Result result : panel.getValue()) {
                double length = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 90) * result.score() / max;
                String colour = result.method().toLowerCase(Locale.ROOT).contains("logveil")
                    || result.method().toLowerCase(Locale.ROOT).contains("redacting") ? "#2b7a4b" : "#8a8f98";
                body.append(text(10, y + 13, result.method(), ""));
                body.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", LABEL_WIDTH, y,
                    Math.max(1, length), BAR_HEIGHT - 4, colour));
                body.append(text((int) (LABEL_WIDTH + length + 6), y + 13,
                    String.format(Locale.ROOT, "%,.1f", result.score()), ""));
                y += BAR_HEIGHT;
            }
            y += PANEL_GAP;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + y
            + "\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
            + body + "</svg>\n";
    }

    private static String text(int x, int y, String content, String style) {
        String escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<text x=\"" + x + "\" y=\"" + y + "\"" + (style.isEmpty() ? "" : " style=\"" + style + "\"") + ">"
            + escaped + "</text>\n";
    }
}
