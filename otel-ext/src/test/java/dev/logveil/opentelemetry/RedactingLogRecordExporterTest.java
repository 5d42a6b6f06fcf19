package dev.logveil.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;
import dev.logveil.core.testing.SecretSamples;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.KeyValue;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wrapper's own rules, on records emitted through the SDK's log bridge API. */
class RedactingLogRecordExporterTest {
    private final Batches batches = new Batches();
    private SdkLoggerProvider provider;

    private Logger logger(Redactor redactor) {
        provider = SdkLoggerProvider.builder()
            .addLogRecordProcessor(SimpleLogRecordProcessor.create(RedactingLogRecordExporter.wrap(batches, redactor)))
            .build();
        return provider.get("test");
    }

    @AfterEach
    void close() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void cleanRecordAndBatchArePassedOnAsTheSameObjects() {
        LogRecordData clean = emitted(Attributes.of(AttributeKey.stringKey("request_id"), SecretSamples.UUID,
            AttributeKey.longKey("order"), 42L), "order 42 shipped");
        List<LogRecordData> batch = List.of(clean);
        RedactingLogRecordExporter.wrap(batches).export(batch);
        assertThat(batches.last()).isSameAs(batch);
        assertThat(batches.last().iterator().next()).isSameAs(clean);
    }

    @Test
    void onlyTheRecordsWithSecretsAreReplacedInABatch() {
        LogRecordData clean = emitted(Attributes.empty(), "clean one");
        LogRecordData dirty = emitted(Attributes.empty(), "password=" + SecretSamples.PASSWORD);
        RedactingLogRecordExporter.wrap(batches).export(List.of(clean, dirty, clean));
        List<LogRecordData> out = new ArrayList<>(batches.last());
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isSameAs(clean);
        assertThat(out.get(1)).isNotSameAs(dirty);
        assertThat(out.get(1).getBodyValue().asString()).isEqualTo("password=[REDACTED]");
        assertThat(out.get(2)).isSameAs(clean);
    }

    @Test
    void sensitiveAttributeNameIsMaskedWholeAndOthersScanned() {
        logger(Redactor.defaults()).logRecordBuilder()
            .setBody("auth done")
            .setAttribute(AttributeKey.stringKey("http.request.header.x-api-key"), "opaque-value-123")
            .setAttribute(AttributeKey.stringKey("http.request.header.authorization"), "Bearer " + SecretSamples.BEARER)
            .setAttribute(AttributeKey.stringKey("api_key"), "plainvalue")
            .setAttribute(AttributeKey.stringKey("upstream"), "https://svc:" + SecretSamples.PASSWORD + "@api/v1")
            .setAttribute(AttributeKey.stringKey("token_count"), "12")
            .setAttribute(AttributeKey.stringArrayKey("tags"), List.of("a", "Bearer " + SecretSamples.BEARER))
            .emit();
        Attributes attributes = batches.only().getAttributes();
        assertThat(attributes.get(AttributeKey.stringKey("http.request.header.x-api-key"))).isEqualTo("[REDACTED]");
        // The key's last word is "authorization": the whole header value is the credential, scheme included.
        assertThat(attributes.get(AttributeKey.stringKey("http.request.header.authorization")))
            .isEqualTo("[REDACTED]");
        assertThat(attributes.get(AttributeKey.stringKey("api_key"))).isEqualTo("[REDACTED]");
        assertThat(attributes.get(AttributeKey.stringKey("upstream"))).isEqualTo("https://svc:[REDACTED]@api/v1");
        assertThat(attributes.get(AttributeKey.stringKey("token_count"))).isEqualTo("12");
        assertThat(attributes.get(AttributeKey.stringArrayKey("tags"))).containsExactly("a", "Bearer [REDACTED]");
        assertThat(batches.only().getBodyValue().asString()).isEqualTo("auth done");
    }

    @Test
    void exceptionMessageAndStackTraceAreScanned() {
        logger(Redactor.defaults()).logRecordBuilder()
            .setBody("failed")
            .setAttribute(AttributeKey.stringKey("exception.type"), "java.lang.IllegalStateException")
            .setAttribute(AttributeKey.stringKey("exception.message"), "bad token=" + SecretSamples.PASSWORD)
            .setAttribute(AttributeKey.stringKey("exception.stacktrace"),
                "java.lang.IllegalStateException: bad token=" + SecretSamples.PASSWORD + "\n\tat a.B.c(B.java:1)\n"
                    + "Caused by: java.lang.RuntimeException: Authorization: Bearer " + SecretSamples.BEARER)
            .emit();
        String text = ExportedRecords.render(batches.only());
        assertThat(text).doesNotContain(SecretSamples.PASSWORD).doesNotContain(SecretSamples.BEARER)
            .contains("exception.message=bad token=[REDACTED]").contains("at a.B.c(B.java:1)")
            .contains("Caused by: java.lang.RuntimeException");
    }

    @Test
    void structuredBodyIsWalkedKeyByKey() {
        logger(Redactor.defaults()).logRecordBuilder()
            .setBody(Value.of(
                KeyValue.of("user", Value.of("bob")),
                KeyValue.of("password", Value.of(SecretSamples.PASSWORD)),
                KeyValue.of("headers", Value.of(Value.of("Authorization: Bearer " + SecretSamples.BEARER))),
                KeyValue.of("count", Value.of(3L))))
            .emit();
        String body = batches.only().getBodyValue().asString();
        assertThat(body).doesNotContain(SecretSamples.PASSWORD).doesNotContain(SecretSamples.BEARER)
            .contains("bob").contains("[REDACTED]").contains("3");
    }

    @Test
    void userOptionsApply() {
        Redactor redactor = new RedactorConfig().setMask("***").setSensitiveKeys("customer_pin").build(null);
        logger(redactor).logRecordBuilder().setBody("password=" + SecretSamples.PASSWORD)
            .setAttribute(AttributeKey.stringKey("customer_pin"), "1234").emit();
        assertThat(ExportedRecords.render(batches.only())).isEqualTo("password=*** customer_pin=***");
    }

    @Test
    void aRecordThatCannotBeReadIsExportedMaskedNotRaw() {
        LogRecordData real = emitted(Attributes.of(AttributeKey.stringKey("note"), "x"), "password=hunter2");
        LogRecordData broken = (LogRecordData) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {LogRecordData.class}, (proxy, method, args) -> {
                if (method.getName().equals("getAttributes")) {
                    throw new IllegalStateException("broken record");
                }
                return method.invoke(real, args);
            });
        RedactingLogRecordExporter.wrap(batches).export(List.of(broken));
        LogRecordData out = batches.only();
        assertThat(out.getBodyValue().asString()).isEqualTo("[REDACTED]");
        assertThat(out.getAttributes().isEmpty()).isTrue();
        assertThat(out.getSeverity()).isEqualTo(real.getSeverity());
    }

    /** A record as the SDK builds it, taken from an unwrapped pipeline. */
    private static LogRecordData emitted(Attributes attributes, String body) {
        Batches raw = new Batches();
        try (SdkLoggerProvider plain = SdkLoggerProvider.builder()
                .addLogRecordProcessor(SimpleLogRecordProcessor.create(raw)).build()) {
            plain.get("raw").logRecordBuilder().setBody(body).setAllAttributes(attributes).emit();
        }
        return raw.only();
    }

    /** Keeps each batch exactly as it was handed over, to check what the wrapper passes on. */
    private static final class Batches implements LogRecordExporter {
        private final List<Collection<LogRecordData>> batches = new ArrayList<>();

        @Override
        public CompletableResultCode export(Collection<LogRecordData> records) {
            batches.add(records);
            return CompletableResultCode.ofSuccess();
        }

        Collection<LogRecordData> last() {
            return batches.get(batches.size() - 1);
        }

        LogRecordData only() {
            assertThat(batches).hasSize(1);
            assertThat(last()).hasSize(1);
            return last().iterator().next();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
