package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.keyid.KeyIdScope;
import dev.logveil.core.keyid.RequestIdScope;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.ContextDataInjectorFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.test.ListStatusListener;
import org.apache.logging.log4j.test.junit.UsingStatusListener;
import org.junit.jupiter.api.Test;

/** The log4j2.xml quoted by docs/key-id.md loads cleanly and renders the four fields. */
class KeyIdExampleConfigTest {

    @Test
    @UsingStatusListener
    void theDocumentedLog4j2XmlLoadsWithoutProblemsAndRendersTheFields(ListStatusListener statuses) {
        LoggerContext context = Configurator.initialize("key-id-example", "keyid/log4j2-key-id-example.xml");
        try {
            assertThat(context.getConfiguration().getName()).isNotEqualTo("Default");
            assertThat(statuses.findStatusData(Level.WARN)).isEmpty();
            Layout<?> layout = context.getConfiguration().getAppender("CONSOLE").getLayout();

            String line;
            try (RequestIdScope requestId = RequestIdThreadContext.bind("req-42");
                 KeyIdScope key = KeyIdThreadContext.bind("x'; DROP TABLE keys; --", "header")) {
                // Context data captured the way a logger captures it, by the configured injector.
                LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("com.example.ApiKeyFilter")
                    .setLevel(Level.WARN).setMessage(new SimpleMessage(key.status().event()))
                    .setContextData(ContextDataInjectorFactory.createInjector()
                        .injectContextData(List.of(), ContextDataFactory.createContextData()))
                    .build();
                line = layout.toSerializable(event).toString();
            }

            assertThat(line).contains(" WARN  [").contains("] request_id=req-42 key_id= key_origin=header "
                + "key_status=malformed com.example.ApiKeyFilter - auth.key_malformed").doesNotContain("DROP");
        } finally {
            Configurator.shutdown(context);
        }
    }
}
