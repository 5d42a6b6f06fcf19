package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.logveil.core.keyid.AbstractKeyIdContractTest;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import java.util.List;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.apache.logging.log4j.core.test.junit.LoggerContextSource;
import org.apache.logging.log4j.core.test.junit.Named;
import org.junit.jupiter.api.Test;

/** The key-id contract on real Log4j2, configured from {@code keyid/log4j2-keyid-test.xml}. */
@LoggerContextSource("keyid/log4j2-keyid-test.xml")
class KeyIdThreadContextTest extends AbstractKeyIdContractTest {

    private final Logger logger;
    private final ListAppender appender;

    KeyIdThreadContextTest(LoggerContext context, @Named("KEYID") ListAppender appender) {
        this.logger = context.getLogger("dev.logveil.example.Auth");
        this.appender = appender;
    }

    @Override
    protected KeyIdScope bind(String rawKey, String origin) {
        return KeyIdThreadContext.bind(rawKey, origin);
    }

    @Override
    protected RequestIdScope bindRequestId(String incoming) {
        return RequestIdThreadContext.bind(incoming);
    }

    @Override
    protected String contextGet(String key) {
        return ThreadContext.get(key);
    }

    @Override
    protected void contextPut(String key, String value) {
        ThreadContext.put(key, value);
    }

    @Override
    protected void contextClear() {
        ThreadContext.clearMap();
    }

    @Override
    protected void log(String message) {
        logger.info(message);
    }

    @Override
    protected List<String> lines() {
        synchronized (appender.getMessages()) {
            return List.copyOf(appender.getMessages());
        }
    }

    @Test
    void theEventsContextDataHoldsTheFieldsSoAnyLayoutSeesThem(@Named("EVENTS") ListAppender eventList) {
        try (KeyIdScope scope = KeyIdThreadContext.bind(KEY, "header");
             RequestIdScope request = RequestIdThreadContext.bind("req-7")) {
            logger.info("context data");
        }
        List<LogEvent> events = eventList.getEvents();
        LogEvent event = events.get(events.size() - 1);

        assertThat(event.getContextData().toMap()).containsOnly(entry("key_id", expectedId(KEY)),
            entry("key_origin", "header"), entry("key_status", "ok"), entry("request_id", "req-7"));
        assertThat(ThreadContext.getImmutableContext()).isEmpty();
    }
}
