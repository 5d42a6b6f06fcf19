package dev.logveil.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.logveil.core.anomaly.AnomalySettings;
import dev.logveil.core.internal.anomaly.ErrorRateDetector;
import dev.logveil.logback.ErrorRateAnomalyAppender;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The cost of counting one event in the error-rate anomaly appender, on one thread and on two threads sharing one
 * appender (the striped counters must let the second thread add throughput, not contention).
 *
 * <ul>
 *   <li>{@code core*}: {@link ErrorRateDetector#recordError} with a logger, a root-cause type and a key_id: the
 *       recording path both adapters share;</li>
 *   <li>{@code logbackError*}: {@code ErrorRateAnomalyAppender.doAppend} with a pre-built ERROR event carrying an
 *       exception and a {@code key_id} in its MDC (the appender's filter chain, level check, extraction and
 *       recording);</li>
 *   <li>{@code logbackInfo*}: the same with an INFO event, which is not counted (the common case).</li>
 * </ul>
 *
 * <p>Throughput in operations per microsecond; one thread's cost per event is 1000 / score ns. Run (smoke):
 * <pre>
 * mvn -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AnomalyAppendBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnomalyAppendBenchmark {
    private ErrorRateDetector detector;
    private LoggerContext context;
    private ErrorRateAnomalyAppender appender;
    private ILoggingEvent errorEvent;
    private ILoggingEvent infoEvent;

    @Setup
    public void setUp() {
        detector = new ErrorRateDetector(AnomalySettings.defaults(), System.currentTimeMillis());

        context = new LoggerContext();
        AppenderBase<ILoggingEvent> sink = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
            }
        };
        sink.setContext(context);
        sink.setName("SINK");
        sink.start();
        appender = new ErrorRateAnomalyAppender();
        appender.setContext(context);
        appender.setName("SPIKE");
        appender.setMetrics("false");
        appender.addAppender(sink);
        appender.start();

        errorEvent = event(Level.ERROR, new IllegalStateException("pool", new ConnectException("refused")));
        infoEvent = event(Level.INFO, null);
    }

    private LoggingEvent event(Level level, Throwable thrown) {
        LoggingEvent event = new LoggingEvent("bench", context.getLogger("com.acme.Db"), level, "query failed",
            thrown, null);
        event.setMDCPropertyMap(Map.of("key_id", "3f2a9c0d1e4b5a6f", "request_id", "r-42"));
        event.prepareForDeferredProcessing();
        return event;
    }

    @TearDown
    public void tearDown() {
        context.stop();
        appender.stop();
    }

    @Benchmark
    @Threads(1)
    public void coreRecordError1() {
        detector.recordError("com.acme.Db", "java.net.ConnectException", "3f2a9c0d1e4b5a6f");
    }

    @Benchmark
    @Threads(2)
    public void coreRecordError2() {
        detector.recordError("com.acme.Db", "java.net.ConnectException", "3f2a9c0d1e4b5a6f");
    }

    @Benchmark
    @Threads(1)
    public void logbackError1() {
        appender.doAppend(errorEvent);
    }

    @Benchmark
    @Threads(2)
    public void logbackError2() {
        appender.doAppend(errorEvent);
    }

    @Benchmark
    @Threads(1)
    public void logbackInfo1() {
        appender.doAppend(infoEvent);
    }

    @Benchmark
    @Threads(2)
    public void logbackInfo2() {
        appender.doAppend(infoEvent);
    }
}
