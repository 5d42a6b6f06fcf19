package dev.logveil.examples.docs;

import dev.logveil.core.redact.Redactor;
import dev.logveil.core.redact.RedactorConfig;

/**
 * The code of {@code docs/api.md}: an integration outside Logveil (a Kafka producer's interceptor, a Sentry event
 * processor) redacting a line and a named header through the supported API alone.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    /** The line and the header value as the integration would send them: {@code [line, header]}. */
    static String[] redactedLineAndHeader(String text, String name, String value) {
        // tag::integration[]
        Redactor redactor = new RedactorConfig()
            .setSensitiveKeys("x-api-key")
            .build(problem -> System.err.println("logveil: " + problem));

        String line = redactor.redact(text);
        String header = redactor.isSensitiveKey(name) ? redactor.maskValue(value) : redactor.redact(value);
        // end::integration[]
        return new String[] {line, header};
    }
}
