package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.KeyIdSettings;
import dev.logveil.core.testing.SecretSamples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded stress run for CI: eight threads log 20,000 events at once through Logback's {@code AsyncAppender}, the
 * JSON encoder and the anomaly appender, with secrets in every event, key scopes opened and closed out of order, and
 * faults mixed in (an {@code Error} from a key-value's {@code toString()}, deep cause chains). Nothing may reach the
 * application, no event may be lost, no secret written, and no line may carry another thread's text or key.
 */
class StressTest {
    private static final int THREADS = 8;
    private static final int EVENTS = 2_500;
    private static final String SECRET = SecretSamples.PASSWORD;
    private static final Pattern EVENT_ID = Pattern.compile("evt=t(\\d+)-(\\d+)");

    /** A value whose {@code toString()} throws an Error quoting a secret. */
    private static final class Poisoned {
        @Override
        public String toString() {
            throw new AssertionError("password=" + SECRET);
        }
    }

    private static boolean poisoned(int i) {
        return i % 97 == 0;
    }

    private static boolean error(int i) {
        return i % 4 == 0;
    }

    private static String keyOf(int thread) {
        return "sk_live_stress_thread_" + thread + "_0123456789abcdef";
    }

    private static RuntimeException chain(int depth) {
        RuntimeException thrown = new IllegalStateException("token=" + SECRET);
        for (int i = 1; i < depth; i++) {
            thrown = new IllegalStateException("level " + i + " password=" + SECRET, thrown);
        }
        return thrown;
    }

    private static Callable<Void> worker(Logger logger, int thread, CountDownLatch start) {
        return () -> {
            start.await();
            KeyIdScope scope = KeyIdMdc.bind(keyOf(thread), "header");
            for (int i = 0; i < EVENTS; i++) {
                if (i % 100 == 99) {
                    // Reopen the key out of order: the new scope first, then the old one closed under it.
                    KeyIdScope next = KeyIdMdc.bind(keyOf(thread), "header");
                    scope.close();
                    scope = next;
                }
                String text = "evt=t" + thread + "-" + i + " password=" + SECRET + thread;
                if (poisoned(i)) {
                    logger.atInfo().addKeyValue("order", new Poisoned()).log(text);
                } else if (error(i)) {
                    logger.atError().addKeyValue("token", SECRET).setCause(chain(i % 101 == 0 ? 300 : 3)).log(text);
                } else {
                    logger.atInfo().addKeyValue("attempt", i).log(text);
                }
            }
            scope.close();
            return null;
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyThreadsThroughEveryPathLoseNothingLeakNothingAndMixNothing() throws Exception {
        // KeyIdMdc writes SLF4J's MDC: the context must read the same one.
        LoggerContext context = KeyIdMdcTest.configured("/reliability/stress.xml");
        try {
            Logger logger = context.getLogger("com.acme.Stress");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(worker(logger, t, start)));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get(); // an exception that reached the application would surface here
            }
            pool.shutdown();
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            AsyncAppender async = (AsyncAppender) root.getAppender("ASYNC");
            CaptureAppender<ILoggingEvent> textAppender = (CaptureAppender<ILoggingEvent>) async.getAppender("TEXT");
            async.stop(); // drains the queue
            String text = textAppender.text();
            String json = ((CaptureAppender<ILoggingEvent>) root.getAppender("JSON")).text();

            assertThat(text).doesNotContain(SECRET);
            assertThat(json).doesNotContain(SECRET);
            assertEveryEventOnceWithItsOwnKey(text.lines().filter(line -> line.startsWith("INFO ")
                || line.startsWith("ERROR ") || line.equals("[REDACTED]")).toList(), "text");
            List<Map<String, Object>> events = JsonLines.parse(json);
            assertThat(events).hasSize(THREADS * EVENTS);
            assertEveryEventOnceWithItsOwnKey(events.stream()
                .map(event -> event.get("level") + " " + event.get("key_id") + " " + event.get("message")).toList(),
                "json");

            ErrorRateAnomalyAppender spike = (ErrorRateAnomalyAppender) root.getAppender("SPIKE");
            long errors = (long) THREADS * java.util.stream.IntStream.range(0, EVENTS)
                .filter(i -> error(i) && !poisoned(i)).count();
            assertThat(spike.runner().detector().totalErrors()).isEqualTo(errors);
        } finally {
            context.stop();
        }
    }

    /** Each event appears once; a line that names an event carries the key id of that event's thread. */
    private static void assertEveryEventOnceWithItsOwnKey(List<String> lines, String output) {
        assertThat(lines).as(output).hasSize(THREADS * EVENTS);
        Map<String, Integer> seen = new HashMap<>();
        int masked = 0;
        for (String line : lines) {
            Matcher id = EVENT_ID.matcher(line);
            if (!id.find()) {
                masked++;
                continue;
            }
            int thread = Integer.parseInt(id.group(1));
            String expectedKeyId = KeyIdSettings.current().fingerprint().of(keyOf(thread));
            assertThat(line).as(output).contains(" " + expectedKeyId + " ");
            assertThat(seen.merge(id.group(), 1, Integer::sum)).as(output + " " + id.group()).isEqualTo(1);
            assertThat(id.find()).as("one event per line: " + line).isFalse();
        }
        long poisonedEvents = (long) THREADS * java.util.stream.IntStream.range(0, EVENTS).filter(i -> poisoned(i))
            .count();
        assertThat(masked).as(output + ": only the poisoned events are masked whole").isEqualTo((int) poisonedEvents);
    }
}
