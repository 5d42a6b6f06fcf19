package dev.logveil.core.internal.line;

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
    void escapesExactlyTheControlCharactersLineEndsAndBackslashOfAllCharacters() {
        // The fast test lets printable ASCII through first; over every char it must agree with the definition.
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = (c < 0x20 && c != '\t') || c == '\\' || c == 0x7F || c == 0x85 || c == 0x2028
                || c == 0x2029;
            assertThat(LogInjectionGuard.needsEscape((char) c)).as("U+%04X", c).isEqualTo(expected);
            String text = "a" + (char) c + "b";
            assertThat(LogInjectionGuard.escape(text) != text).as("U+%04X", c).isEqualTo(expected);
        }
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

    @Test
    void escapesARangeAndMovesTheTextAfterIt() {
        StringBuilder sb = new StringBuilder("[a\nb]\n");
        assertThat(LogInjectionGuard.escape(sb, 1, 4)).isEqualTo(5);
        assertThat(sb.toString()).isEqualTo("[a\\nb]\n");
        assertThat(LogInjectionGuard.escape(sb, 0, 1)).isEqualTo(1);
    }

    @Test
    void exceptionTextKeepsTheLineBreaksOfItsStackTraceOnly() {
        String trace = "java.lang.IllegalStateException: boom\n2026-12-01 INFO admin login granted\r\n"
            + "\tat a.B.c(B.java:1)\n"
            + "Caused by: java.io.IOException: x\r\n2026 forged\n"
            + "\t... 3 more\n"
            + "Wrapped by: java.lang.Error\n";
        StringBuilder sb = new StringBuilder(trace);
        int end = LogInjectionGuard.escapeExceptionText(sb, 0, sb.length());
        assertThat(sb.toString()).isEqualTo("java.lang.IllegalStateException: boom\\n2026-12-01 INFO admin login"
            + " granted\r\n\tat a.B.c(B.java:1)\n"
            + "Caused by: java.io.IOException: x\\r\\n2026 forged\n"
            + "\t... 3 more\n"
            + "Wrapped by: java.lang.Error\n");
        assertThat(end).isEqualTo(sb.length());
        StringBuilder clean = new StringBuilder("x\n\tat y\n");
        assertThat(LogInjectionGuard.escapeExceptionText(clean, 0, clean.length())).isEqualTo(clean.length());
    }

    @Test
    void colouredTextKeepsItsColourCodesButNoOtherEscapeSequence() {
        String text = "\u001b[1;31mERROR\u001b[m bob\n\u001b[2J\u001b]0;title\u0007 \u001b[31";
        StringBuilder sb = new StringBuilder(text);
        LogInjectionGuard.escapeKeepingColours(sb, 0, sb.length());
        assertThat(sb.toString())
            .isEqualTo("\u001b[1;31mERROR\u001b[m bob\\n\\u001b[2J\\u001b]0;title\\u0007 \\u001b[31");
        StringBuilder plain = new StringBuilder("\u001b[31mred");
        LogInjectionGuard.escape(plain, 0, plain.length());
        assertThat(plain.toString()).isEqualTo("\\u001b[31mred");
    }
}
