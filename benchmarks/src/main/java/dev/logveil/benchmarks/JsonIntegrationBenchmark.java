package dev.logveil.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.logveil.log4j2.RedactingResolverInterceptor;
import dev.logveil.logstash.jackson2.RedactingJsonGeneratorDecorator;
import dev.logveil.logstash.jackson2.RedactingValueMasker;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.time.MutableInstant;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON encoders users already run, with and without Logveil inside them, in one run on the same pre-built
 * events: logstash-logback-encoder plain (the baseline), with its own regex value masks (the combined rule of
 * {@link RedactorBenchmark} plus field paths, as {@link LogbackLayoutBenchmark} configures it), and with
 * {@link RedactingValueMasker} in its masking decorator, and with that decorator around a masker that masks nothing
 * (what LLE's decorator costs by itself), and with {@link RedactingJsonGeneratorDecorator}, Logveil's own decorator
 * in place of LLE's; Log4j2's {@code JsonTemplateLayout} with the ECS template,
 * stock and with Logveil's resolver interceptor. LLE is the 8.1 line (Jackson 2), the one the other Logback
 * benchmarks use; the 9.x masker is the same code against Jackson 3.
 *
 * <p>Run: {@code mvn -B -ntp -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * JsonIntegrationBenchmark -prof gc -rf json -rff /tmp/json-integrations.json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonIntegrationBenchmark {
    @Param({"clean", "dirty"})
    public String event;

    private LoggerContext context;
    private LoggingEvent loggingEvent;
    private LogstashEncoder logstash;
    private LogstashEncoder logstashRegexMasks;
    private LogstashEncoder logstashDecoratorOnly;
    private LogstashEncoder logstashLogveil;
    private LogstashEncoder logstashLogveilDecorator;

    private LogEvent logEvent;
    private JsonTemplateLayout ecsStock;
    private JsonTemplateLayout ecsLogveil;

    @Setup
    public void setUp() {
        boolean clean = "clean".equals(event);
        String message = clean
            ? "GET /orders/{} status=200 duration_ms=17 items=3 customer={}"
            : "login user=bob password={} then Authorization: Bearer abc.def-123456789 upstream key {} status=401";
        Object[] arguments = clean
            ? new Object[] {42, "7c9e6679-7425-40de-944b-e07fc1f90ae7"}
            : new Object[] {"hunter2", "AKIAZLOGVEIL0FAKE0ID"};

        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.getMDCAdapter().put("request_id", "req-20261123-0042");
        LoggingEvent built = new LoggingEvent("bench", context.getLogger("com.example.orders.web.OrderController"),
            Level.INFO, message, null, arguments);
        built.setThreadName("http-nio-8080-exec-1");
        built.prepareForDeferredProcessing();
        loggingEvent = built;

        logstash = encoder(null);
        MaskingJsonGeneratorDecorator regexMasks = new MaskingJsonGeneratorDecorator();
        regexMasks.addValueMask(new MaskingJsonGeneratorDecorator.ValueMask(RedactorBenchmark.COMBINED.pattern(),
            LogbackLayoutBenchmark.COMBINED_REPLACEMENT));
        regexMasks.addPaths("password,secret,token,api_key,access_token,authorization");
        logstashRegexMasks = encoder(regexMasks);
        MaskingJsonGeneratorDecorator decoratorOnly = new MaskingJsonGeneratorDecorator();
        decoratorOnly.addValueMasker((ctx, value) -> null);
        logstashDecoratorOnly = encoder(decoratorOnly);
        MaskingJsonGeneratorDecorator logveil = new MaskingJsonGeneratorDecorator();
        RedactingValueMasker masker = new RedactingValueMasker();
        masker.setContext(context);
        masker.start();
        logveil.addValueMasker(masker);
        logstashLogveil = encoder(logveil);
        RedactingJsonGeneratorDecorator logveilDecorator = new RedactingJsonGeneratorDecorator();
        logveilDecorator.setContext(context);
        logveilDecorator.start();
        logstashLogveilDecorator = new LogstashEncoder();
        logstashLogveilDecorator.setContext(context);
        logstashLogveilDecorator.setJsonGeneratorDecorator(logveilDecorator);
        logstashLogveilDecorator.start();

        Configuration configuration = new DefaultConfiguration();
        ecsStock = ecs(configuration, false);
        ecsLogveil = ecs(configuration, true);
        MutableInstant instant = new MutableInstant();
        instant.initFromEpochMilli(1_795_000_000_123L, 0);
        logEvent = Log4jLogEvent.newBuilder()
            .setLoggerName("com.example.orders.web.OrderController")
            .setLoggerFqcn("org.apache.logging.log4j.spi.AbstractLogger")
            .setLevel(org.apache.logging.log4j.Level.INFO)
            .setThreadName("http-nio-8080-exec-1")
            .setInstant(instant)
            .setContextData(new SortedArrayStringMap(Map.of("request_id", "req-20261123-0042")))
            .setMessage(new SimpleMessage(built.getFormattedMessage()))
            .build();

        if (!clean) {
            checkMasked(new String(logstashRegexMasks(), StandardCharsets.UTF_8));
            checkMasked(new String(logstashLogveil(), StandardCharsets.UTF_8));
            checkMasked(new String(logstashLogveilDecorator(), StandardCharsets.UTF_8));
            checkMasked(ecsLogveil());
        }
    }

    @TearDown
    public void tearDown() {
        context.stop();
    }

    @Benchmark
    public byte[] logstashPlain() {
        return logstash.encode(loggingEvent);
    }

    @Benchmark
    public byte[] logstashRegexMasks() {
        return logstashRegexMasks.encode(loggingEvent);
    }

    /** LLE's masking decorator with a masker that masks nothing: what the decorator itself costs. */
    @Benchmark
    public byte[] logstashDecoratorOnly() {
        return logstashDecoratorOnly.encode(loggingEvent);
    }

    @Benchmark
    public byte[] logstashLogveil() {
        return logstashLogveil.encode(loggingEvent);
    }

    /** Logveil's own lean generator decorator in place of LLE's masking decorator. */
    @Benchmark
    public byte[] logstashLogveilDecorator() {
        return logstashLogveilDecorator.encode(loggingEvent);
    }

    @Benchmark
    public String ecsStock() {
        return ecsStock.toSerializable(logEvent);
    }

    @Benchmark
    public String ecsLogveil() {
        return ecsLogveil.toSerializable(logEvent);
    }

    /**
     * A stock JsonTemplateLayout with the ECS template; Logveil's interceptor is on the class path here, so the stock
     * one is built with it switched off by its documented property.
     */
    static JsonTemplateLayout ecs(Configuration configuration, boolean redacting) {
        String property = RedactingResolverInterceptor.ENABLED_PROPERTY;
        System.setProperty(property, Boolean.toString(redacting));
        try {
            return JsonTemplateLayout.newBuilder().setConfiguration(configuration)
                .setEventTemplateUri("classpath:EcsLayout.json").build();
        } finally {
            System.clearProperty(property);
        }
    }

    private LogstashEncoder encoder(MaskingJsonGeneratorDecorator decorator) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        if (decorator != null) {
            decorator.start();
            encoder.setJsonGeneratorDecorator(decorator);
        }
        encoder.start();
        if (!encoder.isStarted()) {
            throw new IllegalStateException("LogstashEncoder did not start");
        }
        return encoder;
    }

    private static void checkMasked(String output) {
        if (output.contains("hunter2") || output.contains("AKIAZLOGVEIL0FAKE0ID")
                || output.contains("abc.def-123456789")) {
            throw new IllegalStateException("contender did not mask the dirty event: " + output);
        }
    }
}
