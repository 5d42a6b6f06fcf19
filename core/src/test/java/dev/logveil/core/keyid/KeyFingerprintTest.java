package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyFingerprintTest {

    private static final KeyFingerprint FULL_SHA256 = KeyFingerprint.sha256(64);

    /** FIPS 180-2 / NIST example vectors. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "''|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            + "|248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    })
    void sha256MatchesTheStandardVectors(String message, String digest) {
        assertThat(FULL_SHA256.of(message)).isEqualTo(digest);
    }

    @Test
    void theDefaultIdIsTheFirstSixteenHexCharactersOfSha256() {
        KeyFingerprint fingerprint = KeyFingerprint.sha256(KeyFingerprint.DEFAULT_LENGTH);

        assertThat(fingerprint.of("abc")).isEqualTo("ba7816bf8f01cfea");
        assertThat(fingerprint.isKeyed()).isFalse();
        assertThat(fingerprint.algorithm()).isEqualTo("SHA-256");
    }

    @Test
    void anOddLengthKeepsThatManyHexCharacters() {
        assertThat(KeyFingerprint.sha256(9).of("abc")).isEqualTo("ba7816bf8");
        assertThat(KeyFingerprint.sha256(8).of("abc")).isEqualTo("ba7816bf");
    }

    @Test
    void lengthsOutsideEightToSixtyFourAreRefused() {
        assertThatThrownBy(() -> KeyFingerprint.sha256(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyFingerprint.sha256(65)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyFingerprint.hmacSha256(new byte[0], 16))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeIsHashedAsTheSubstringWouldBe() {
        String padded = "  sk_test_4eC39HqLyjWDarjtT1zdp7dc\t";

        assertThat(FULL_SHA256.of(padded, 2, padded.length() - 1))
            .isEqualTo(FULL_SHA256.of("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        assertThatThrownBy(() -> FULL_SHA256.of(padded, 3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void textLongerThanTheScratchChunkAndNonAsciiTextHashTheirUtf8Bytes() throws Exception {
        String longKey = "A1b2-C3d4_".repeat(100);
        String nonAscii = "clé-ключ-鍵-\uD83D\uDD11";

        String lateNonAscii = longKey + nonAscii; // the non-ASCII turns up after a whole chunk was hashed
        String secret = "s".repeat(40);
        KeyFingerprint keyed = KeyFingerprint.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), 64);

        assertThat(FULL_SHA256.of(longKey)).isEqualTo(jdkSha256(longKey));
        assertThat(FULL_SHA256.of(nonAscii)).isEqualTo(jdkSha256(nonAscii));
        assertThat(FULL_SHA256.of(lateNonAscii)).isEqualTo(jdkSha256(lateNonAscii));
        assertThat(keyed.of(lateNonAscii)).isEqualTo(jdkHmac(secret, lateNonAscii));
    }

    /** RFC 4231, test cases 1 to 7 (case 5 is truncated to 128 bits by the RFC). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b|4869205468657265"
            + "|b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "4a656665|7768617420646f2079612077616e7420666f72206e6f7468696e673f"
            + "|5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|" + "dddddddddddddddddddddddddddddddddddddddddddddddddd"
            + "dddddddddddddddddddddddddddddddddddddddddddddddddd"
            + "|773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
        "0102030405060708090a0b0c0d0e0f10111213141516171819|cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
            + "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
            + "|82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
        "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c|546573742057697468205472756e636174696f6e"
            + "|a3b6167473100ee06e0c796c2955552b",
    })
    void hmacMatchesRfc4231(String keyHex, String dataHex, String mac) {
        KeyFingerprint fingerprint = KeyFingerprint.hmacSha256(hex(keyHex), mac.length());

        assertThat(fingerprint.ofBytes(hex(dataHex))).isEqualTo(mac);
        assertThat(fingerprint.isKeyed()).isTrue();
    }

    @Test
    void hmacWithAKeyLongerThanOneBlockMatchesRfc4231() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        KeyFingerprint fingerprint = KeyFingerprint.hmacSha256(key, 64);

        assertThat(fingerprint.of("Test Using Larger Than Block-Size Key - Hash Key First"))
            .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(fingerprint.of("This is a test using a larger than block-size key and a larger than block-size"
            + " data. The key needs to be hashed before being used by the HMAC algorithm."))
            .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    @Test
    void theSecretDoesNotSurviveInTheFingerprint() {
        byte[] secret = "correct-horse-battery-staple-0123456789".getBytes(StandardCharsets.UTF_8);
        KeyFingerprint fingerprint = KeyFingerprint.hmacSha256(secret, 16);
        String before = fingerprint.of("key");

        Arrays.fill(secret, (byte) 0); // the caller wipes its copy: ids must not change

        assertThat(fingerprint.of("key")).isEqualTo(before).isNotEqualTo(KeyFingerprint.sha256(16).of("key"));
        assertThat(fingerprint.toString()).isEqualTo("KeyFingerprint[HMAC-SHA256, 16 hex]")
            .doesNotContain("correct-horse");
    }

    @Test
    void concurrentCallersEachGetTheirOwnKeysId() throws Exception {
        KeyFingerprint plain = KeyFingerprint.sha256(64);
        KeyFingerprint keyed = KeyFingerprint.hmacSha256("s".repeat(40).getBytes(StandardCharsets.UTF_8), 64);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < 2_000; i++) {
                    String key = "key-" + thread + "-" + i;
                    KeyFingerprint fingerprint = (i & 1) == 0 ? plain : keyed;
                    String expected = fingerprint == plain ? jdkSha256(key) : jdkHmac("s".repeat(40), key);
                    if (!fingerprint.of(key).equals(expected)) {
                        return false;
                    }
                }
                return true;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String jdkSha256(String text) throws Exception {
        return HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String jdkHmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
