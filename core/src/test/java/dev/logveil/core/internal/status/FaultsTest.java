package dev.logveil.core.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.redact.Redactor;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    @Test
    void aFaultIsNamedByItsTypeNeverItsMessage() {
        assertThat(Faults.typeOf(new AssertionError("password=hunter2"))).isEqualTo("java.lang.AssertionError");
        assertThat(Faults.typeOf(null)).isEqualTo("unknown fault");
    }

    @Test
    void aChainIsWrittenAsTypesAndRedactedMessages() {
        Throwable thrown = new IllegalStateException("checkout failed",
            new IllegalArgumentException("password=hunter2"));
        assertThat(Faults.chainText(thrown, REDACTOR)).isEqualTo("java.lang.IllegalStateException: checkout failed"
            + System.lineSeparator() + "Caused by: java.lang.IllegalArgumentException: password=[REDACTED]");
        assertThat(Faults.chainText(null, REDACTOR)).isEmpty();
    }

    @Test
    void aChainTwentyThousandDeepIsCutAndCountedWithoutRecursion() {
        Throwable chain = new RuntimeException("root");
        for (int i = 1; i < 20_000; i++) {
            chain = new RuntimeException("level " + i, chain);
        }
        String text = Faults.chainText(chain, REDACTOR);
        assertThat(text.lines()).hasSize(Faults.MAX_CAUSES + 1);
        assertThat(text).endsWith("\t... " + (20_000 - Faults.MAX_CAUSES) + " more causes not written");
    }

    @Test
    void aCycleEndsTheChain() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(Faults.chainText(first, REDACTOR).lines()).hasSize(2);
    }

    @Test
    void aMessageThatCannotBeReadOrIsHugeGivesABoundedLine() {
        RuntimeException unreadable = new RuntimeException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                return getMessage();
            }
        };
        assertThat(Faults.chainText(unreadable, REDACTOR))
            .endsWith(": [message unavailable: java.lang.StackOverflowError]");
        String huge = Faults.chainText(new RuntimeException("token=" + "a1".repeat(50_000)), REDACTOR);
        assertThat(huge).hasSizeLessThan(Faults.MAX_MESSAGE_CHARS + 100).contains("token=[REDACTED]");
    }
}
