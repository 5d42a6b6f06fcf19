package dev.logveil.core.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "500 ms, 500",
        "500ms, 500",
        "10 seconds, 10000",
        "10s, 10000",
        "10 SEC, 10000",
        "1 second, 1000",
        "1m, 60000",
        "1M, 60000",
        "2 minutes, 120000",
        "1.5m, 90000",
        "2h, 7200000",
        "1 hour, 3600000",
        "1d, 86400000",
        "2 days, 172800000",
        "PT10S, 10000",
        "pt1m30s, 90000",
        "P1D, 86400000",
        "'  60s  ', 60000",
        "0s, 0",
        "1m30s, 90000",
        "1h 30m, 5400000",
    })
    void readsEveryDocumentedForm(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "abc", "10", "10 parsecs", "s", "1.2.3s", ".5s", "-5s", "PT", "P-1D", "10 s s", "1m 30"})
    void refusesAnythingElseNamingTheValue(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + text + "'");
    }

    @Test
    void aBareNumberIsRefusedWithAHintRatherThanGuessed() {
        assertThatThrownBy(() -> Durations.parse("60000"))
            .hasMessage("invalid duration '60000': the unit is missing; expected a number and a unit (500 ms,"
                + " 10 seconds, 10s, 1m, 2h, 1d) or ISO-8601 (PT10S)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999999999999d", "P99999999999999D", "PT2562047788016H"})
    void aDurationTooLongToCountInMillisecondsIsRefusedNotOverflowed(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("invalid duration '" + text + "': too long");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'null'");
    }

    @Test
    void formatsCompactly() {
        assertThat(Durations.format(Duration.ofSeconds(60))).isEqualTo("1m");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
        assertThat(Durations.format(Duration.ofHours(26))).isEqualTo("1d2h");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    }

    @Property
    void formatThenParseGivesTheSameDuration(@ForAll @LongRange(min = 0, max = 10L * 86_400_000L) long millis) {
        Duration duration = Duration.ofMillis(millis);
        assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }
}
