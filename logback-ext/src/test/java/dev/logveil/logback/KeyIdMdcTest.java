package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import dev.logveil.core.keyid.AbstractKeyIdContractTest;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The key-id contract on real Logback, configured by Joran from {@code keyid/logback-keyid-test.xml}. */
class KeyIdMdcTest extends AbstractKeyIdContractTest {

    private static LoggerContext context;
    private static Logger logger;
    private static KeyIdRecordingAppender appender;

    @BeforeAll
    static void configure() throws JoranException {
        context = configured("/keyid/logback-keyid-test.xml");
        logger = context.getLogger("dev.logveil.example.Auth");
        appender = (KeyIdRecordingAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("KEYID");
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    /** A fresh context sharing SLF4J's MDC (the one {@code KeyIdMdc} writes), configured from a classpath XML. */
    static LoggerContext configured(String resource) throws JoranException {
        LoggerContext loggerContext = new LoggerContext();
        loggerContext.setMDCAdapter(MDC.getMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(loggerContext);
        configurator.doConfigure(KeyIdMdcTest.class.getResource(resource));
        assertThat(new StatusUtil(loggerContext).getHighestLevel(0)).isLessThanOrEqualTo(Status.INFO);
        return loggerContext;
    }

    @Override
    protected KeyIdScope bind(String rawKey, String origin) {
        return KeyIdMdc.bind(rawKey, origin);
    }

    @Override
    protected RequestIdScope bindRequestId(String incoming) {
        return RequestIdMdc.bind(incoming);
    }

    @Override
    protected String contextGet(String key) {
        return MDC.get(key);
    }

    @Override
    protected void contextPut(String key, String value) {
        MDC.put(key, value);
    }

    @Override
    protected void contextClear() {
        MDC.clear();
    }

    @Override
    protected void log(String message) {
        logger.info(message);
    }

    @Override
    protected List<String> lines() {
        return appender.lines();
    }

    @Test
    void theEventsMdcHoldsTheFieldsSoAnyLayoutOrEncoderSeesThem() {
        try (KeyIdScope scope = KeyIdMdc.bind(KEY, "header");
             RequestIdScope request = RequestIdMdc.bind("req-7")) {
            assertThat(MDC.getCopyOfContextMap()).containsOnly(
                entry("key_id", scope.keyId()),
                entry("key_origin", "header"),
                entry("key_status", "ok"),
                entry("request_id", "req-7"));
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
