package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactingConverterTest {
    private static final String NL = System.lineSeparator();
    private LogbackFixture logback;

    @AfterEach
    void stop() {
        if (logback != null) {
            logback.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPLICIT", "EXPLICIT", "TWO", "NESTED", "HIGHLIGHT", "SPACE", "WHOLE"})
    void theExceptionIsPrintedOnceAndRedactedWhateverThePatternShape(String appender) {
        logback = LogbackFixture.configure("converter/patterns.xml");
        logback.logger("shapes").error("payment failed for card {}", Secrets.CARD, failure());

        String out = withoutAnsi(logback.output(appender));
        assertThat(out).doesNotContain(Secrets.ALL)
            .contains("payment failed for card [REDACTED]1111")
            .contains("java.lang.IllegalStateException: gateway refused api_key=[REDACTED]")
            .contains("Caused by: java.lang.RuntimeException: token [REDACTED] expired")
            .contains("Suppressed: java.io.IOException: rollback with password=[REDACTED]")
            .contains("at dev.logveil.logback.RedactingConverterTest.failure");
        assertThat(out.split("gateway refused", -1)).as("the exception is printed once").hasSize(2);
        logback.assertNoStatusAboveInfo();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPLICIT", "EXPLICIT", "NESTED", "HIGHLIGHT", "WHOLE"})
    void aCleanEventWithAnExceptionReadsExactlyAsWithTheStockPattern(String appender) {
        logback = LogbackFixture.configure("converter/patterns.xml");
        logback.logger("clean").error("no secret", new IllegalStateException("plain", new IOException("disk")));
        logback.logger("clean").info("second line");

        assertThat(withoutAnsi(logback.output(appender))).isEqualTo(logback.output("STOCK"));
    }

    @Test
    void nopexInsideOrAfterRedactStillSuppressesTheException() {
        logback = LogbackFixture.configure("converter/patterns.xml");
        logback.logger("nopex").error("failed", failure());

        assertThat(logback.output("NOPEX")).isEqualTo("ERROR nopex - failed " + NL);
        assertThat(logback.output("NOPEX_INSIDE")).isEqualTo("ERROR nopex - failed" + NL);
    }

    @Test
    void mdcAndKeyValueValuesOfSensitiveKeysAreMaskedWhole() {
        logback = LogbackFixture.configure("converter/patterns.xml");
        logback.mdc().put("password", "correct horse battery staple");
        logback.mdc().put("request_id", Secrets.REQUEST_ID);
        logback.logger("mdc").atInfo().setMessage("user {} signed in").addArgument("bob")
            .addKeyValue("api_key", "plain words").addKeyValue("key_id", Secrets.KEY_ID).log();

        String out = logback.output("MDC");
        assertThat(out).startsWith("[REDACTED]|")
            .contains("password=[REDACTED]", "request_id=" + Secrets.REQUEST_ID)
            .contains("|api_key=\"[REDACTED]\" key_id=\"" + Secrets.KEY_ID + "\"|user bob signed in")
            .doesNotContain("horse", "plain words");
    }

    @Test
    void anExceptionConverterAfterRedactOutsideItIsReportedAsAnError() {
        logback = LogbackFixture.configure("converter/raw-exception-after.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR)).singleElement().asString()
            .startsWith("RedactingConverter: the pattern prints the exception with ThrowableProxyConverter")
            .contains("%redact(%msg%n%ex)");
        logback.logger("after").error("failed", new IllegalStateException("plain"));
        assertThat(logback.output("AFTER").split("IllegalStateException", -1))
            .as("the exception is not printed twice").hasSize(2);
    }

    @Test
    void settingsDeclaredWithDefineApplyToEveryRedactConverter() {
        logback = LogbackFixture.configure("converter/settings.xml");
        logback.mdc().put("customer_pin", "4242");

        logback.logger("settings").info("order os-0123456789abcdef card {} token {}\nforged line", Secrets.CARD,
            Secrets.GITHUB_TOKEN);

        assertThat(logback.output("OUT"))
            .isEqualTo("order *** card " + Secrets.CARD + " token ***\\nforged line pin=*** " + NL);
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void settingsDeclaredAfterTheAppendersApplyAllTheSame() {
        logback = LogbackFixture.configure("converter/settings-after-appenders.xml");

        logback.logger("late").info("token {}", Secrets.GITHUB_TOKEN);
        assertThat(logback.output("OUT")).isEqualTo("token ***" + NL);
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void badSettingsAreReportedAndTheDefaultsStillRedact() {
        logback = LogbackFixture.configure("converter/bad-settings.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR))
            .anySatisfy(m -> assertThat(m).startsWith("RedactionSettings: disable: unknown detector 'jwtt'"))
            .anySatisfy(m -> assertThat(m).startsWith("RedactionSettings: rule 'broken': invalid regex '[a-'"));
        logback.logger("bad").info("jwt {}", Secrets.JWT);
        assertThat(logback.output("OUT")).isEqualTo("jwt [REDACTED]" + NL);
    }

    @Test
    void theConvertersOwnOptionsAddToTheContextsSettingsForItAlone() {
        logback = LogbackFixture.configure("converter/options.xml");

        logback.logger("options").info("shoe_size=44 customer_pin=1234 os-0123456789abcdef tk_42 {}",
            Secrets.GITHUB_TOKEN);
        assertThat(logback.output("OWN")).isEqualTo("shoe_size=*** customer_pin=*** *** *** ***" + NL);
        assertThat(logback.output("SHARED")).as("the context-wide settings, without the other converter's")
            .isEqualTo("shoe_size=44 customer_pin=[REDACTED] [REDACTED] tk_42 [REDACTED]" + NL);
        logback.assertNoStatusAboveInfo();
    }

    @Test
    void badOptionsOnTheConverterAreReportedByNameAndValueAndItStillRedacts() {
        logback = LogbackFixture.configure("converter/bad-options.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingConverter: unknown option 'maks'; ignored."))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingConverter: fingerprint: 'maybe' is neither"))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingConverter: escapeLineBreaks: 'nope' is neither"))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingConverter: disable: unknown detector 'jwtt'"))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingConverter: option 'plain' is not name=value"));
        logback.logger("bad").info("jwt {}\nforged", Secrets.JWT);
        assertThat(logback.output("OUT")).isEqualTo("jwt [REDACTED]\\nforged" + NL);
    }

    @Test
    void aProblemOfTheSettingsIsReportedOnceEvenWhenAConverterAddsOptions() {
        logback = LogbackFixture.configure("converter/bad-settings-and-options.xml");

        assertThat(logback.messagesAtLeast(Status.ERROR)).filteredOn(m -> m.contains("'jwtt'")).singleElement()
            .asString().startsWith("RedactionSettings: disable: unknown detector 'jwtt'");
        assertThat(logback.messagesAtLeast(Status.ERROR)).filteredOn(m -> m.contains("'emial'")).singleElement()
            .asString().startsWith("RedactingConverter: enable: unknown detector 'emial'");
        logback.logger("bad").info("jwt {}", Secrets.JWT);
        assertThat(logback.output("OUT")).isEqualTo("jwt ***" + NL);
    }

    @Test
    void aConversionWordRightAfterTheClosingParenthesisIsReported() {
        logback = LogbackFixture.configure("converter/misuse.xml");

        assertThat(logback.messagesAtLeast(Status.WARN)).filteredOn(m -> m.contains("literal")).singleElement()
            .asString().startsWith("RedactingConverter: Logback prints '%n' right after %redact(...) as literal text")
            .contains("%redact(%msg%n)");
        logback.logger("literal").info("one");
        assertThat(logback.output("LITERAL")).isEqualTo("one%n");

        logback.capture("LITERAL").clear();
        logback.logger("literal").error("two", failure());
        assertThat(logback.output("LITERAL")).as("even so, Logback appends no unredacted exception")
            .startsWith("two" + NL + "java.lang.IllegalStateException: gateway refused api_key=[REDACTED]")
            .doesNotContain(Secrets.ALL);
        assertThat(logback.output("LITERAL").split("gateway refused", -1)).hasSize(2);
    }

    @Test
    void aFaultInsideRedactWritesTheMaskAndReportsOnce() {
        logback = LogbackFixture.configure("converter/misuse.xml");
        Logger log = logback.logger("faulty");

        assertThatCode(() -> {
            log.info("explode {}", Secrets.PASSWORD);
            log.info("explode again");
            log.info("fine");
        }).doesNotThrowAnyException();

        assertThat(logback.output("FAULTY"))
            .isEqualTo("INFO [REDACTED]" + NL + "INFO [REDACTED]" + NL + "INFO fine ok" + NL);
        List<String> warnings = logback.messagesAtLeast(Status.WARN);
        assertThat(warnings).filteredOn(m -> m.contains("formatting %redact(...) failed")).singleElement().asString()
            .contains("java.lang.IllegalStateException").doesNotContain(Secrets.PASSWORD);
    }

    @Test
    void packagingDataIsKeptWhenTheContextHasItOn() {
        logback = LogbackFixture.configure("converter/packaging-data.xml");
        logback.logger("packaging").error("failed", new IllegalStateException("plain"));

        assertThat(logback.output("OUT")).isEqualTo(logback.output("STOCK")).contains("~[");
    }

    private static String withoutAnsi(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    private static Throwable failure() {
        IllegalStateException failure = new IllegalStateException("gateway refused api_key=" + Secrets.OPENAI_KEY,
            new RuntimeException("token " + Secrets.GITHUB_TOKEN + " expired"));
        failure.addSuppressed(new IOException("rollback with password=" + Secrets.PASSWORD));
        return failure;
    }
}
