package dev.logveil.benchmarks;

import dev.logveil.log4j2.RedactingJsonLayout;
import dev.logveil.log4j2.RedactingPatternLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.layout.ByteBufferDestinationHelper;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.time.MutableInstant;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Log4j2 layouts side by side, each encoding one pre-built event into an appender-like buffer (Log4j2's garbage-free
 * {@code encode} path, as a {@code FileAppender} uses it): the stock {@code PatternLayout} (the baseline), the same
 * pattern with {@code %replace} masking by one combined regex and by five chained ones, Logveil's
 * {@code RedactingPatternLayout} and {@code %redact{%m}}, Log4j2's {@code JsonTemplateLayout} (its default ECS
 * template) and Logveil's {@code RedactingJsonLayout}; on a clean event, on one with three secrets, and on a clean
 * trigger-rich one ({@link ScanFloorBenchmark#TRIGGER_RICH}: a query string, header-like text, {@code k=v} pairs),
 * and on the trigger-rich shapes with the three secrets ({@link ScanFloorBenchmark#TRIGGER_RICH_DIRTY}).
 *
 * <p>The regexes cover what the engine's built-in detectors cover on these lines (sensitive keys, bearer tokens,
 * JWTs, AWS and GitHub keys, card-like digit runs), as in {@link RedactorBenchmark}.
 *
 * <p>Run (full): {@code java -jar benchmarks/target/benchmarks.jar Log4j2LayoutBenchmark -prof gc -rf json
 * -rff benchmarks/results/log4j2-layouts.json}
 *
 * <p>Smoke run: {@code java -jar benchmarks/target/benchmarks.jar Log4j2LayoutBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Log4j2LayoutBenchmark {

    static final String BASE = "%d{ISO8601} [%t] %-5level %logger{36} %X{request_id} - ";

    /** A clean message: what most lines look like. */
    static final String CLEAN = "GET /orders/42 status=200 duration_ms=17 items=3 customer=88231 region=eu-west-1";

    /** A message with three secrets: a password, a bearer token and an AWS key id. */
    static final String DIRTY = "login user=bob password=hunter2 then Authorization: Bearer abc.def-123456789 "
        + "upstream key AKIAZLOGVEIL0FAKE0ID status=401";

    /** Values of sensitive keys, the key kept. */
    static final String KEY_RULE = "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?token"
        + "|client[_-]?secret)\\s*[=:]\\s*[\"']?)[^\\s\"',;&)\\]]+";

    /** The five rules a user would chain, each with its replacement. Braces stay balanced: they sit in %replace{}. */
    static final String[][] RULES = {
        {KEY_RULE, "$1[REDACTED]"},
        {"(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}", "$1[REDACTED]"},
        {"eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]*", "[REDACTED]"},
        {"AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}", "[REDACTED]"},
        {"\\b(?:\\d[ -]?){12,18}\\d\\b", "[REDACTED]"},
    };

    @Param({"clean", "dirty", "triggers", "triggersDirty"})
    public String event;

    private LogEvent logEvent;
    private final Sink sink = new Sink();

    private Layout<?> patternLayout;
    private Layout<?> replaceCombined;
    private Layout<?> replaceChained;
    private Layout<?> redactingPatternLayout;
    private Layout<?> redactConverter;
    private Layout<?> jsonTemplateLayout;
    private Layout<?> redactingJsonLayout;

    @Setup
    public void setUp() {
        Configuration configuration = new DefaultConfiguration();
        patternLayout = pattern(configuration, BASE + "%m%n");
        replaceCombined = pattern(configuration, BASE + "%replace{%m}{" + combinedRegex() + "}{$1$2[REDACTED]}%n");
        replaceChained = pattern(configuration, BASE + chainedReplace() + "%n");
        redactingPatternLayout = RedactingPatternLayout.newBuilder().setConfiguration(configuration)
            .setPattern(BASE + "%m%n").build();
        redactConverter = pattern(configuration, BASE + "%redact{%m}%n");
        // Stock: logveil-log4j2 on this class path would otherwise wrap it (JsonIntegrationBenchmark measures that).
        jsonTemplateLayout = JsonIntegrationBenchmark.ecs(configuration, false);
        redactingJsonLayout = RedactingJsonLayout.newBuilder().setConfiguration(configuration).build();

        MutableInstant instant = new MutableInstant();
        instant.initFromEpochMilli(1_795_000_000_123L, 0);
        logEvent = Log4jLogEvent.newBuilder()
            .setLoggerName("com.example.checkout.OrderController")
            .setLoggerFqcn("org.apache.logging.log4j.spi.AbstractLogger")
            .setLevel(Level.INFO)
            .setThreadName("http-nio-8080-exec-1")
            .setInstant(instant)
            .setContextData(new SortedArrayStringMap(Map.of("request_id", "7c9e6679-7425-40de-944b-e07fc1f90ae7")))
            .setMessage(new SimpleMessage(message()))
            .build();
        checkContenders();
    }

    private String message() {
        return switch (event) {
            case "clean" -> CLEAN;
            case "triggers" -> ScanFloorBenchmark.TRIGGER_RICH;
            case "triggersDirty" -> ScanFloorBenchmark.TRIGGER_RICH_DIRTY;
            default -> DIRTY;
        };
    }

    private static Layout<?> pattern(Configuration configuration, String pattern) {
        return PatternLayout.newBuilder().withConfiguration(configuration).withPattern(pattern).build();
    }

    private static String combinedRegex() {
        // One alternation; the two rules with a kept prefix become groups 1 and 2.
        StringBuilder regex = new StringBuilder();
        for (String[] rule : RULES) {
            regex.append(regex.length() == 0 ? "" : "|").append(rule[0].replace("(?i)", "(?i:"));
            if (rule[0].startsWith("(?i)")) {
                regex.append(')');
            }
        }
        return regex.toString();
    }

    private static String chainedReplace() {
        String nested = "%m";
        for (String[] rule : RULES) {
            nested = "%replace{" + nested + "}{" + rule[0] + "}{" + rule[1] + "}";
        }
        return nested;
    }

    /** Every contender must write the line, and every masking one must have masked the dirty one. */
    private void checkContenders() {
        Layout<?>[] masking = {replaceCombined, replaceChained, redactingPatternLayout, redactConverter,
            redactingJsonLayout};
        for (Layout<?> layout : masking) {
            String out = new String(layout.toByteArray(logEvent), StandardCharsets.UTF_8);
            boolean leaked = out.contains("hunter2") || out.contains("AKIAZLOGVEIL0FAKE0ID")
                || out.contains("123456789");
            boolean written = out.contains("7c9e6679");
            if (!written || (("dirty".equals(event) || "triggersDirty".equals(event)) && leaked)) {
                throw new IllegalStateException("contender misconfigured: " + layout + " wrote " + out);
            }
        }
    }

    @Benchmark
    public int patternLayout() {
        return sink.encode(patternLayout, logEvent);
    }

    @Benchmark
    public int replaceOneCombinedRegex() {
        return sink.encode(replaceCombined, logEvent);
    }

    @Benchmark
    public int replaceFiveChainedRegexes() {
        return sink.encode(replaceChained, logEvent);
    }

    @Benchmark
    public int logveilRedactingPatternLayout() {
        return sink.encode(redactingPatternLayout, logEvent);
    }

    @Benchmark
    public int logveilRedactConverter() {
        return sink.encode(redactConverter, logEvent);
    }

    @Benchmark
    public int jsonTemplateLayout() {
        return sink.encode(jsonTemplateLayout, logEvent);
    }

    @Benchmark
    public int logveilRedactingJsonLayout() {
        return sink.encode(redactingJsonLayout, logEvent);
    }

    /** An appender's buffer that is emptied when full, as an {@code OutputStreamManager} flushes its buffer. */
    static final class Sink implements ByteBufferDestination {
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

        int encode(Layout<?> layout, LogEvent event) {
            buffer.clear();
            layout.encode(event, this);
            return buffer.position();
        }

        @Override
        public ByteBuffer getByteBuffer() {
            return buffer;
        }

        @Override
        public ByteBuffer drain(ByteBuffer buf) {
            buf.clear();
            return buf;
        }

        @Override
        public void writeBytes(ByteBuffer data) {
            ByteBufferDestinationHelper.writeToUnsynchronized(data, this);
        }

        @Override
        public void writeBytes(byte[] data, int offset, int length) {
            ByteBufferDestinationHelper.writeToUnsynchronized(data, offset, length, this);
        }
    }
}
