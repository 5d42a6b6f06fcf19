package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.event.RedactedThrowable;
import dev.logveil.core.testing.SecretSamples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;

/**
 * {@link RedactingRewritePolicy} from {@code rewrite-and-json-template.xml}, with a List appender behind it that
 * keeps the forwarded event objects, as an appender that reads the event itself sees them.
 */
class RedactingRewritePolicyTest {

    private static List<LogEvent> events(LoggerContext context) {
        ListAppender list = context.getConfiguration().getAppender("EVENTS");
        return list.getEvents();
    }

    @Test
    @LoggerContextSource("rewrite-and-json-template.xml")
    void sixSecretsAreGoneFromTheForwardedEvent(LoggerContext context) {
        SixSecrets.log(context.getLogger("SAFE"));
        LogEvent event = events(context).get(0);
        StringWriter trace = new StringWriter();
        event.getThrown().printStackTrace(new PrintWriter(trace));
        String everything = event.getMessage().getFormattedMessage() + event.getContextData() + trace;
        SixSecrets.assertGone(everything);
        assertThat(event.getMessage()).isInstanceOf(MapMessage.class);
        assertThat(((MapMessage<?, ?>) event.getMessage()).get("password")).isEqualTo("***");
    }

    @Test
    @LoggerContextSource("rewrite-and-json-template.xml")
    void theThrownIsARedactedCopyWithTheOriginalFrames(LoggerContext context) {
        Exception original = new IllegalStateException("token=" + SecretSamples.PASSWORD);
        context.getLogger("SAFE").error("failed", original);
        Throwable thrown = events(context).get(0).getThrown();
        assertThat(thrown).isInstanceOf(RedactedThrowable.class).hasMessage("token=***");
        assertThat(((RedactedThrowable) thrown).originalClassName()).isEqualTo("java.lang.IllegalStateException");
        assertThat(thrown.getStackTrace()).isEqualTo(original.getStackTrace());
    }

    @Test
    @LoggerContextSource("rewrite-and-json-template.xml")
    void sensitiveContextKeysAreMaskedWholeAndCleanEventsKeepTheirParts(LoggerContext context) {
        org.apache.logging.log4j.ThreadContext.put("customer_pin", "4711");
        org.apache.logging.log4j.ThreadContext.put("request_id", SecretSamples.REQUEST_ID);
        try {
            context.getLogger("SAFE").info("order {} shipped", 17);
        } finally {
            org.apache.logging.log4j.ThreadContext.clearMap();
        }
        LogEvent event = events(context).get(0);
        assertThat(event.getContextData().toMap()).containsEntry("customer_pin", "***")
            .containsEntry("request_id", SecretSamples.REQUEST_ID);
        assertThat(event.getMessage().getFormattedMessage()).isEqualTo("order 17 shipped");
        assertThat(event.getMessage().getParameters()).containsExactly(17);
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("rewrite-and-json-template.xml")
    void aBadRuleIsReportedAndThePolicyStillRedacts(ListStatusListener status, LoggerContext context) {
        assertThat(status.findStatusData(Level.ERROR).map(d -> d.getMessage().getFormattedMessage()))
            .anySatisfy(m -> assertThat(m).startsWith("RedactingRewritePolicy: rule 'broken': invalid regex "
                + "'(unclosed'"));
        context.getLogger("BAD").info("password={}", SecretSamples.PASSWORD);
        assertThat(events(context).get(0).getMessage().getFormattedMessage()).isEqualTo("password=[REDACTED]");
    }
}
