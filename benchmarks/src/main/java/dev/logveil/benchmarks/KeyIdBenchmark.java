package dev.logveil.benchmarks;

import dev.logveil.core.keyid.KeyCheck;
import dev.logveil.core.keyid.KeyFingerprint;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.KeyStatus;
import dev.logveil.logback.KeyIdMdc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a {@code key_id}: the key check and the fingerprint of a 40-character API key, in plain SHA-256 and
 * HMAC-SHA256 mode, next to the obvious implementation (a new {@link MessageDigest}, {@code getBytes},
 * {@link HexFormat}, {@code substring}) as the baseline, and a whole {@code KeyIdMdc.bind} + {@code close}.
 *
 * <p>Target: a 40-character key hashed in under 500 ns, with the result String as the only allocation (about 56
 * bytes/op with compressed references: the String and its 16-byte array). Run, after
 * {@code mvn -B -ntp -pl benchmarks -am package -DskipTests}:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KeyIdBenchmark -prof gc
 * </pre>
 * and for a short smoke run on a shared machine:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KeyIdBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyIdBenchmark {

    /** 40 characters, the shape of a typical vendor key. Not final, so that the JIT cannot fold it. */
    private String key = "sk_test_4eC39HqLyjWDarjtT1zdp7dcXq8Lw2Nb";

    private final KeyFingerprint sha256 = KeyFingerprint.sha256(KeyFingerprint.DEFAULT_LENGTH);
    private final KeyFingerprint hmacSha256 = KeyFingerprint.hmacSha256(
        "benchmark-secret-0123456789abcdefghijklmn".getBytes(StandardCharsets.UTF_8), KeyFingerprint.DEFAULT_LENGTH);

    @Benchmark
    public KeyStatus keyCheck() {
        return KeyCheck.classify(key);
    }

    @Benchmark
    public String keyIdSha256() {
        return sha256.of(key);
    }

    @Benchmark
    public String keyIdHmacSha256() {
        return hmacSha256.of(key);
    }

    /** Baseline: what a hand-written helper usually does. */
    @Benchmark
    public String baselineNewDigestPerCall() throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, KeyFingerprint.DEFAULT_LENGTH);
    }

    /** The whole helper: check, fingerprint, three MDC puts, three MDC restores. */
    @Benchmark
    public String keyIdMdcBindAndClose() {
        try (KeyIdScope scope = KeyIdMdc.bind(key, "header")) {
            return scope.keyId();
        }
    }
}
