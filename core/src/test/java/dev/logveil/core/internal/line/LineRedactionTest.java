package dev.logveil.core.internal.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import org.junit.jupiter.api.Test;

/** Segment-wise redaction of a line as a layout writes it: what is scanned, what is skipped, and why. */
class LineRedactionTest {
    private final LineRedaction lines = new LineRedaction(Redactor.defaults());

    /** Writes the segments in order, as a layout would, and returns the finished line. */
    private String write(LineRedaction redaction, Object... textAndTrust) {
        StringBuilder line = new StringBuilder("prefix|");
        long state = redaction.begin(line.length());
        for (int i = 0; i < textAndTrust.length; i += 2) {
            int start = line.length();
            line.append((String) textAndTrust[i]);
            state = redaction.segment(state, line, start, (SegmentTrust) textAndTrust[i + 1]);
        }
        redaction.end(state, line);
        return line.toString();
    }

    @Test
    void unknownTextIsRedactedAndInertTextAroundItIsKept() {
        assertThat(write(lines, "2026-11-23 ", SegmentTrust.INERT, "login password=hunter2", SegmentTrust.UNKNOWN,
            " - ", SegmentTrust.INERT, "token=abc123xyz", SegmentTrust.UNKNOWN, "\n", SegmentTrust.INERT))
            .isEqualTo("prefix|2026-11-23 login password=[REDACTED] - token=[REDACTED]\n");
    }

    @Test
    void aKnownCleanSegmentNextToUnknownTextIsScannedWithItSoAKeyAndItsValueMeet() {
        // "%logger=%msg" with a logger named "password": the key is in one segment, the value in the next.
        assertThat(write(lines, "password", SegmentTrust.KNOWN_CLEAN, "=", SegmentTrust.UNKNOWN,
            "hunter2", SegmentTrust.UNKNOWN)).isEqualTo("prefix|password=[REDACTED]");
    }

    @Test
    void aRunOfKnownCleanSegmentsIsNotScanned() {
        // Known clean means the engine passed it before; handing over text it would mask shows that it is skipped.
        assertThat(write(lines, "[", SegmentTrust.INERT, "password=hunter2", SegmentTrust.KNOWN_CLEAN, "] ",
            SegmentTrust.INERT)).isEqualTo("prefix|[password=hunter2] ");
    }

    @Test
    void theTextBeforeTheFirstSegmentIsNeverTouched() {
        StringBuilder line = new StringBuilder("token=abc123xyz ");
        long state = lines.begin(line.length());
        line.append("AKIAZLOGVEIL0FAKE0ID");
        lines.end(lines.segment(state, line, 16, SegmentTrust.UNKNOWN), line);
        assertThat(line).hasToString("token=abc123xyz [REDACTED]");
    }

    @Test
    void withCustomRulesEverythingAfterTheInertHeadIsOneRun() {
        Redactor withRule = new RedactorConfig().addRule("order", "ORD-\\d+ - \\w+", "[ORDER]").build(null);
        LineRedaction redaction = new LineRedaction(withRule);
        assertThat(write(redaction, "12:00 ", SegmentTrust.INERT, "ORD-42", SegmentTrust.KNOWN_CLEAN, " - ",
            SegmentTrust.INERT, "paid", SegmentTrust.UNKNOWN)).isEqualTo("prefix|12:00 [ORDER]");
    }

    @Test
    void knownCleanNamesRemembersOnlyNamesWhoseTextIsClean() {
        KnownCleanNames names = new KnownCleanNames();
        Redactor redactor = Redactor.defaults();
        String thread = "http-nio-8080-exec-1";
        StringBuilder line = new StringBuilder("[").append(thread).append("] ");
        assertThat(names.trust(thread, line, 1, 1 + thread.length(), redactor)).isEqualTo(SegmentTrust.KNOWN_CLEAN);
        // Known now: the text is no longer looked at.
        assertThat(names.trust(thread, "whatever", 0, 8, redactor)).isEqualTo(SegmentTrust.KNOWN_CLEAN);

        String leaky = "worker token=abc123xyz";
        assertThat(names.trust(leaky, leaky, 0, leaky.length(), redactor)).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(names.trust(leaky, leaky, 0, leaky.length(), redactor)).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(names.trust(null, "", 0, 0, redactor)).isEqualTo(SegmentTrust.UNKNOWN);
    }

    @Test
    void redactRangeLeavesTheTextOnBothSidesAndReportsTheNewEnd() {
        StringBuilder sb = new StringBuilder("token=abc123xyz|password=hunter2|token=def456uvw");
        int end = Redactor.defaults().redactRange(sb, 16, 32);
        assertThat(sb).hasToString("token=abc123xyz|password=[REDACTED]|token=def456uvw");
        assertThat(end).isEqualTo(35);
        assertThat(Redactor.defaults().redactRange(sb, 0, 0)).isZero();
        StringBuilder clean = new StringBuilder("status=200 items=3");
        assertThat(Redactor.defaults().redactRange(clean, 0, clean.length())).isEqualTo(clean.length());
    }

    @Test
    void onlyLiteralsOfSpacesBracketsAndSeparatorsAreInert() {
        assertThat(LineRedaction.isInertLiteral(" [")).isTrue();
        assertThat(LineRedaction.isInertLiteral(" - ")).isTrue();
        assertThat(LineRedaction.isInertLiteral("] | ")).isTrue();
        assertThat(LineRedaction.isInertLiteral("")).isTrue();
        assertThat(LineRedaction.isInertLiteral("=")).isFalse();
        assertThat(LineRedaction.isInertLiteral(": ")).isFalse();
        assertThat(LineRedaction.isInertLiteral(" key ")).isFalse();
        assertThat(LineRedaction.isInertLiteral("\"")).isFalse();
        assertThat(LineRedaction.isInertLiteral(".")).isFalse();
    }

    /** Writes segments of the given kinds, each with the trust the policy gives its kind. */
    private String writeKinds(LineRedaction redaction, Object... textAndKind) {
        StringBuilder line = new StringBuilder("prefix|");
        long state = redaction.begin(line.length());
        for (int i = 0; i < textAndKind.length; i += 2) {
            int start = line.length();
            line.append((String) textAndKind[i]);
            OutputKind kind = (OutputKind) textAndKind[i + 1];
            state = redaction.segment(state, line, start, kind, LineRedaction.trustOf(kind, true));
        }
        redaction.end(state, line);
        return line.toString();
    }

    @Test
    void theGuardEscapesAfterRedactingSoAnEscapedLineBreakHidesNoKey() {
        LineRedaction guarded = new LineRedaction(new RedactionPolicy(Redactor.defaults(), true));
        assertThat(writeKinds(guarded, "12:00 ", OutputKind.INERT, "ok\npassword=hunter2", OutputKind.FREE_TEXT,
            "\n", OutputKind.INERT)).isEqualTo("prefix|12:00 ok\\npassword=[REDACTED]\n");
    }

    @Test
    void theGuardEscapesEveryKindButKeepsTheStackTraceShapeAndTheInertText() {
        LineRedaction guarded = new LineRedaction(new RedactionPolicy(Redactor.defaults(), true));
        assertThat(writeKinds(guarded, "[", OutputKind.INERT, "main\nforged", OutputKind.NAME, "] ", OutputKind.INERT,
            "user=bob\nINFO forged", OutputKind.KEYED_VALUE, "\n", OutputKind.INERT,
            "java.lang.Error: x\nINFO forged\n\tat a.B(B.java:1)\n", OutputKind.EXCEPTION))
            .isEqualTo("prefix|[main\\nforged] user=bob\\nINFO forged\n"
                + "java.lang.Error: x\\nINFO forged\n\tat a.B(B.java:1)\n");
    }

    @Test
    void keyedTextDecidedByThePolicyIsNotScannedAgainOnItsOwn() {
        String luhn = "4111111111111111";
        assertThat(writeKinds(lines, "[", OutputKind.INERT, "key_id=" + luhn, OutputKind.RENDERED_MAP, "] ",
            OutputKind.INERT)).isEqualTo("prefix|[key_id=" + luhn + "] ");
        assertThat(LineRedaction.trustOf(OutputKind.KEYED_VALUE, false)).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(LineRedaction.literalKind(" - ")).isEqualTo(OutputKind.INERT);
        assertThat(LineRedaction.literalKind("api_key=")).isEqualTo(OutputKind.LITERAL);
    }
}
