package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AsyncAppender;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.message.MapMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded stress run for CI: eight threads log 16,000 events at once through Log4j2's {@code <Async>}, the JSON
 * layout, {@code %redact} and the anomaly appender, with secrets in every event, key scopes reopened out of order,
 * and faults mixed in (an {@code Error} from a value's {@code toString()}, cause chains 20,000 deep). Nothing may
 * reach the application, no event may be lost, no secret written, and no line may carry another thread's key.
 */
class StressTest {
    private static final int THREADS = 8;
    private static final int EVENTS = 2_000;
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
        return i % 4 == 0 && !poisoned(i);
    }

    private static boolean deep(int i) {
        return error(i) && i % 400 == 0;
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

    private static Callable<Void> worker(Logger logger, Logger deepLogger, int thread, CountDownLatch start) {
        RuntimeException deep = chain(20_000);
        return () -> {
            start.await();
            KeyIdScope scope = KeyIdThreadContext.bind(keyOf(thread), "header");
            for (int i = 0; i < EVENTS; i++) {
                if (i % 100 == 99) {
                    KeyIdScope next = KeyIdThreadContext.bind(keyOf(thread), "header");
                    scope.close();
                    scope = next;
                }
                String text = "evt=t" + thread + "-" + i + " password=" + SECRET + thread;
                if (poisoned(i)) {
                    logger.info(new MapMessage<>(Map.of("message", text, "order", new Poisoned())));
                } else if (deep(i)) {
                    deepLogger.error(text, deep);
                } else if (error(i)) {
                    logger.error(text, chain(3));
                } else {
                    logger.info(text);
                }
            }
            scope.close();
            return null;
        };
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @LoggerContextSource("reliability/stress.xml")
    void manyThreadsThroughEveryPathLoseNothingLeakNothingAndMixNothing(LoggerContext context) throws Exception {
        Logger logger = context.getLogger("com.acme.Stress");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(worker(logger, context.getLogger("com.acme.Deep"), t, start)));
        }
        start.countDown();
        for (Future<Void> result : results) {
            result.get(); // an exception that reached the application would surface here
        }
        pool.shutdown();
        AsyncAppender async = context.getConfiguration().getAppender("ASYNC");
        async.stop(10, TimeUnit.SECONDS); // drains the queue

        List<String> text = messages(context, "TEXT");
        List<String> json = messages(context, "JSON");
        List<String> converter = messages(context, "CONVERTER");
        assertThat(text).noneMatch(line -> line.contains(SECRET));
        assertThat(json).noneMatch(line -> line.contains(SECRET));
        assertThat(converter).noneMatch(line -> line.contains(SECRET));
        int all = THREADS * EVENTS;
        int deepEvents = THREADS * (int) IntStream.range(0, EVENTS).filter(StressTest::deep).count();
        int poisonedEvents = THREADS * (int) IntStream.range(0, EVENTS).filter(StressTest::poisoned).count();
        assertEveryEventOnceWithItsOwnKey(text, "text", all - deepEvents, poisonedEvents);
        // %redact writes the mask and core's bounded chain for an exception the JDK cannot render: its text is gone.
        assertEveryEventOnceWithItsOwnKey(converter, "converter", all, poisonedEvents + deepEvents);
        assertEveryEventOnceWithItsOwnKey(json.stream().map(Json::parse)
            .map(event -> event.get("level") + " " + event.get("key_id") + " " + event.get("message"))
            .collect(Collectors.toList()), "json", all, poisonedEvents);

        ErrorRateAnomalyAppender spike = context.getConfiguration().getAppender("SPIKE");
        long errors = (long) THREADS * IntStream.range(0, EVENTS).filter(StressTest::error).count();
        assertThat(spike.runner().detector().totalErrors()).isEqualTo(errors);
    }

    private static List<String> messages(LoggerContext context, String name) {
        ListAppender list = context.getConfiguration().getAppender(name);
        return new ArrayList<>(list.getMessages());
    }

    /**
     * Each event appears once; a line that names an event carries the key id of that event's thread; at most
     * {@code masked} events (those whose formatting fails) are written as the mask instead of their text.
     */
    private static void assertEveryEventOnceWithItsOwnKey(List<String> lines, String output, int events, int masked) {
        assertThat(lines).as(output).hasSize(events);
        Map<String, Integer> seen = new HashMap<>();
        for (String line : lines) {
            Matcher id = EVENT_ID.matcher(line);
            if (!id.find()) {
                continue;
            }
            int thread = Integer.parseInt(id.group(1));
            String expectedKeyId = KeyIdSettings.current().fingerprint().of(keyOf(thread));
            assertThat(line).as(output).contains(" " + expectedKeyId + " ");
            assertThat(seen.merge(id.group(), 1, Integer::sum)).as(output + " " + id.group()).isEqualTo(1);
            assertThat(id.find()).as("one event per line: " + line).isFalse();
        }
        // Log4j2 formats a failing MapMessage value itself in some outputs, so a poisoned event is masked in some only.
        assertThat(seen.size()).as(output + ": every event but the failing ones keeps its text")
            .isBetween(events - masked, events);
    }
}
