package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linear time, proved by counting rather than timing: for every adversarial unit repeated into a long text, the
 * characters the engine examines per input character stay under a constant, at two lengths four times apart. A
 * scanner that rescans to the end of the line at each repetition examines about {@code length / unit} characters
 * per character, hundreds of times the bound. Counting is on in core's test run ({@link ScanCounter}).
 */
class ScanLinearityTest {
    /**
     * The most characters examined per input character. A clean line costs about one; bounded look-aheads (a URL's
     * user info, a card's digit groups, the check for an earlier mask) cost tens at worst.
     */
    private static final double BOUND = 64;
    private static final int SHORT = 16 * 1024;
    private static final int LONG = 4 * SHORT;

    /** Units that each start a detector, or nearly, over and over: keys, separators, schemes, token starts. */
    static final List<String> UNITS = List.of(
        "a=", "key=", "key=\"", "key='", "key=[", "key=`", "password=\"", "password='", "password=[", "password= ",
        "password =", "password: ", "password:", "\\\"password\\\":\\\"", "\"password\":\"", "\"password\":{",
        "\"password\": {\"v\":\"", "token=", "token: Bearer x ", "token=Bearer ", "Authorization: Bearer x ",
        "Authorization: ", "Authorization: Digest x ", "Authorization: Digest [REDACTED] ", "Authorization=\"",
        "Authorization: Splunk x ", "X-Authorization: Bearer x ", "Bearer x ", "Bearer ", "bearer bearer ",
        "Cookie: ", "Cookie: [REDACTED] ", "Cookie: a=\"", "Set-Cookie: a=b; ", "cookie=\"", "[REDACTED]",
        "key=[REDACTED] ", "password=[REDACTED]", "[REDACTED:0123456789ab] ", "eyJ", "eyJa.", "eyJhbGciOiJub25lIn0.",
        "eyJhbGciOiJub25lIn0..", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "-----BEGIN RSA PRIVATE KEY-----",
        "-----BEGIN ", "-----", "4111 ", "4111-", "4111111111111111 ", "41111111111111111111", "1", "1234567890:",
        "ghp_", "sk-", "sk-ant-", "xoxb-", "AKIA", "hooks.slack.com/services/", "x:", "://a:", "://a:b@", "://a:b#",
        "jdbc:oracle:thin:a/", "jdbc:oracle:thin:a/b@", "Password=", "Password=x;", "AccountKey=", "password%3D",
        "password%3Dx%26", "access_token%3D", "\\npassword=", "\\tpassword=", "\\n", "\"", "\\\"", "a.b.",
        "<password>", "<wsse:Password Type=\"t\">", "</wsse:Password>", "password=\"<", "<a password=\"",
        "--password ", "--password=", "--api-key ", "-u ", "curl -u a:", "IDENTIFIED BY ", "WITH PASSWORD '",
        "{password=", "{passphrase=a b, ", "User(password=", "Credentials[secret=", "secret=[", "Invalid password: ",
        "temporary password: x1 ", "key: ", "key=a1b2c3d4e5f6g7h8i9 ", "key=uploads/", "auth=", "session=",
        "dd.trace_id=", "order_id=4111111111111111 ", "api_key=", "apiKey=", "PGPASSWORD=", "SECRET_KEY_BASE=",
        "_", "_=", "-=", "a_b_c_d_e_f_", "passwordpasswordpassword", "passwordX=", "Cookie: x [REDACTED] ",
        "Bearer %3D://[REDACTED]=a ", "password=a[REDACTED] ", "{\"password\":{\"a\":", "password is: x1 ",
        "dd.trace_id=4111111111111111 ", "<password>", "<a b=\"c\">", "X-Authorization: Splunk x!y ",
        "Authorization: Token token=\"", "%3D", "\\npassword=x", "-Dpassword=", "key=[REDACTED]x ",
        "token=\\\"Bearer x ", "token=[Bearer x ");

    private static final Redactor DEFAULTS = Redactor.defaults();
    private static final Redactor EVERYTHING = new RedactorConfig().setEnable("email,ip_address,high_entropy")
        .setFingerprint(true).build(null);

    @BeforeAll
    static void countingIsOn() {
        assertThat(ScanCounter.ENABLED).as("run with -Dlogveil.redact.countExamined=true (core's pom sets it)")
            .isTrue();
    }

    @Test
    void everyAdversarialUnitCostsAConstantPerCharacter() {
        Map<String, String> overBound = new LinkedHashMap<>();
        for (Redactor redactor : List.of(DEFAULTS, EVERYTHING)) {
            for (String unit : UNITS) {
                String shortText = repeat(unit, SHORT);
                String longText = repeat(unit, LONG);
                check(overBound, "'" + unit + "'", examinedPerChar(redactor, shortText),
                    examinedPerChar(redactor, longText));
                // The redacted text is what a second pass sees: it must be linear too.
                check(overBound, "redacted '" + unit + "'", examinedPerChar(redactor, redactor.redact(shortText)),
                    examinedPerChar(redactor, redactor.redact(longText)));
            }
        }
        assertThat(overBound).as("units over %s characters per character, or growing with the length", BOUND)
            .isEmpty();
    }

    /** A linear scan examines the same number per character at both lengths; a quadratic one four times more. */
    private static void check(Map<String, String> overBound, String unit, double shortPerChar, double longPerChar) {
        if (shortPerChar >= BOUND || longPerChar >= BOUND || longPerChar > shortPerChar * 1.2 + 1) {
            overBound.put(unit, shortPerChar + " then " + longPerChar);
        }
    }

    @Test
    void aCleanLineIsExaminedAboutOnce() {
        String line = "2026-11-23T11:36:39.123Z INFO [http-nio-8080-exec-1] c.e.OrderController - GET /orders/42 "
            + "status=200 duration_ms=17 request_id=7c9e6679-7425-40de-944b-e07fc1f90ae7";
        assertThat(examinedPerChar(DEFAULTS, line)).isLessThan(2.0);
    }

    private static double examinedPerChar(Redactor redactor, String text) {
        ScanCounter.reset();
        redactor.redact(text);
        return (double) ScanCounter.total() / Math.max(1, text.length());
    }

    static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        return sb.toString();
    }
}
