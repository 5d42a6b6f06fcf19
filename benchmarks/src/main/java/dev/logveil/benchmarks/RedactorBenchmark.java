package dev.logveil.benchmarks;

import dev.logveil.core.redact.Redactor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The core engine against {@code java.util.regex} applying an equivalent combined rule, the way users mask today
 * with {@code %replace} or a masking pattern list. Same inputs, same JVM, same run.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RedactorBenchmark -prof gc -rf json
 * -rff benchmarks/results/redactor.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RedactorBenchmark {

    /** A clean ~130-character line: what most lines look like. */
    static final String CLEAN = "2026-11-23T11:36:39.123Z INFO [http-nio-8080-exec-1] c.e.OrderController - GET "
        + "/orders/42 status=200 duration_ms=17 items=3";

    /** A ~130-character line with three secrets: a password, a bearer token and an AWS key id. */
    static final String DIRTY = "login user=bob password=hunter2 then Authorization: Bearer abc.def-123456789 "
        + "upstream key AKIAZLOGVEIL0FAKE0ID status=401 retry=2";

    /** A 4 KiB stack trace with one secret in the top exception's message. */
    static final String STACK_TRACE = stackTrace();

    /**
     * An equivalent combined rule in {@code java.util.regex}: sensitive keys, bearer tokens, JWTs, AWS and GitHub
     * keys, URL credentials, PEM bodies and card-like digit runs (without the Luhn and issuer checks).
     */
    static final Pattern COMBINED = Pattern.compile(
        "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?token|client[_-]?secret)\\s*[=:]\\s*"
            + "[\"']?)[^\\s\"',;&)}\\]]+"
            + "|(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"
            + "|eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]*"
            + "|(?-i:AKIA[0-9A-Z]{16})|(?-i:gh[pousr]_[A-Za-z0-9]{36})"
            + "|(://[^:/\\s@]+:)[^@/\\s]+(?=@)"
            + "|(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\\s\\S]*?(?=-----END)"
            + "|\\b(?:\\d[ -]?){12,18}\\d\\b");

    @Param({"clean", "dirty", "stacktrace"})
    public String input;

    private String text;
    private final Redactor redactor = Redactor.defaults();

    @Setup
    public void setUp() {
        text = switch (input) {
            case "clean" -> CLEAN;
            case "dirty" -> DIRTY;
            default -> STACK_TRACE;
        };
    }

    @Benchmark
    public String logveil() {
        return redactor.redact(text);
    }

    @Benchmark
    public String javaRegexCombined() {
        Matcher matcher = COMBINED.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        do {
            String kept = firstNonNull(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
            matcher.appendReplacement(out, Matcher.quoteReplacement((kept == null ? "" : kept) + "[REDACTED]"));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String stackTrace() {
        StringBuilder sb = new StringBuilder("java.lang.IllegalStateException: upstream call failed for "
            + "https://svc:S3cretPass@api.internal/v1/orders\n");
        int frame = 0;
        while (sb.length() < 4096) {
            sb.append("\tat com.example.orders.service.layer").append(frame % 7).append(".OrderService")
                .append(frame).append(".process(OrderService.java:").append(100 + frame).append(")\n");
            frame++;
        }
        sb.setLength(4096);
        return sb.toString();
    }
}
