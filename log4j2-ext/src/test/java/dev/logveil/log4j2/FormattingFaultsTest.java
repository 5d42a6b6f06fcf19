package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.logveil.core.testing.SecretSamples;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;

/**
 * What the three Log4j2 outputs write when formatting throws something other than an {@code Exception}: an
 * {@link Error} from a value's {@code toString()}, a cause chain 20,000 deep, a {@code getMessage()} that overflows
 * the stack. Each used to lose the event (and the JSON layout wrote the Error's message, holding the secret, raw to
 * the status logger). Now each writes the event, masked, with a bounded, redacted exception chain where it has one,
 * and a status naming the fault's type only.
 */
class FormattingFaultsTest {
    private static final String SECRET = SecretSamples.PASSWORD;
    private static final List<String> OUTPUTS = List.of("LAYOUT", "CONVERTER", "JSON");

    /** A value whose {@code toString()} throws an Error that quotes a secret. */
    private static final class Poisoned {
        @Override
        public String toString() {
            throw new AssertionError("password=" + SECRET);
        }
    }

    /** An exception whose message cannot be read: {@code getMessage()} overflows the stack. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            return getMessage();
        }
    }

    private static RuntimeException chainOf(int depth) {
        RuntimeException chain = new IllegalStateException("innermost, password=" + SECRET);
        for (int i = 1; i < depth; i++) {
            chain = new IllegalStateException("level " + i + " password=" + SECRET, chain);
        }
        return chain;
    }

    private static List<String> written(LoggerContext context, String name) {
        ListAppender list = context.getConfiguration().getAppender(name);
        return list.getMessages();
    }

    private static void assertNoSecretInAnyStatus(ListStatusListener status) {
        assertThat(status.findStatusData(Level.TRACE).map(StatusData::getFormattedStatus))
            .noneMatch(text -> text.contains(SECRET));
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/formatting-faults.xml")
    void anErrorFromAValueIsContainedAndItsMessageReachesNoStatus(ListStatusListener status,
                                                                   LoggerContext context) {
        assertThatCode(() -> context.getLogger("app").info(new MapMessage<>(Map.of("order", new Poisoned()))))
            .doesNotThrowAnyException();

        for (String output : OUTPUTS) {
            assertThat(written(context, output)).as(output).singleElement().asString()
                .contains("[REDACTED]").doesNotContain(SECRET);
        }
        assertNoSecretInAnyStatus(status);
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/formatting-faults.xml")
    void aCauseChainTwentyThousandDeepIsWrittenTruncatedAndRedacted(ListStatusListener status,
                                                                     LoggerContext context) {
        assertThatCode(() -> context.getLogger("app").error("payment failed", chainOf(20_000)))
            .doesNotThrowAnyException();

        for (String output : OUTPUTS) {
            assertThat(written(context, output)).as(output).singleElement().asString()
                .contains("java.lang.IllegalStateException: level 19999 password=[REDACTED]")
                .contains("more causes not written")
                .doesNotContain(SECRET);
        }
        assertNoSecretInAnyStatus(status);
    }

    @Test
    @UsingStatusListener
    @LoggerContextSource("reliability/formatting-faults.xml")
    void anExceptionWhoseMessageOverflowsTheStackStillLeavesALine(ListStatusListener status,
                                                                   LoggerContext context) {
        assertThatCode(() -> context.getLogger("app").error("password=" + SECRET, new Unreadable()))
            .doesNotThrowAnyException();

        for (String output : OUTPUTS) {
            assertThat(written(context, output)).as(output).singleElement().asString()
                .contains(Unreadable.class.getName()).doesNotContain(SECRET);
        }
        assertNoSecretInAnyStatus(status);
    }
}
