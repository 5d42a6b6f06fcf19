package dev.logveil.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The channel contract every Logveil output component must meet, whichever framework it runs in: a secret is gone
 * from the output whether it travels in the message text, an argument, the context map, a key-value pair, an
 * exception's message, a cause, a suppressed exception or the stack-trace text; and ids that correlate requests
 * survive.
 *
 * <p>The output kinds of core's {@code RedactionPolicy} are all exercised: free text (message, arguments), values
 * under named keys and rendered maps (MDC / ThreadContext, with values of several words, with separators and line
 * breaks), key-value pairs, names (the thread) and exception text; the configuration files of the adapters write
 * them through plain, nested and wrapping converters ({@code %X{password}}, {@code %X}, {@code %equals{...}},
 * {@code %cyan(...)}, ...), so the same events go through every one of them.
 *
 * <p>An adapter test extends this class and implements {@link #render}: log the event through the real framework,
 * configured from an XML file as users configure it, and return exactly what was written for that event.
 */
public abstract class RedactionChannelContract {

    /** Logs {@code event} through the component under test and returns its output. */
    protected abstract String render(ContractEvent event);

    /** The mask the component under test is configured with. */
    protected String mask() {
        return "[REDACTED]";
    }

    public static java.util.stream.Stream<Arguments> vendorSecrets() {
        return SecretSamples.BY_DETECTOR.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} as a message argument")
    @MethodSource("vendorSecrets")
    public void secretAsArgumentIsMasked(String detector, String secret) {
        String out = render(ContractEvent.message("calling upstream with {} now", secret));
        assertNoSecret(out, secret);
        assertThat(out).contains("calling upstream with").contains("now");
    }

    @ParameterizedTest(name = "{0} in an exception message")
    @MethodSource("vendorSecrets")
    public void secretInExceptionMessageIsMasked(String detector, String secret) {
        String out = render(ContractEvent.message("request failed")
            .throwable(new IllegalStateException("upstream rejected " + secret)));
        assertNoSecret(out, secret);
        assertThat(out).contains("request failed").contains("IllegalStateException");
    }

    @Test
    public void passwordInMessageTextIsMasked() {
        String out = render(ContractEvent.message("login user=bob password=" + SecretSamples.PASSWORD + " ok"));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertThat(out).contains("user=bob").contains("password=" + mask());
    }

    @Test
    public void passwordAsArgumentIsMasked() {
        String out = render(ContractEvent.message("connecting with password={}", SecretSamples.PASSWORD));
        assertNoSecret(out, SecretSamples.PASSWORD);
    }

    @Test
    public void secretInContextValueIsMasked() {
        String out = render(ContractEvent.message("handled")
            .context("upstream", "https://svc:" + SecretSamples.PASSWORD + "@api.internal/v1")
            .context("request_id", SecretSamples.REQUEST_ID));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertThat(out).contains(SecretSamples.REQUEST_ID);
    }

    @Test
    public void contextEntryUnderSensitiveKeyIsMaskedWhole() {
        String out = render(ContractEvent.message("handled").context("api_key", "plainvalue" + SecretSamples.PASSWORD));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertThat(out).doesNotContain("plainvalue");
    }

    @Test
    public void keyValuePairsAreRedacted() {
        String out = render(ContractEvent.message("charged")
            .keyValue("password", SecretSamples.PASSWORD)
            .keyValue("note", "Authorization: Bearer " + SecretSamples.BEARER)
            .keyValue("order", 42));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertNoSecret(out, SecretSamples.BEARER);
    }

    @Test
    public void causeAndSuppressedMessagesAreMasked() {
        Exception root = new IllegalArgumentException("bad token=" + SecretSamples.PASSWORD);
        Exception top = new RuntimeException("wrapper", root);
        top.addSuppressed(new IllegalStateException("cleanup with Bearer " + SecretSamples.BEARER));
        String out = render(ContractEvent.message("failed").throwable(top));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertNoSecret(out, SecretSamples.BEARER);
        assertThat(out).contains("IllegalArgumentException").contains("Suppressed");
        assertThat(out).contains("at ");
    }

    @Test
    public void urlCredentialsInExceptionAreMasked() {
        String out = render(ContractEvent.message("db down").throwable(new IllegalStateException(
            "cannot connect to jdbc:postgresql://app:" + SecretSamples.PASSWORD + "@db:5432/orders")));
        assertNoSecret(out, SecretSamples.PASSWORD);
        assertThat(out).contains("jdbc:postgresql://app:").contains("@db:5432/orders");
    }

    @Test
    public void correlationIdsSurvive() {
        String out = render(ContractEvent.message("request {} for key_id={} trace={}", SecretSamples.UUID,
                SecretSamples.KEY_ID, SecretSamples.TRACE_ID)
            .context("key_id", SecretSamples.KEY_ID)
            .context("key_origin", "header")
            .context("key_status", "ok")
            .context("request_id", SecretSamples.UUID));
        for (String survivor : SecretSamples.SURVIVORS) {
            if (!survivor.equals(SecretSamples.REQUEST_ID)) {
                assertThat(out).contains(survivor);
            }
        }
        assertThat(out).doesNotContain(mask());
    }

    @Test
    public void cleanEventIsUnchanged() {
        String out = render(ContractEvent.message("order {} shipped to {} in {} ms", 1042, "Berlin", 37)
            .context("request_id", SecretSamples.UUID));
        assertThat(out).contains("order 1042 shipped to Berlin in 37 ms").doesNotContain(mask());
    }

    /** Asserts that neither the secret nor a 12-character piece of it is in {@code out}, and that the mask is. */
    protected void assertNoSecret(String out, String secret) {
        assertThat(out).as("output must not contain the secret").doesNotContain(secret);
        assertThat(out.replace(" ", "")).as("output must not contain a piece of the secret")
            .doesNotContain(SecretSamples.pieceOf(secret));
        assertThat(out).as("output must show that something was masked").contains(mask());
    }

    /** Exposed for adapters that want to iterate the fixtures themselves. */
    protected static Map<String, String> vendorSecretSamples() {
        return SecretSamples.BY_DETECTOR;
    }

    @Test
    public void contextValueOfSeveralWordsUnderSensitiveKeyIsMaskedWhole() {
        String out = render(ContractEvent.message("handled").context("password", SecretSamples.PASSPHRASE)
            .context("user", "bob"));
        assertNoWordOf(out, SecretSamples.PASSPHRASE);
        assertThat(out).contains("bob").contains(mask());
    }

    @Test
    public void contextValueWithSeparatorsAndLineBreaksUnderSensitiveKeyIsMaskedWhole() {
        String value = "Quux1, role=Wibble2}\nplugh=Frob3 ]";
        String out = render(ContractEvent.message("handled").context("api_key", value).context("user", "bob"));
        assertThat(out).doesNotContain("Quux1").doesNotContain("Wibble2").doesNotContain("Frob3").contains(mask());
    }

    @Test
    public void keyValueOfSeveralWordsUnderSensitiveKeyIsMaskedWhole() {
        String out = render(ContractEvent.message("charged").keyValue("password", SecretSamples.PASSPHRASE)
            .keyValue("order", 42));
        assertNoWordOf(out, SecretSamples.PASSPHRASE);
        assertThat(out).contains(mask());
    }

    @Test
    public void valuesUnderOurOwnKeysAreNeverRedacted() {
        String out = render(ContractEvent.message("request done")
            .context("key_id", SecretSamples.LUHN_DIGITS)
            .context("key_origin", "header")
            .context("key_status", "ok")
            .context("request_id", SecretSamples.REQUEST_ID)
            .context("anomaly.top_key_ids", SecretSamples.LUHN_DIGITS + "=3"));
        assertThat(out).contains(SecretSamples.LUHN_DIGITS).contains(SecretSamples.REQUEST_ID)
            .doesNotContain(mask());
    }

    @Test
    public void redactionComesBeforeEscapingSoAnEscapedLineBreakHidesNoKey() {
        String out = render(ContractEvent.message("checked\npassword=" + SecretSamples.PASSWORD + " done"));
        assertNoSecret(out, SecretSamples.PASSWORD);
    }

    @Test
    public void noChannelForgesALine() {
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        thread.setName("worker\n" + SecretSamples.FORGED_LINE);
        String out;
        try {
            out = render(ContractEvent.message("user {} logged in", "bob\n" + SecretSamples.FORGED_LINE)
                .context("note", "x\r\n" + SecretSamples.FORGED_LINE)
                .keyValue("comment", "y\n" + SecretSamples.FORGED_LINE)
                .throwable(new IllegalStateException("boom\n" + SecretSamples.FORGED_LINE)));
        } finally {
            thread.setName(name);
        }
        assertThat(out.split("\\R")).as("no line of the output is a forged one")
            .noneMatch(line -> line.startsWith(SecretSamples.FORGED_LINE));
        assertThat(out).contains("admin login granted").contains("IllegalStateException");
    }

    /** Asserts that no word of {@code passphrase} is in {@code out}. */
    protected void assertNoWordOf(String out, String passphrase) {
        for (String word : passphrase.split(" ")) {
            assertThat(out).as("output must not contain a word of the value").doesNotContain(word);
        }
    }
}
