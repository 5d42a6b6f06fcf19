package dev.logveil.opentelemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.logs.data.Body;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.resources.Resource;

/**
 * An exported log record with a redacted body and attributes; everything else is read from the original. The SDK
 * has no body setter on its records (the maintainers' advice is to wrap the exporter and hand on such a view).
 */
final class RedactedLogRecordData implements LogRecordData {
    private final LogRecordData original;
    private final Value<?> body;
    private final Attributes attributes;

    RedactedLogRecordData(LogRecordData original, Value<?> body, Attributes attributes) {
        this.original = original;
        this.body = body;
        this.attributes = attributes;
    }

    @Override
    public Resource getResource() {
        return original.getResource();
    }

    @Override
    public InstrumentationScopeInfo getInstrumentationScopeInfo() {
        return original.getInstrumentationScopeInfo();
    }

    @Override
    public long getTimestampEpochNanos() {
        return original.getTimestampEpochNanos();
    }

    @Override
    public long getObservedTimestampEpochNanos() {
        return original.getObservedTimestampEpochNanos();
    }

    @Override
    public SpanContext getSpanContext() {
        return original.getSpanContext();
    }

    @Override
    public Severity getSeverity() {
        return original.getSeverity();
    }

    @Override
    public String getSeverityText() {
        return original.getSeverityText();
    }

    /** The deprecated string view of the body, for exporters that still read it. */
    @Override
    @Deprecated
    public Body getBody() {
        return body == null ? Body.empty() : Body.string(body.asString());
    }

    @Override
    public Value<?> getBodyValue() {
        return body;
    }

    @Override
    public Attributes getAttributes() {
        return attributes;
    }

    @Override
    public int getTotalAttributeCount() {
        return original.getTotalAttributeCount();
    }

    @Override
    public String getEventName() {
        return original.getEventName();
    }

    @Override
    public String toString() {
        return "RedactedLogRecordData{severity=" + getSeverity() + ", body=" + body + ", attributes=" + attributes
            + '}';
    }
}
