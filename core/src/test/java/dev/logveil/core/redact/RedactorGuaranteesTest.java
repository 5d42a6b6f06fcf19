package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's guarantees: no allocation on a clean line, fail closed, safe configuration. Linear time is proved by
 * {@link ScanLinearityTest}, idempotence by {@link IdempotenceTest} and {@link RedactorPropertiesTest}.
 */
class RedactorGuaranteesTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    @Test
    void cleanLineIsReturnedAsTheSameInstanceWithoutAllocating() {
        String line = "2026-11-23T11:36:39.123Z INFO [http-nio-8080-exec-1] c.e.OrderController - GET /orders/42 "
            + "status=200 duration_ms=17 request_id=7c9e6679-7425-40de-944b-e07fc1f90ae7";
        com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200_000; i++) {
            REDACTOR.redact(line);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        String result = null;
        for (int i = 0; i < 100_000; i++) {
            result = REDACTOR.redact(line);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(result).isSameAs(line);
        assertThat(allocated).as("bytes allocated by 100,000 clean redactions").isLessThan(10_000);
    }

    @Test
    void failsClosedWhenTheEngineFaults() {
        List<String> reports = new ArrayList<>();
        Redactor redactor = new RedactorConfig().setFaultListener(reports::add).build(null);
        String out = redactor.redact("password=hunter2", name -> {
            throw new IllegalStateException("boom in a detector callback");
        });
        assertThat(out).isEqualTo("[REDACTED]");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).contains("IllegalStateException").doesNotContain("hunter2");
        // Rate-limited: a second fault within the interval is counted, not reported.
        redactor.redact("password=hunter2", name -> {
            throw new IllegalStateException("again");
        });
        assertThat(reports).hasSize(1);
    }

    @Test
    void inPlaceRedactionTouchesOnlyTheTail() {
        StringBuilder sb = new StringBuilder("prefix password=x ");
        int from = sb.length();
        sb.append("token=abc and Bearer abcdefgh12345678");
        assertThat(REDACTOR.redact(sb, from)).isTrue();
        assertThat(sb.toString()).isEqualTo("prefix password=x token=[REDACTED] and Bearer [REDACTED]");
        assertThat(REDACTOR.redact(new StringBuilder("clean line"), 0)).isFalse();
    }

    @Test
    void badConfigurationIsReportedAndDefaultsApply() {
        List<String> problems = new ArrayList<>();
        Redactor redactor = new RedactorConfig()
            .setMask("")
            .setDisable("jwtt, payment_card")
            .setEnable("emails")
            .addRule("broken", "(unclosed", null)
            .addRule("backref", "(a)\\1", null)
            .addRule("badgroup", "x(y)", "$2")
            .addRule("empty", "", null)
            .build(problems::add);
        assertThat(problems).hasSize(7);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("mask:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("disable: unknown detector 'jwtt'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("enable: unknown detector 'emails'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule 'broken': invalid regex '(unclosed'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule 'backref'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule 'badgroup': invalid replacement '$2'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule 'empty': regex is missing"));
        assertThat(redactor.redact("password=x card 4111 1111 1111 1111"))
            .isEqualTo("password=[REDACTED] card 4111 1111 1111 1111");
    }

    @Test
    void customRulesRunInLinearTimeWithGroups() {
        Redactor redactor = new RedactorConfig()
            .addRule("employee", "EMP-(\\d{2})\\d{4}", "EMP-$1****")
            .addRule("evil", "(a+)+$", "<a>")
            .build(null);
        assertThat(redactor.redact("staff EMP-123456 badge")).isEqualTo("staff EMP-12**** badge");
        String evil = "a".repeat(50_000) + "b";
        long start = System.nanoTime();
        assertThat(redactor.redact(evil)).isEqualTo(evil);
        assertThat(System.nanoTime() - start).as("catastrophic pattern on RE2/J").isLessThan(2_000_000_000L);
    }

    @Test
    void fingerprintModeIsStableAndIdempotent() {
        Redactor redactor = new RedactorConfig().setFingerprint(true).build(null);
        String first = redactor.redact("password=hunter2 and token=hunter2 but secret=other");
        assertThat(first).matches("password=\\[REDACTED:([0-9a-f]{12})] and token=\\[REDACTED:\\1] but "
            + "secret=\\[REDACTED:(?!\\1)[0-9a-f]{12}]");
        assertThat(redactor.redact(first)).isEqualTo(first);
        assertThat(redactor.maskValue("hunter2")).isEqualTo(first.substring(9, 9 + 23));
    }

    @Test
    void userKeysAndOptInDetectors() {
        Redactor redactor = new RedactorConfig()
            .setSensitiveKeys("ssn, *_pin")
            .setEnable("email, ip_address, high_entropy")
            .setMask("***")
            .build(null);
        assertThat(redactor.redact("ssn=123-45-6789 card_pin=1234 pin_hint=x"))
            .isEqualTo("ssn=*** card_pin=*** pin_hint=x");
        assertThat(redactor.redact("mail bob.smith+x@example.co.uk from 10.0.0.17 ok"))
            .isEqualTo("mail *** from *** ok");
        assertThat(redactor.redact("blob Zx9Qm2Lp8Wr4Tn6Yv1Bc3Df5Gh7Jk0 id 4bf92f3577b34da6a3ce929d0e0e4736"))
            .isEqualTo("blob *** id 4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(redactor.isSensitiveKey("X-SSN")).isFalse();
        assertThat(redactor.isSensitiveKey("SSN")).isTrue();
        assertThat(redactor.isSensitiveKey("db_password")).isTrue();
        assertThat(redactor.isSensitiveKey("key_id")).isFalse();
        assertThat(Redactor.defaults().redact("mail bob@example.com")).isEqualTo("mail bob@example.com");
    }
}
