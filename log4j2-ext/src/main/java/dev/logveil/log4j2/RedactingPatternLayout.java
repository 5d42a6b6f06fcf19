package dev.logveil.log4j2;

import dev.logveil.core.internal.line.LineRedaction;
import dev.logveil.core.internal.line.RedactionPolicy;
import dev.logveil.core.redact.Redactor;
import dev.logveil.core.internal.status.Faults;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * A pattern layout whose whole output is redacted: every converter's text, the message, the ThreadContext values
 * and the exception with its causes, suppressed exceptions and stack trace.
 *
 * <pre>{@code
 * <RedactingPatternLayout pattern="%d %-5level [%t] %logger - %msg%n" sensitiveKeys="pin,otp">
 *   <RedactionRule name="order-token" regex="ord_[A-Za-z0-9]{24}"/>
 * </RedactingPatternLayout>
 * }</pre>
 *
 * <p>The pattern is Log4j2's own conversion pattern, formatted by Log4j2's own converters; the redactor runs over
 * the formatted text in the reused buffer, skipping what cannot hold a secret (dates, levels, punctuation, and
 * thread and logger names it has found clean before), so a clean line costs one linear scan of its message and no
 * allocation on the {@link #encode} path (Log4j2's garbage-free path). Immutable and thread-safe; built by
 * {@link Builder}.
 *
 * <p>It never throws into the application and never writes a raw line: if formatting an event fails, the line is
 * replaced by the event's level, logger name and the mask, and the fault is reported to the {@code StatusLogger}.
 */
@Plugin(name = RedactingPatternLayout.PLUGIN_NAME, category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE,
    printObject = true)
public final class RedactingPatternLayout extends AbstractStringLayout {
    /** The element name users write in {@code log4j2.xml}. */
    public static final String PLUGIN_NAME = "RedactingPatternLayout";

    /** The pattern used when none is given: {@value}, as for Log4j2's {@code PatternLayout}. */
    public static final String DEFAULT_PATTERN = PatternLayout.DEFAULT_CONVERSION_PATTERN;

    /**
     * The log-injection guard is on unless {@code escapeLineBreaks="false"}: a line break in a value can otherwise
     * forge a whole log line (see {@code docs/security.md}).
     */
    static final boolean ESCAPE_LINE_BREAKS_BY_DEFAULT = true;

    private final String pattern;
    private final FormatterChain chain;
    private final Redactor redactor;
    private final LineRedaction lineRedaction;
    private final PluginStatus status;

    private RedactingPatternLayout(Builder builder, String pattern, FormatterChain chain, RedactionPolicy policy) {
        super(builder.getConfiguration(), builder.charset == null ? StandardCharsets.UTF_8 : builder.charset, null,
            null);
        this.pattern = pattern;
        this.chain = chain;
        this.redactor = policy.redactor();
        this.lineRedaction = policy.lineRedaction();
        this.status = new PluginStatus(PLUGIN_NAME);
    }

    /** A builder, as Log4j2's configuration uses it. */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The conversion pattern in use (the default one if the configured one was empty or invalid). */
    public String getPattern() {
        return pattern;
    }

    /** The redactor this layout applies. */
    public Redactor getRedactor() {
        return redactor;
    }

    @Override
    public String toSerializable(LogEvent event) {
        StringBuilder text = getStringBuilder();
        try {
            writeRedacted(event, text);
            return text.toString();
        } finally {
            trimToMaxSize(text);
        }
    }

    @Override
    public void encode(LogEvent event, ByteBufferDestination destination) {
        StringBuilder text = getStringBuilder();
        try {
            writeRedacted(event, text);
            getStringBuilderEncoder().encode(text, destination);
        } finally {
            trimToMaxSize(text);
        }
    }

    private void writeRedacted(LogEvent event, StringBuilder text) {
        int start = text.length();
        try {
            chain.formatRedacted(event, text, lineRedaction);
        } catch (Throwable e) {
            // Errors too (a toString() that throws one, a cause chain too deep to print): the event is still written.
            text.setLength(start);
            text.append(event.getLevel()).append(' ').append(redactor.redact(event.getLoggerName())).append(' ')
                .append(redactor.mask()).append(System.lineSeparator());
            if (event.getThrown() != null) {
                text.append(Faults.chainText(event.getThrown(), redactor)).append(System.lineSeparator());
            }
            status.runtimeFault("formatting an event failed; the line was replaced by its level, logger name,"
                + " the mask and the exception's types and redacted messages", e);
        }
    }

    @Override
    public boolean requiresLocation() {
        return chain.requiresLocation();
    }

    @Override
    public Map<String, String> getContentFormat() {
        Map<String, String> format = new HashMap<>();
        format.put("structured", "false");
        format.put("formatType", "conversion");
        format.put("format", pattern);
        return format;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /**
     * Builds a {@link RedactingPatternLayout}. Validates in {@link #build()}: an empty or unparsable pattern and
     * every invalid redaction option are reported as errors naming the layout and the value, and the layout is
     * still built, with the default pattern and the default detectors for what was invalid.
     */
    public static final class Builder extends RedactingLayoutBuilder<Builder, RedactingPatternLayout> {
        @PluginBuilderAttribute
        private String pattern;

        @PluginBuilderAttribute
        private Charset charset = StandardCharsets.UTF_8;

        // On/off attributes are read as text, so that a value other than true/false is reported, not read as false.
        @PluginBuilderAttribute
        private String alwaysWriteExceptions;

        @PluginBuilderAttribute
        private String escapeLineBreaks;

        private Builder() {
        }

        /** The conversion pattern; default {@value RedactingPatternLayout#DEFAULT_PATTERN}. */
        public Builder setPattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        /** The charset of the written bytes; default UTF-8. */
        public Builder setCharset(Charset charset) {
            this.charset = charset;
            return this;
        }

        /**
         * Whether the exception is written (redacted) when the pattern has no exception converter, as Log4j2's
         * {@code PatternLayout} does; default {@code true}.
         */
        public Builder setAlwaysWriteExceptions(boolean alwaysWriteExceptions) {
            this.alwaysWriteExceptions = Boolean.toString(alwaysWriteExceptions);
            return this;
        }

        /**
         * Log-injection guard: after redaction, escape line breaks, other control characters and ANSI escapes in
         * the text of every converter ({@code \n} is written as the two characters {@code \} {@code n}): message,
         * ThreadContext values, map entries, names, exception messages; default {@code true}. Stack traces keep the
         * line breaks before their frames; the pattern's own text ({@code %n}, literals) is left as it is.
         */
        public Builder setEscapeLineBreaks(boolean escapeLineBreaks) {
            this.escapeLineBreaks = Boolean.toString(escapeLineBreaks);
            return this;
        }

        @Override
        public RedactingPatternLayout build() {
            boolean writeExceptions = readOnOff(PLUGIN_NAME, "alwaysWriteExceptions", alwaysWriteExceptions, true,
                true);
            // Unreadable: escape, the setting that guards against forged lines.
            boolean escape = readOnOff(PLUGIN_NAME, "escapeLineBreaks", escapeLineBreaks,
                ESCAPE_LINE_BREAKS_BY_DEFAULT, true);
            RedactionPolicy policy = new RedactionPolicy(buildRedactor(PLUGIN_NAME), escape);
            String effective = pattern;
            if (effective == null) {
                effective = DEFAULT_PATTERN;
            } else if (effective.isBlank()) {
                PluginStatus.configurationError(PLUGIN_NAME, "pattern is empty; using the default pattern '"
                    + DEFAULT_PATTERN + "'");
                effective = DEFAULT_PATTERN;
            }
            FormatterChain chain;
            try {
                chain = FormatterChain.parse(getConfiguration(), effective, writeExceptions, policy);
            } catch (RuntimeException e) {
                PluginStatus.configurationError(PLUGIN_NAME, "pattern '" + effective + "' cannot be parsed (" + e
                    + "); using the default pattern '" + DEFAULT_PATTERN + "'");
                effective = DEFAULT_PATTERN;
                chain = FormatterChain.parse(getConfiguration(), effective, writeExceptions, policy);
            }
            return new RedactingPatternLayout(this, effective, chain, policy);
        }
    }
}
