package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each carrier shape and detector, before and after. These are also the examples of {@code docs/redaction.md}. */
class RedactorShapesTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    static Stream<Arguments> shapes() {
        return Stream.of(
            // sensitive_key: every assignment shape
            Arguments.of("user=bob password=hunter2 status=200", "user=bob password=[REDACTED] status=200"),
            Arguments.of("password = hunter2", "password = [REDACTED]"),
            Arguments.of("password: hunter2", "password: [REDACTED]"),
            Arguments.of("{\"password\":\"s3 cr3t\",\"user\":\"bob\"}",
                "{\"password\":\"[REDACTED]\",\"user\":\"bob\"}"),
            Arguments.of("{\"password\" : \"a\\\"b\"}", "{\"password\" : \"[REDACTED]\"}"),
            Arguments.of("{'secret': 'abc'}", "{'secret': '[REDACTED]'}"),
            Arguments.of("token=\"with spaces inside\" next=1", "token=\"[REDACTED]\" next=1"),
            Arguments.of("body={\\\"apiKey\\\":\\\"abc123\\\"}", "body={\\\"apiKey\\\":\\\"[REDACTED]\\\"}"),
            Arguments.of("GET /cb?code=1&access_token=abc123&page=2", "GET /cb?code=1&access_token=[REDACTED]&page=2"),
            Arguments.of("X-API-Key: live_abc123", "X-API-Key: [REDACTED]"),
            Arguments.of("Cookie: session=abc; theme=dark", "Cookie: [REDACTED]"),
            Arguments.of("User{name='bob', password='x y'}", "User{name='bob', password='[REDACTED]'}"),
            Arguments.of("User(name=bob, password=hunter2)", "User(name=bob, password=[REDACTED])"),
            Arguments.of("{password=hunter2, user=bob}", "{password=[REDACTED], user=bob}"),
            Arguments.of("spring.datasource.password=changeme", "spring.datasource.password=[REDACTED]"),
            Arguments.of("-Djavax.net.ssl.keyStorePassword=changeit", "-Djavax.net.ssl.keyStorePassword=[REDACTED]"),
            Arguments.of("api_key=1 api-key=2 apiKey=3 APIKEY=4", "api_key=[REDACTED] api-key=[REDACTED] "
                + "apiKey=[REDACTED] APIKEY=[REDACTED]"),
            Arguments.of("DB password: hunter2", "DB password: [REDACTED]"),
            Arguments.of("key=abc", "key=abc"),
            Arguments.of("key=a1B2c3D4e5F6g7H8", "key=[REDACTED]"),
            // an empty value takes nothing that follows it
            Arguments.of("GET /v1/orders?key= 401 5 ms", "GET /v1/orders?key= 401 5 ms"),
            Arguments.of("\"GET /x?key=\" 401 5 ms", "\"GET /x?key=\" 401 5 ms"),
            Arguments.of("password=  next=1", "password=  next=1"),
            // not sensitive: whole keys only
            Arguments.of("key_id=3f2a9c1b0d4e5f67 key_origin=header key_status=ok tokens_used=3 monkey=1",
                "key_id=3f2a9c1b0d4e5f67 key_origin=header key_status=ok tokens_used=3 monkey=1"),
            // authorization
            Arguments.of("Authorization: Bearer abc.def-123", "Authorization: Bearer [REDACTED]"),
            Arguments.of("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic [REDACTED]"),
            Arguments.of("authorization=[Bearer abc123], accept=[*/*]",
                "authorization=[Bearer [REDACTED]], accept=[*/*]"),
            Arguments.of("Proxy-Authorization: Digest username=\"bob\", response=\"6629fae4\"",
                "Proxy-Authorization: Digest [REDACTED]"),
            Arguments.of("sending Bearer abcdef1234567890 upstream", "sending Bearer [REDACTED] upstream"),
            // url_credentials
            Arguments.of("jdbc:postgresql://admin:S3cret@db:5432/app",
                "jdbc:postgresql://admin:[REDACTED]@db:5432/app"),
            Arguments.of("amqp://svc:p@ss@mq.internal", "amqp://svc:[REDACTED]@mq.internal"),
            // jwt
            Arguments.of("id_tok eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig_nature-1 end",
                "id_tok [REDACTED] end"),
            // private_key, literal and escaped newlines
            Arguments.of("k=-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
                "k=-----BEGIN RSA PRIVATE KEY-----[REDACTED]-----END RSA PRIVATE KEY-----"),
            Arguments.of("\"-----BEGIN PRIVATE KEY-----\\nMIIEv\\n-----END PRIVATE KEY-----\\n\"",
                "\"-----BEGIN PRIVATE KEY-----[REDACTED]-----END PRIVATE KEY-----\\n\""),
            Arguments.of("private_key=-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEE\\n-----END EC PRIVATE KEY-----",
                "private_key=-----BEGIN EC PRIVATE KEY-----[REDACTED]-----END EC PRIVATE KEY-----"),
            Arguments.of("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
                "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"),
            // payment_card
            Arguments.of("card 4111 1111 1111 1111 ok", "card [REDACTED]1111 ok"),
            Arguments.of("card 4111-1111-1111-1111", "card [REDACTED]1111"),
            Arguments.of("card 4111 1111 1111 1111 42 items", "card [REDACTED]1111 42 items"),
            Arguments.of("amex 378282246310005.", "amex [REDACTED]0005."),
            Arguments.of("bad luhn 4111111111111112", "bad luhn 4111111111111112"),
            Arguments.of("ts=1732364400000 dt=20251123113600", "ts=1732364400000 dt=20251123113600"),
            // vendor tokens
            Arguments.of("AKIAZLOGVEIL0FAKE0ID used", "[REDACTED] used"),
            Arguments.of("(ghp_Logveil0Fake0Token0For0Tests0Only012)", "([REDACTED])"),
            Arguments.of("hook https://hooks.slack.com/services/T0LOG/B0FAKE/Logveil0Fake0Webhook0Pth",
                "hook https://hooks.slack.com/services/[REDACTED]"),
            Arguments.of("pk_live_51HxExample is public", "pk_live_51HxExample is public"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void redactsShape(String input, String expected) {
        assertThat(REDACTOR.redact(input)).isEqualTo(expected);
        assertThat(REDACTOR.redact(expected)).as("idempotent").isEqualTo(expected);
    }
}
