package dev.logveil.examples.docs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The code of {@code docs/migration.md}. */
public final class MigrationExamples {

    private static final Logger log = LoggerFactory.getLogger(MigrationExamples.class);

    private MigrationExamples() {
    }

    /** After OWASP's CONFIDENTIAL marker: the value is named, and the name is a sensitive key. */
    static void confidentialValue(String customerId, String ssn) {
        // tag::owasp-after[]
        log.info("customer {} verified with ssn={}", customerId, ssn);     // ssn=[REDACTED], by its key name
        log.atInfo().setMessage("customer verified")                       // or as a key-value pair:
            .addKeyValue("customer", customerId).addKeyValue("ssn", ssn)   // masked whole in %kvp and in JSON
            .log();
        // end::owasp-after[]
    }
}
