package dev.logveil.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Logback example of {@code docs/appenders.md} is {@code docs-appenders/redacting-appender.xml}, quoted verbatim;
 * it loads with OpenTelemetry's real appender and no status above INFO. What it forwards is tested by
 * {@link RedactingAppenderOpenTelemetryTest} on the same wiring.
 */
class AppendersDocsTest {
    private static final String EXAMPLE = "docs-appenders/redacting-appender.xml";

    @Test
    void theExampleLoadsWithoutWarnings() {
        try (LogbackFixture logback = LogbackFixture.configure(EXAMPLE)) {
            logback.assertNoStatusAboveInfo();
            assertThat(logback.appender("OTEL")).isNotNull();
            assertThat(logback.appender("SAFE")).isInstanceOf(RedactingAppender.class);
        }
    }

    @Test
    void theGuideQuotesTheExampleVerbatim() throws IOException {
        String example = Files.readString(Path.of("src/test/resources", EXAMPLE)).strip();
        assertThat(Files.readString(Path.of("../docs/appenders.md"))).contains(example);
    }
}
