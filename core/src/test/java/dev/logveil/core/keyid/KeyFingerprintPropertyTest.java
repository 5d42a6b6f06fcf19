package dev.logveil.core.keyid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Our HMAC and SHA-256 agree with the JDK's {@link Mac} and {@link java.security.MessageDigest} on any input. */
class KeyFingerprintPropertyTest {

    @Property(tries = 300)
    void hmacAgreesWithTheJdkMac(@ForAll @Size(min = 1, max = 200) byte[] secret,
                                 @ForAll @StringLength(max = 600) String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(KeyFingerprint.hmacSha256(secret, 64).of(text)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void sha256AgreesWithTheJdkDigestAtEveryLength(@ForAll @StringLength(max = 600) String text,
                                                   @ForAll @IntRange(min = 8, max = 64) int length) throws Exception {
        String expected = KeyFingerprintTest.jdkSha256(text).substring(0, length);

        assertThat(KeyFingerprint.sha256(length).of(text)).isEqualTo(expected);
    }
}
