package dev.logveil.benchmarks;

import dev.logveil.benchmarks.JmhResults.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the tables of {@code docs/benchmarks.md} from one JMH JSON result file, so that every figure on that
 * page comes from the same run and none is typed by hand.
 *
 * <p>The page marks each generated block with a pair of HTML comments; everything between them is replaced:
 * <pre>
 * &lt;!-- table LogbackLayoutBenchmark baseline=stockPatternLayout --&gt; … &lt;!-- end --&gt;
 * &lt;!-- targets --&gt; … &lt;!-- end --&gt;
 * </pre>
 * A table has one row per benchmark method and, per parameter value, the time, the allocation and (with a
 * {@code baseline}) the ratio to the baseline method in the same run. The targets block checks the speed targets of
 * the engine and layouts against the run.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.logveil.benchmarks.BenchmarkTables
 * benchmarks/results/all.json docs/benchmarks.md}
 */
public final class BenchmarkTables {
    private static final Pattern BLOCK = Pattern.compile(
        "(<!-- (table [^>]*?|targets) -->\\n)(.*?)(<!-- end -->)", Pattern.DOTALL);

    /** How each contender is named on the page; a method not listed here is shown by its own name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry("RedactorBenchmark.logveil", "**Logveil** `Redactor.redact`"),
        Map.entry("RedactorBenchmark.javaRegexCombined", "`java.util.regex`, one combined rule"),
        Map.entry("ScanFloorBenchmark.oneLookupFloor", "one-lookup floor"),
        Map.entry("ScanFloorBenchmark.wordSkipSkeleton", "word-skip skeleton"),
        Map.entry("ScanFloorBenchmark.branchFreeSkeleton", "branch-free skeleton"),
        Map.entry("ScanFloorBenchmark.engine", "**engine** (all detectors)"),
        Map.entry("LogbackLayoutBenchmark.stockPatternLayout", "stock `PatternLayout`"),
        Map.entry("LogbackLayoutBenchmark.logveilPatternLayout", "**`RedactingPatternLayout`**"),
        Map.entry("LogbackLayoutBenchmark.replaceCombined", "`%replace`, one combined regex"),
        Map.entry("LogbackLayoutBenchmark.replaceFive", "`%replace`, five chained"),
        Map.entry("LogbackLayoutBenchmark.logstashEncoder", "logstash-logback-encoder, plain"),
        Map.entry("LogbackLayoutBenchmark.logstashMasked", "logstash-logback-encoder, masking decorator"),
        Map.entry("LogbackLayoutBenchmark.logveilJsonEncoder", "**`RedactingJsonEncoder`**"),
        Map.entry("Log4j2LayoutBenchmark.patternLayout", "stock `PatternLayout`"),
        Map.entry("Log4j2LayoutBenchmark.logveilRedactingPatternLayout", "**`RedactingPatternLayout`**"),
        Map.entry("Log4j2LayoutBenchmark.logveilRedactConverter", "**`%redact{%m}`** in a stock `PatternLayout`"),
        Map.entry("Log4j2LayoutBenchmark.replaceOneCombinedRegex", "`%replace`, one combined regex"),
        Map.entry("Log4j2LayoutBenchmark.replaceFiveChainedRegexes", "`%replace`, five chained"),
        Map.entry("Log4j2LayoutBenchmark.jsonTemplateLayout", "`JsonTemplateLayout`"),
        Map.entry("Log4j2LayoutBenchmark.logveilRedactingJsonLayout", "**`RedactingJsonLayout`**"),
        Map.entry("JsonIntegrationBenchmark.logstashPlain", "logstash-logback-encoder, plain"),
        Map.entry("JsonIntegrationBenchmark.logstashDecoratorOnly",
            "LLE's `MaskingJsonGeneratorDecorator`, masker that masks nothing"),
        Map.entry("JsonIntegrationBenchmark.logstashLogveil", "LLE's decorator + **`RedactingValueMasker`**"),
        Map.entry("JsonIntegrationBenchmark.logstashLogveilDecorator",
            "**`RedactingJsonGeneratorDecorator`** in place of LLE's decorator"),
        Map.entry("JsonIntegrationBenchmark.logstashRegexMasks", "LLE's decorator, regex value mask and field paths"),
        Map.entry("JsonIntegrationBenchmark.ecsStock", "`JsonTemplateLayout`, ECS template, stock"),
        Map.entry("JsonIntegrationBenchmark.ecsLogveil", "`JsonTemplateLayout`, ECS template, **Logveil** resolvers"),
        Map.entry("KeyIdBenchmark.keyIdSha256", "`key_id`, SHA-256 (pooled digest)"),
        Map.entry("KeyIdBenchmark.keyIdHmacSha256", "`key_id`, HMAC-SHA256"),
        Map.entry("KeyIdBenchmark.keyCheck", "key check"),
        Map.entry("KeyIdBenchmark.keyIdMdcBindAndClose", "`KeyIdMdc.bind` + `close`"),
        Map.entry("KeyIdBenchmark.baselineNewDigestPerCall", "for comparison: `MessageDigest.getInstance` per call"),
        Map.entry("AnomalyAppendBenchmark.coreRecordError1", "core recording of an error"),
        Map.entry("AnomalyAppendBenchmark.coreRecordError2", "core recording of an error"),
        Map.entry("AnomalyAppendBenchmark.logbackError1", "Logback `doAppend`, ERROR event"),
        Map.entry("AnomalyAppendBenchmark.logbackError2", "Logback `doAppend`, ERROR event"),
        Map.entry("AnomalyAppendBenchmark.logbackInfo1", "Logback `doAppend`, INFO event (not counted)"),
        Map.entry("AnomalyAppendBenchmark.logbackInfo2", "Logback `doAppend`, INFO event (not counted)"));

    private BenchmarkTables() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchmarkTables <jmh-result.json> <benchmarks.md>");
            System.exit(2);
        }
        List<Result> results = JmhResults.read(Path.of(args[0]));
        Path page = Path.of(args[1]);
        String before = Files.readString(page, StandardCharsets.UTF_8);
        String after = rewrite(before, results);
        Files.writeString(page, after, StandardCharsets.UTF_8);
        System.out.println("rewrote the generated blocks of " + page + " from " + results.size() + " results");
    }

    static String rewrite(String page, List<Result> results) {
        Matcher blocks = BLOCK.matcher(page);
        StringBuilder out = new StringBuilder();
        while (blocks.find()) {
            String spec = blocks.group(2);
            String body = spec.equals("targets") ? Targets.table(results) : table(spec, results);
            blocks.appendReplacement(out, Matcher.quoteReplacement(blocks.group(1) + body + blocks.group(4)));
        }
        blocks.appendTail(out);
        return out.toString();
    }

    /** {@code table <Class> [baseline=<method>]}. */
    static String table(String spec, List<Result> results) {
        String[] words = spec.split(" ");
        String group = words[1];
        String baseline = words.length > 2 && words[2].startsWith("baseline=") ? words[2].substring(9) : null;
        List<Result> rows = results.stream().filter(r -> r.group().equals(group)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no results for " + group + " in the JSON file");
        }
        Set<String> params = new LinkedHashSet<>();
        Map<String, Map<String, Result>> byMethod = new LinkedHashMap<>();
        if (baseline != null) {
            byMethod.put(baseline, new LinkedHashMap<>());
        }
        for (Result row : rows) {
            params.add(row.param());
            byMethod.computeIfAbsent(row.method(), m -> new LinkedHashMap<>()).put(row.param(), row);
        }
        String unit = rows.get(0).unit();
        StringBuilder header = new StringBuilder("| contender |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String param : params) {
            String prefix = param.isEmpty() ? "" : param + " ";
            header.append(' ').append(prefix).append(unit).append(" | ").append(prefix).append("B/op |");
            rule.append("---:|---:|");
            if (baseline != null) {
                header.append(' ').append(prefix).append("× baseline |");
                rule.append("---:|");
            }
        }
        StringBuilder table = new StringBuilder().append(header).append('\n').append(rule).append('\n');
        for (Map.Entry<String, Map<String, Result>> method : byMethod.entrySet()) {
            table.append("| ").append(label(group, method.getKey()))
                .append(method.getKey().equals(baseline) ? " (baseline)" : "").append(" |");
            for (String param : params) {
                Result result = method.getValue().get(param);
                if (result == null) {
                    table.append(baseline != null ? " – | – | – |" : " – | – |");
                    continue;
                }
                table.append(' ').append(scoreWithError(result)).append(" | ").append(bytes(result.bytesPerOp()))
                    .append(" |");
                if (baseline != null) {
                    Result base = byMethod.getOrDefault(baseline, Map.of()).get(param);
                    table.append(' ').append(base == null ? "–" : ratio(result.score() / base.score())).append(" |");
                }
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** The contender's name on the page; a multi-threaded run keeps its {@code " (N threads)"} suffix. */
    static String label(String group, String method) {
        int suffix = method.indexOf(" (");
        String name = suffix < 0 ? method : method.substring(0, suffix);
        String label = LABELS.getOrDefault(group + "." + name, "`" + name + "`");
        return suffix < 0 ? label : label + method.substring(suffix);
    }

    static String scoreWithError(Result result) {
        String score = number(result.score());
        return Double.isNaN(result.error()) ? score : score + " ± " + number(result.error());
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String bytes(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    /** Looks up one result by class, method and parameter value. */
    static Optional<Result> find(List<Result> results, String group, String method, String param) {
        return results.stream()
            .filter(r -> r.group().equals(group) && r.method().equals(method) && r.param().equals(param))
            .findFirst();
    }

    /** The speed targets of the engine and the layouts (issue 16), checked against one run. */
    static final class Targets {
        private Targets() {
        }

        /** One target: {@code measured} against {@code limit}, where lower is better. */
        record Check(String target, String measured, double value, double limit, String limitText) {
            boolean met() {
                return value <= limit;
            }
        }

        static String table(List<Result> results) {
            List<Check> checks = new ArrayList<>();
            for (String line : List.of("access", "prose")) {
                ratioCheck(results, checks, "Engine, clean " + line + " line, against the one-lookup floor",
                    "ScanFloorBenchmark", "engine", "oneLookupFloor", line, 3.0);
            }
            ratioCheck(results, checks, "Engine, clean trigger-rich line, against the one-lookup floor",
                "ScanFloorBenchmark", "engine", "oneLookupFloor", "triggers", 4.0);
            for (String line : List.of("access", "prose", "triggers")) {
                find(results, "ScanFloorBenchmark", "engine", line).ifPresent(r -> checks.add(new Check(
                    "Engine, clean " + line + " line, allocation", bytes(r.bytesPerOp()) + " B/op", r.bytesPerOp(),
                    0.5, "0 B/op")));
            }
            perSecretCheck(results, checks);
            layoutChecks(results, checks, "LogbackLayoutBenchmark", "stockPatternLayout", "logveilPatternLayout",
                "Logback `RedactingPatternLayout`", 1.6, 2.5, 2.0, 3.0);
            layoutChecks(results, checks, "Log4j2LayoutBenchmark", "patternLayout", "logveilRedactingPatternLayout",
                "Log4j2 `RedactingPatternLayout`", 1.8, 2.8, 2.4, 3.5);
            for (String event : List.of("clean", "dirty")) {
                ratioCheck(results, checks, "`RedactingJsonEncoder` against logstash-logback-encoder plain, " + event,
                    "LogbackLayoutBenchmark", "logveilJsonEncoder", "logstashEncoder", event, 1.0);
            }
            StringBuilder table = new StringBuilder("| target | measured | limit | met |\n|---|---:|---:|:---:|\n");
            for (Check check : checks) {
                table.append("| ").append(check.target()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.limitText()).append(" | ").append(check.met() ? "yes" : "**no**").append(" |\n");
            }
            return table.toString();
        }

        private static void layoutChecks(List<Result> results, List<Check> checks, String group, String stock,
            String logveil, String name, double clean, double dirty, double triggersClean, double triggersDirty) {
            ratioCheck(results, checks, name + ", clean event, against stock", group, logveil, stock, "clean", clean);
            ratioCheck(results, checks, name + ", dirty event, against stock", group, logveil, stock, "dirty", dirty);
            ratioCheck(results, checks, name + ", trigger-rich clean message, against stock", group, logveil, stock,
                "triggers", triggersClean);
            ratioCheck(results, checks, name + ", trigger-rich message with secrets, against stock", group, logveil,
                stock, "triggersDirty", triggersDirty);
        }

        private static void ratioCheck(List<Result> results, List<Check> checks, String target, String group,
            String method, String baseline, String param, double limit) {
            Optional<Result> measured = find(results, group, method, param);
            Optional<Result> base = find(results, group, baseline, param);
            if (measured.isEmpty() || base.isEmpty()) {
                return;
            }
            double value = measured.get().score() / base.get().score();
            checks.add(new Check(target, ratio(value) + " (" + number(measured.get().score()) + " / "
                + number(base.get().score()) + " " + measured.get().unit() + ")", value, limit, ratio(limit)));
        }

        /** The dirty engine line holds three secrets; each may cost at most 100 ns over the clean line. */
        private static void perSecretCheck(List<Result> results, List<Check> checks) {
            Optional<Result> clean = find(results, "RedactorBenchmark", "logveil", "clean");
            Optional<Result> dirty = find(results, "RedactorBenchmark", "logveil", "dirty");
            if (clean.isEmpty() || dirty.isEmpty()) {
                return;
            }
            double perSecret = (dirty.get().score() - clean.get().score()) / 3;
            checks.add(new Check("Engine, dirty line: cost of each of its three secrets over the clean line",
                number(perSecret) + " ns (" + number(dirty.get().score()) + " − " + number(clean.get().score())
                    + ") / 3", perSecret, 100, "100 ns"));
        }
    }
}
