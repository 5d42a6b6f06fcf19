package dev.logveil.examples.docs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The code of {@code docs/security.md}: what the redactor cannot see, and how to log so that it can. */
public final class SecurityExamples {

    private static final Logger log = LoggerFactory.getLogger(SecurityExamples.class);

    private SecurityExamples() {
    }

    /** Unsafe: a body logged in pieces, so a token that straddles two pieces is split across two events. */
    static void bodyInPieces(String body) {
        // tag::split-across-calls[]
        // Unsafe: each piece is redacted on its own, and half a token matches no detector.
        for (int from = 0; from < body.length(); from += 1000) {
            log.debug("request body [{}]: {}", from, body.substring(from, Math.min(body.length(), from + 1000)));
        }
        // end::split-across-calls[]
    }

    /** Safe: what the reader of the log needs, not the body. */
    static void bodySummary(String contentType, String body) {
        // tag::log-what-you-need[]
        log.atDebug().setMessage("request body received")
            .addKeyValue("content_type", contentType)
            .addKeyValue("length", body.length())
            .log();
        // end::log-what-you-need[]
    }

    /** A value in a format only the application knows, logged with and without a key name. */
    static void unknownFormat(String sessionRef) {
        // tag::unknown-format[]
        log.info("retrying with {}", sessionRef);              // bare: only a custom <rule> can recognise it
        log.info("retrying with session_ref={}", sessionRef);  // named: masked once session_ref is a sensitive key
        // end::unknown-format[]
    }
}
