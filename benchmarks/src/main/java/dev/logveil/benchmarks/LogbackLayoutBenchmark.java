package dev.logveil.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.LifeCycle;
import dev.logveil.logback.RedactingJsonEncoder;
import dev.logveil.logback.RedactingPatternLayout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Logveil's Logback components against what users run today, on the same pre-built events in one run: the stock
 * {@code PatternLayout} (the baseline), Logback's {@code %replace} with one combined regex and with five chained ones,
 * logstash-logback-encoder plain and with its masking decorator, and ours ({@code RedactingPatternLayout},
 * {@code RedactingJsonEncoder}). Text contenders format with the usual pattern
 * {@code %d{ISO8601} %-5level [%thread] %logger{36} - %msg%n}; JSON contenders encode to bytes, as an appender gets
 * them. The {@code clean} event holds no secret; the {@code dirty} one holds a password, a bearer token and an AWS
 * key id; {@code triggers} is {@link ScanFloorBenchmark#TRIGGER_RICH}, a clean message full of what makes the
 * redactor look twice (a query string, header-like text, {@code k=v} pairs), and {@code triggersDirty}
 * ({@link ScanFloorBenchmark#TRIGGER_RICH_DIRTY}) the same shapes with the three secrets; all carry one MDC entry.
 * Every contender is checked to mask the secrets before measuring.
 *
 * <p>Run: {@code mvn -B -ntp -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * LogbackLayoutBenchmark -prof gc -rf json -rff benchmarks/results/logback-layout.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LogbackLayoutBenchmark {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    /** The combined rule of {@link RedactorBenchmark}, kept-prefix groups 1 to 4 put back before the mask. */
    static final String COMBINED_REPLACEMENT = "$1$2$3$4****";

    /** The same rule as five separate regexes and their replacements, the way users chain {@code %replace}. */
    static final List<List<String>> FIVE_RULES = List.of(
        List.of("(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?token|client[_-]?secret)"
            + "\\s*[=:]\\s*[\"']?)[^\\s\"',;&)}\\]]+", "$1****"),
        List.of("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}", "$1****"),
        List.of("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]*|AKIA[0-9A-Z]{16}"
            + "|gh[pousr]_[A-Za-z0-9]{36}", "****"),
        List.of("(://[^:/\\s@]+:)[^@/\\s]+(?=@)", "$1****"),
        List.of("\\b(?:\\d[ -]?){12,18}\\d\\b", "****"));

    @Param({"clean", "dirty", "triggers", "triggersDirty"})
    public String event;

    private ILoggingEvent loggingEvent;
    private LoggerContext context;
    private PatternLayout stockLayout;
    private PatternLayout replaceCombined;
    private PatternLayout replaceFive;
    private RedactingPatternLayout logveilLayout;
    private LogstashEncoder logstash;
    private LogstashEncoder logstashMasked;
    private RedactingJsonEncoder logveilJson;

    @Setup
    public void setUp() {
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.getMDCAdapter().put("request_id", "req-20261123-0042");
        String message = switch (event) {
            case "clean" -> "GET /orders/{} status=200 duration_ms=17 items=3 customer={}";
            case "triggers" -> ScanFloorBenchmark.TRIGGER_RICH;
            case "triggersDirty" -> ScanFloorBenchmark.TRIGGER_RICH_DIRTY;
            default -> "login user=bob password={} then Authorization: Bearer abc.def-123456789 upstream key {} "
                + "status=401";
        };
        Object[] arguments = switch (event) {
            case "clean" -> new Object[] {42, "7c9e6679-7425-40de-944b-e07fc1f90ae7"};
            case "triggers", "triggersDirty" -> new Object[0];
            default -> new Object[] {"hunter2", "AKIAZLOGVEIL0FAKE0ID"};
        };
        LoggingEvent built = new LoggingEvent("bench", context.getLogger("com.example.orders.web.OrderController"),
            Level.INFO, message, null, arguments);
        built.setThreadName("http-nio-8080-exec-1");
        built.prepareForDeferredProcessing();
        loggingEvent = built;

        stockLayout = start(layout(new PatternLayout(), PATTERN));
        replaceCombined = start(layout(new PatternLayout(), PATTERN.replace("%msg", "%replace(%msg){"
            + quoted(RedactorBenchmark.COMBINED.pattern()) + ", '" + COMBINED_REPLACEMENT + "'}")));
        String chained = "%msg";
        for (List<String> rule : FIVE_RULES) {
            chained = "%replace(" + chained + "){" + quoted(rule.get(0)) + ", '" + rule.get(1) + "'}";
        }
        replaceFive = start(layout(new PatternLayout(), PATTERN.replace("%msg", chained)));
        logveilLayout = start(layout(new RedactingPatternLayout(), PATTERN));

        logstash = start(encoder(new LogstashEncoder()));
        logstashMasked = new LogstashEncoder();
        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.addValueMask(new MaskingJsonGeneratorDecorator.ValueMask(RedactorBenchmark.COMBINED.pattern(),
            COMBINED_REPLACEMENT));
        masking.addPaths("password,secret,token,api_key,access_token,authorization");
        masking.start();
        logstashMasked.setJsonGeneratorDecorator(masking);
        start(encoder(logstashMasked));
        logveilJson = start(encoder(new RedactingJsonEncoder()));

        if ("dirty".equals(event) || "triggersDirty".equals(event)) {
            checkMasked(replaceCombined());
            checkMasked(replaceFive());
            checkMasked(logveilPatternLayout());
            checkMasked(new String(logstashMasked(), java.nio.charset.StandardCharsets.UTF_8));
            checkMasked(new String(logveilJsonEncoder(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @TearDown
    public void tearDown() {
        context.stop();
    }

    @Benchmark
    public String stockPatternLayout() {
        return stockLayout.doLayout(loggingEvent);
    }

    @Benchmark
    public String replaceCombined() {
        return replaceCombined.doLayout(loggingEvent);
    }

    @Benchmark
    public String replaceFive() {
        return replaceFive.doLayout(loggingEvent);
    }

    @Benchmark
    public String logveilPatternLayout() {
        return logveilLayout.doLayout(loggingEvent);
    }

    @Benchmark
    public byte[] logstashEncoder() {
        return logstash.encode(loggingEvent);
    }

    @Benchmark
    public byte[] logstashMasked() {
        return logstashMasked.encode(loggingEvent);
    }

    @Benchmark
    public byte[] logveilJsonEncoder() {
        return logveilJson.encode(loggingEvent);
    }

    private <L extends PatternLayout> L layout(L layout, String pattern) {
        layout.setContext(context);
        layout.setPattern(pattern);
        return layout;
    }

    private <E extends Encoder<ILoggingEvent>> E encoder(E encoder) {
        encoder.setContext(context);
        return encoder;
    }

    private static <T extends LifeCycle> T start(T component) {
        component.start();
        if (!component.isStarted()) {
            throw new IllegalStateException(component + " did not start");
        }
        return component;
    }

    /** A {@code %replace} option: single-quoted; Logback keeps backslashes, so a quote is written {@code \x27}. */
    private static String quoted(String regex) {
        return "'" + regex.replace("'", "\\x27") + "'";
    }

    private static void checkMasked(String output) {
        if (output.contains("hunter2") || output.contains("AKIAZLOGVEIL0FAKE0ID")
                || output.contains("abc.def-123456789")) {
            throw new IllegalStateException("contender did not mask the dirty event: " + output);
        }
    }
}
