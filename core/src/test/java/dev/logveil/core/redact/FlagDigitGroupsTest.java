package dev.logveil.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word value of digits — a flag's, or SQL's {@code IDENTIFIED BY} — takes the digit groups that follow it:
 * masking only {@code 4111} of {@code --pin 4111 1111 1111 1111} left twelve digits of the card, too few for the
 * card detector (found by {@code RedactorPropertiesTest} with a PEM-like {@code -----ENDpassword} before a grouped
 * card).
 */
class FlagDigitGroupsTest {
    private static final Redactor REDACTOR = Redactor.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--password 4111 1111 1111 1111 x        | --password [REDACTED] x",
        "--pin 4111-1111-1111-1111               | --pin [REDACTED]",
        "-----ENDpassword 4111 1111 1111 1111    | -----ENDpassword [REDACTED]",
        "--password 1234 --port 8080             | --password [REDACTED] --port 8080",
        "--password abc 1111 2222                | --password [REDACTED] 1111 2222",
        "--port 8080 1111 2222                   | --port 8080 1111 2222",
        "CREATE USER app IDENTIFIED BY 4111 1111 1111 1111 | CREATE USER app IDENTIFIED BY [REDACTED]",
        "ALTER USER app IDENTIFIED BY s3cret 1111 2222 | ALTER USER app IDENTIFIED BY [REDACTED] 1111 2222",
    })
    void aDigitValueTakesTheDigitGroupsAfterIt(String line, String expected) {
        String once = REDACTOR.redact(line);
        assertThat(once).isEqualTo(expected);
        assertThat(REDACTOR.redact(once)).isEqualTo(once);
    }
}
