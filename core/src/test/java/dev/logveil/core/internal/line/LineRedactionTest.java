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
        assertThat(names.trust(thread, line, 1, 1 + thread.length(), redactor)).isEqualTo(SegmentTrust.KNOWN_SAFE);
        // Known now: the text is no longer looked at.
        assertThat(names.trust(thread, "whatever", 0, 8, redactor)).isEqualTo(SegmentTrust.KNOWN_SAFE);

        String leaky = "worker token=abc123xyz";
        assertThat(names.trust(leaky, leaky, 0, leaky.length(), redactor)).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(names.trust(leaky, leaky, 0, leaky.length(), redactor)).isEqualTo(SegmentTrust.UNKNOWN);
        assertThat(names.trust(null, "", 0, 0, redactor)).isEqualTo(SegmentTrust.UNKNOWN);
    }

    @Test
    void aCleanNameWithSomethingToEscapeIsRememberedAsCleanOnly() {
        KnownCleanNames names = new KnownCleanNames();
        Redactor redactor = Redactor.defaults();
        for (String forged : new String[] {"worker\nINFO admin login granted", "pool\\1", "job\u001b[2J",
            "exec\u2028next", "tab\u0085bed"}) {
            assertThat(names.trust(forged, forged, 0, forged.length(), redactor)).as(forged)
                .isEqualTo(SegmentTrust.KNOWN_CLEAN);
            assertThat(names.trust(forged, forged, 0, forged.length(), redactor)).as(forged)
                .isEqualTo(SegmentTrust.KNOWN_CLEAN);
        }
        // A tab is not escaped: such a name is safe.
        assertThat(names.trust("tab\tbed", "tab\tbed", 0, 7, redactor)).isEqualTo(SegmentTrust.KNOWN_SAFE);
    }

    @Test
    void theGuardEscapesARunUnlessEverySegmentInItIsKnownSafe() {
        LineRedaction guarded = new LineRedaction(new RedactionPolicy(Redactor.defaults(), true));
        // What the caller vouches for as safe is left as it is; the same text merely clean is escaped.
        assertThat(write(guarded, "[", SegmentTrust.INERT, "a\\b", SegmentTrust.KNOWN_SAFE, "] ", SegmentTrust.INERT))
            .isEqualTo("prefix|[a\\b] ");
        assertThat(write(guarded, "[", SegmentTrust.INERT, "a\\b", SegmentTrust.KNOWN_CLEAN, "] ", SegmentTrust.INERT))
            .isEqualTo("prefix|[a\\\\b] ");
        // Beside unknown text, a safe segment is scanned and escaped with it.
        assertThat(write(guarded, "[", SegmentTrust.INERT, "main", SegmentTrust.KNOWN_SAFE, "\npassword=hunter2",
            SegmentTrust.UNKNOWN, "\n", SegmentTrust.INERT)).isEqualTo("prefix|[main\\npassword=[REDACTED]\n");
    }

    @Test
    void anEmptySegmentChangesNothingButAnEmptyInertOneStillSeparatesRuns() {
        LineRedaction guarded = new LineRedaction(new RedactionPolicy(Redactor.defaults(), true));
        // The empty unknown segment does not make the known-clean one beside it scanned.
        assertThat(write(guarded, "ORD-42", SegmentTrust.KNOWN_CLEAN, "", SegmentTrust.UNKNOWN, "\n",
            SegmentTrust.INERT)).isEqualTo("prefix|ORD-42\n");
        assertThat(write(guarded, "password", SegmentTrust.KNOWN_CLEAN, "", SegmentTrust.INERT, "=hunter2",
            SegmentTrust.UNKNOWN)).isEqualTo("prefix|password=hunter2");
        assertThat(write(guarded, "password", SegmentTrust.KNOWN_CLEAN, "", SegmentTrust.UNKNOWN, "=hunter2",
            SegmentTrust.UNKNOWN)).isEqualTo("prefix|password=[REDACTED]");
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
