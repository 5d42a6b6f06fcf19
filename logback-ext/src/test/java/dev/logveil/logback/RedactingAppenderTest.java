package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.Status;
import dev.logveil.core.event.RedactedThrowable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RedactingAppender} from {@code appender/*.xml}, with Logback's stock {@link ListAppender} behind it to look
 * at the forwarded event objects themselves, as OpenTelemetry's or Sentry's appender sees them.
 */
class RedactingAppenderTest {
    private LogbackFixture logback;

    @AfterEach
    void close() {
        if (logback != null) {
            logback.close();
        }
    }

    private ListAppender<ILoggingEvent> list(String resource) {
        logback = LogbackFixture.configure(resource);
        @SuppressWarnings("unchecked")
        ListAppender<ILoggingEvent> list = (ListAppender<ILoggingEvent>) logback.appender("LIST");
        return list;
    }

    @Test
    void sixSecretsInEveryChannelAreGoneAndTheRequestIdSurvives() {
        ListAppender<ILoggingEvent> list = list("appender/list.xml");
        logback.assertNoStatusAboveInfo();
        Exception cause = new IllegalArgumentException("rejected Authorization: Bearer " + Secrets.JWT);
        Exception top = new IllegalStateException("upstream said api_key=" + Secrets.OPENAI_KEY, cause);
        top.addSuppressed(new IllegalStateException("cleanup via https://svc:" + Secrets.URL_PASSWORD + "@db/x"));
        logback.mdc().put("request_id", Secrets.REQUEST_ID);
        logback.mdc().put("customer_pin", "4711");
        logback.mdc().put("upstream_token", Secrets.GITHUB_TOKEN);
        logback.logger("com.example.Checkout").atError().setMessage("paying with {} for {}")
            .addArgument(Secrets.AWS_KEY).addArgument("order-17")
            .addKeyValue("password", Secrets.PASSWORD).addKeyValue("amount", 42)
            .setCause(top).log();
        logback.mdc().clear();

        ILoggingEvent event = list.list.get(0);
        String everything = everythingIn(event);
        assertThat(everything).doesNotContain(Secrets.ALL).doesNotContain("4711")
            .contains(Secrets.REQUEST_ID).contains("order-17").contains("***");
        assertThat(event.getFormattedMessage()).isEqualTo("paying with *** for order-17");
        assertThat(event.getKeyValuePairs()).anySatisfy(p -> assertThat(p.value).isEqualTo(42));
        assertThat(event.getMDCPropertyMap()).containsEntry("customer_pin", "***");
    }

    @Test
    void theThrowableItselfIsARedactedCopyThatNamesTheOriginalClasses() {
        ListAppender<ILoggingEvent> list = list("appender/list.xml");
        Exception top = new IllegalStateException("token=" + Secrets.PASSWORD,
            new java.io.IOException("api_key=" + Secrets.OPENAI_KEY));
        logback.logger("x").error("failed", top);

        IThrowableProxy proxy = list.list.get(0).getThrowableProxy();
        assertThat(proxy).isInstanceOf(ThrowableProxy.class);
        Throwable copy = ((ThrowableProxy) proxy).getThrowable();
        assertThat(copy).isInstanceOf(RedactedThrowable.class).hasMessage("token=***");
        assertThat(copy.getCause()).hasMessage("api_key=***");
        assertThat(copy.getStackTrace()).isEqualTo(top.getStackTrace());
        assertThat(proxy.getClassName()).isEqualTo("java.lang.IllegalStateException");
        assertThat(proxy.getCause().getClassName()).isEqualTo("java.io.IOException");
        StringWriter printed = new StringWriter();
        copy.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).startsWith("java.lang.IllegalStateException: token=***")
            .contains("Caused by: java.io.IOException: api_key=***").doesNotContain(Secrets.PASSWORD);
    }

    @Test
    void aCleanEventIsForwardedAsItIs() {
        ListAppender<ILoggingEvent> list = list("appender/list.xml");
        RuntimeException clean = new IllegalStateException("timeout after 30 s");
        logback.mdc().put("request_id", Secrets.REQUEST_ID);
        logback.logger("x").atWarn().setMessage("order {} late").addArgument(17).addKeyValue("region", "eu")
            .setCause(clean).log();
        logback.mdc().clear();

        ILoggingEvent event = list.list.get(0);
        assertThat(event.getClass().getName()).isEqualTo("ch.qos.logback.classic.spi.LoggingEvent");
        assertThat(((ThrowableProxy) event.getThrowableProxy()).getThrowable()).isSameAs(clean);
    }

    @Test
    void aBadRuleAndAMissingAppenderRefAreReportedAndEventsStillFlowRedacted() {
        ListAppender<ILoggingEvent> list = list("appender/bad-rule.xml");
        List<String> problems = logback.messagesAtLeast(Status.WARN);
        assertThat(problems).anySatisfy(m -> assertThat(m).startsWith("RedactingAppender: rule 'broken': "
            + "invalid regex '(unclosed'"));
        assertThat(problems).anySatisfy(m -> assertThat(m).contains("\"LONELY\" has no <appender-ref>"));
        logback.logger("x").info("password={}", Secrets.PASSWORD);
        assertThat(list.list).singleElement()
            .satisfies(e -> assertThat(e.getFormattedMessage()).isEqualTo("password=[REDACTED]"));
    }

    private static String everythingIn(ILoggingEvent event) {
        StringBuilder all = new StringBuilder(event.getFormattedMessage()).append(event.getMessage())
            .append(List.of(event.getArgumentArray())).append(event.getMDCPropertyMap())
            .append(event.getKeyValuePairs());
        StringWriter trace = new StringWriter();
        ((ThrowableProxy) event.getThrowableProxy()).getThrowable().printStackTrace(new PrintWriter(trace));
        all.append(trace);
        for (IThrowableProxy p = event.getThrowableProxy(); p != null; p = p.getCause()) {
            all.append(p.getMessage());
            for (IThrowableProxy s : p.getSuppressed()) {
                all.append(s.getMessage());
            }
        }
        return all.toString();
    }
}
