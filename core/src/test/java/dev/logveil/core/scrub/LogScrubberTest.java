package dev.logveil.core.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogScrubberTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void scrubsTheShippedSampleLogAndCountsByDetector() {
        int status = run(null, "../samples/app.log");
        assertThat(status).isZero();
        String out = out();
        assertThat(out).doesNotContain("Pg-Pr0d-Passw0rd!", "AKIAZLOGVEIL0FAKE0ID", "hunter2-demo",
            "Logveil0Fake0Stripe0Key0123", "lv_live_9f8e7d6c5b4a3928", "MIIEowIBAAKCAQEAlogveil", "abcdefghijklmnop",
            "4111 1111 1111 1111", "eyJzdWIiOiJsb2d2ZWlsLWRlbW8i");
        assertThat(out).contains("request_id=2f1b6c0e-8a4d-4e7b-9c3a-1d2e3f4a5b6c key_id=3f2a9c1b0d4e5f67")
            .contains("-----END RSA PRIVATE KEY-----").contains("epoch_ms=1795425360000");
        assertThat(err()).contains("secrets masked").contains("private_key").contains("payment_card");
    }

    @Test
    void readsStandardInputAndTakesTheSharedOptions() {
        String input = "ssn=123-45-6789 password=x\nmail bob@example.com\nEMP-123456\n";
        int status = run(input, "--mask", "***", "--sensitive-keys=ssn", "--enable", "email", "--rule",
            "employee=EMP-\\d{6}", "-q");
        assertThat(status).isZero();
        assertThat(out()).isEqualTo("ssn=*** password=***\nmail ***\n***\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void jsonLinesStayJsonWithTheirMessagesRedacted() throws IOException {
        String input = String.join("\n",
            "{\"message\":\"cfg\\npassword=hunter2\\tapi_key=abc123\",\"level\":\"INFO\"}",
            "{\"message\":\"login {\\\"password\\\":\\\"hunter2\\\",\\\"user\\\":\\\"bob\\\"}\",\"n\":1}",
            "{\"message\":\"Authorization: Splunk abc!def\\nnext\",\"token_count\":3}") + "\n";
        assertThat(run(input, "-q", "--non-sensitive-keys", "token_count")).isZero();
        String[] lines = out().split("\n");
        assertThat(lines).hasSize(3);
        com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
        for (String line : lines) {
            try (com.fasterxml.jackson.core.JsonParser parser = json.createParser(line)) {
                // Every token reads (a malformed line throws) and the object closes where the line ends.
                com.fasterxml.jackson.core.JsonToken last = null;
                for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
                    token = parser.nextToken()) {
                    last = token;
                }
                assertThat(last).as(line).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
                assertThat(parser.currentLocation().getCharOffset()).as(line).isEqualTo(line.length());
            }
        }
        assertThat(out()).doesNotContain("hunter2", "abc123", "abc!def")
            .contains("cfg\\npassword=[REDACTED]\\tapi_key=[REDACTED]", "Splunk [REDACTED]\\nnext",
                "\"token_count\":3");
    }

    @Test
    void keepsLinesWithoutTrailingNewlineAndCRLF() {
        assertThat(run("a=1\r\ntoken=abc", "-q")).isZero();
        assertThat(out()).isEqualTo("a=1\r\ntoken=[REDACTED]");
    }

    @Test
    void writesToAnOutputFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.log");
        Path outFile = dir.resolve("out.log");
        Files.writeString(in, "password=hunter2\n");
        assertThat(run(null, "-q", "-o", outFile.toString(), in.toString())).isZero();
        assertThat(Files.readString(outFile)).isEqualTo("password=[REDACTED]\n");
    }

    @Test
    void clearErrorsForBadInput() {
        assertThat(run(null, "no/such/file.log")).isEqualTo(2);
        assertThat(err()).contains("cannot read 'no/such/file.log': no such file");
        stderr.reset();
        assertThat(run(null, "--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--bogus'").contains("Usage:");
        stderr.reset();
        assertThat(run(null, "--disable", "jwtt")).isEqualTo(2);
        assertThat(err()).contains("disable: unknown detector 'jwtt'");
        stderr.reset();
        assertThat(run(null, "--rule", "broken")).isEqualTo(2);
        assertThat(err()).contains("--rule takes NAME=REGEX");
        stderr.reset();
        assertThat(run(null, "--mask")).isEqualTo(2);
        assertThat(err()).contains("option '--mask' needs a value");
    }

    @Test
    void streamsInConstantMemoryWithABoundOnLineLength() {
        String huge = "x".repeat(LogScrubber.MAX_LINE + 100) + " token=abc\n";
        assertThat(run(huge, "-q")).isZero();
        assertThat(out()).hasSize(huge.length() - 3 + "[REDACTED]".length()).endsWith("token=[REDACTED]\n");
    }

    @Test
    void helpGoesToStandardOutput() {
        assertThat(run(null, "--help")).isZero();
        assertThat(out()).contains("Usage: logveil-scrub");
    }

    private int run(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8));
        return LogScrubber.run(args, in, new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
