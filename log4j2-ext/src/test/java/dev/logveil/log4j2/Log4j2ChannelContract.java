package dev.logveil.log4j2;

import dev.logveil.core.testing.ContractEvent;
import dev.logveil.core.testing.RedactionChannelContract;
import java.util.Map;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs core's shared channel contract through a Log4j2 appender configured from XML: each contract event is logged
 * through the real Log4j2 API, with its context entries in the ThreadContext and its key-value pairs as the entries
 * of a {@link MapMessage} (whose {@code message} entry carries the text), and what the appender's layout wrote for
 * it is returned.
 */
abstract class Log4j2ChannelContract extends RedactionChannelContract {
    private LoggerContext context;

    /** The appender under test; the logger of the same name writes only to it. */
    protected abstract String appenderName();

    @BeforeEach
    void setUpLog4j2(LoggerContext context) {
        this.context = context;
    }

    @Override
    protected String render(ContractEvent event) {
        ListAppender list = context.getConfiguration().getAppender(appenderName());
        list.clear();
        event.context().forEach(ThreadContext::put);
        try {
            context.getLogger(appenderName()).info(toMessage(event), event.throwable());
        } finally {
            ThreadContext.clearMap();
        }
        return String.join("", list.getMessages());
    }

    /** The contract event as the Log4j2 message a user would log for it. */
    static Message toMessage(ContractEvent event) {
        Map<String, Object> keyValues = event.keyValues();
        if (keyValues.isEmpty()) {
            return new ParameterizedMessage(event.pattern(), event.arguments());
        }
        MapMessage<?, Object> message = new MapMessage<>();
        message.with("message", event.formattedMessage());
        keyValues.forEach(message::with);
        return message;
    }
}
