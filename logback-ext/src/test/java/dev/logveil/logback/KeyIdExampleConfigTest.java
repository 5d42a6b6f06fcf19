package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The logback.xml quoted by docs/key-id.md loads cleanly and renders the four fields. */
class KeyIdExampleConfigTest {

    @Test
    void theDocumentedLogbackXmlLoadsWithoutProblemsAndRendersTheFields() throws JoranException {
        LoggerContext context = KeyIdMdcTest.configured("/keyid/logback-key-id-example.xml"); // asserts <= INFO
        try {
            Logger logger = context.getLogger("com.example.ApiKeyFilter");
            @SuppressWarnings("unchecked")
            OutputStreamAppender<ILoggingEvent> console =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");

            String line;
            try (RequestIdScope requestId = RequestIdMdc.bind("req-42");
                 KeyIdScope key = KeyIdMdc.bind("x'; DROP TABLE keys; --", "header")) {
                LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, Level.WARN, key.status().event(), null,
                    null);
                line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
            }

            assertThat(line).contains(" WARN  [").contains("] request_id=req-42 key_id= key_origin=header "
                + "key_status=malformed com.example.ApiKeyFilter - auth.key_malformed").doesNotContain("DROP");
        } finally {
            context.stop();
        }
    }
}
