package dev.logveil.core.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.event.RedactedThrowable;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.testing.SecretSamples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event parts that forwarding adapters redact, and the throwable copy, decided once here for both. */
class EventValuesTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    @Test
    void aCleanContextMapComesBackItselfAndADirtyOneAsACopy() {
        Map<String, String> clean = Map.of("request_id", SecretSamples.REQUEST_ID, "region", "eu");
        assertThat(EventValues.contextMap(clean, REDACTOR)).isSameAs(clean);

        Map<String, String> dirty = new LinkedHashMap<>(clean);
        dirty.put("api_key", "anything-at-all");
        dirty.put("upstream", "https://svc:" + SecretSamples.PASSWORD + "@db/x");
        Map<String, String> redacted = EventValues.contextMap(dirty, REDACTOR);
        assertThat(redacted).isNotSameAs(dirty).containsEntry("api_key", "[REDACTED]")
            .containsEntry("request_id", SecretSamples.REQUEST_ID);
        assertThat(redacted.get("upstream")).doesNotContain(SecretSamples.PASSWORD);
        assertThat(dirty.get("api_key")).as("the original is not changed").isEqualTo("anything-at-all");
    }

    @Test
    void valuesUnderKeysKeepTheirTypeWhenClean() {
        Integer count = 42;
        assertThat(EventValues.underKey("token_count", count, REDACTOR)).isSameAs(count);
        assertThat(EventValues.underKey("password", 1234, REDACTOR)).isEqualTo("[REDACTED]");
        assertThat(EventValues.underKey("note", "Bearer " + SecretSamples.BEARER, REDACTOR)).isEqualTo(
            "Bearer [REDACTED]");
    }

    @Test
    void anArgumentThatWasASecretInTheMessageIsMaskedEvenIfItLooksHarmlessAlone() {
        Object[] arguments = {"opensesame", "berlin", 17};
        String formatted = "login password=opensesame from berlin in 17 ms";
        String redacted = REDACTOR.redact(formatted);
        Object[] result = EventValues.arguments(arguments, formatted, redacted, REDACTOR);
        assertThat(result).containsExactly("[REDACTED]", "berlin", 17);
        assertThat(result[2]).isSameAs(arguments[2]);
        Object[] clean = {"berlin", 17};
        assertThat(EventValues.arguments(clean, "from berlin in 17 ms", "from berlin in 17 ms", REDACTOR))
            .isSameAs(clean);
    }

    @Test
    void aCleanThrowableIsNotCopied() {
        Exception clean = new IllegalStateException("timeout after 30 s", new RuntimeException("io"));
        assertThat(RedactedThrowable.of(clean, REDACTOR)).isSameAs(clean);
        assertThat(RedactedThrowable.of(null, REDACTOR)).isNull();
    }

    @Test
    void aDirtyThrowableTreeIsCopiedWholeCyclesIncluded() {
        IllegalStateException top = new IllegalStateException("outer");
        IllegalArgumentException cause = new IllegalArgumentException("token=" + SecretSamples.PASSWORD, top);
        top.initCause(cause);
        top.addSuppressed(new RuntimeException("Bearer " + SecretSamples.BEARER));

        Throwable copy = RedactedThrowable.of(top, REDACTOR);
        assertThat(copy).isInstanceOf(RedactedThrowable.class).hasMessage("outer");
        assertThat(copy.getCause()).hasMessage("token=[REDACTED]");
        assertThat(copy.getCause().getCause()).as("the cycle is kept, not followed forever").isSameAs(copy);
        assertThat(copy.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("Bearer [REDACTED]"));
        assertThat(copy.getStackTrace()).isEqualTo(top.getStackTrace());
        StringWriter printed = new StringWriter();
        copy.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).startsWith("java.lang.IllegalStateException: outer")
            .contains("Caused by: java.lang.IllegalArgumentException: token=[REDACTED]")
            .doesNotContain(SecretSamples.PASSWORD).doesNotContain(SecretSamples.BEARER);
    }
}
