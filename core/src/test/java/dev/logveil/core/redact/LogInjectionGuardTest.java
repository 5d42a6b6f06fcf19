package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogInjectionGuardTest {

    @Test
    void escapesEveryLineBreakAndTerminalEscapeVisibly() {
        String forged = "user=bob\r\n2026-11-23 INFO admin logged in\u0085x\u2028y\u2029z\u001b[31mred\\n";
        assertThat(LogInjectionGuard.escape(forged)).isEqualTo(
            "user=bob\\r\\n2026-11-23 INFO admin logged in\\u0085x\\u2028y\\u2029z\\u001b[31mred\\\\n");
    }

    @Test
    void keepsCleanTextAndTabsAsTheSameInstance() {
        String clean = "a\tb c";
        assertThat(LogInjectionGuard.escape(clean)).isSameAs(clean);
        assertThat(LogInjectionGuard.escape((String) null)).isNull();
    }

    @Test
    void escapesInPlaceFromAnOffset() {
        StringBuilder sb = new StringBuilder("line one\nmessage: a\nb");
        assertThat(LogInjectionGuard.escape(sb, 9)).isTrue();
        assertThat(sb.toString()).isEqualTo("line one\nmessage: a\\nb");
        assertThat(LogInjectionGuard.escape(new StringBuilder("ok"), 0)).isFalse();
    }
}
