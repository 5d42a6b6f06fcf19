package dev.logveil.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logveil.core.testing.SecretSamples;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;

/**
 * The acceptance event: six secrets, one through each channel (message argument, ThreadContext, a map
 * message entry, the exception, its cause and a suppressed exception), beside a request id that must survive.
 */
final class SixSecrets {
    static final String ARGUMENT = SecretSamples.BY_DETECTOR.get("github_token");
    static final String CONTEXT = SecretSamples.BY_DETECTOR.get("stripe_key");
    static final String ENTRY = SecretSamples.PASSWORD;
    static final String EXCEPTION = SecretSamples.BY_DETECTOR.get("openai_key");
    static final String CAUSE = SecretSamples.BY_DETECTOR.get("aws_key");
    static final String SUPPRESSED = SecretSamples.BEARER;
    static final String[] ALL = {ARGUMENT, CONTEXT, ENTRY, EXCEPTION, CAUSE, SUPPRESSED};

    private SixSecrets() {
    }

    /** Logs the event through {@code logger}: the map message's {@code message} entry carries the argument. */
    static void log(Logger logger) {
        Exception top = new IllegalStateException("upstream said api_key=" + EXCEPTION,
            new IllegalArgumentException("bad key " + CAUSE));
        top.addSuppressed(new IllegalStateException("cleanup sent Authorization: Bearer " + SUPPRESSED));
        ThreadContext.put("request_id", SecretSamples.REQUEST_ID);
        ThreadContext.put("upstream", "key " + CONTEXT);
        try {
            logger.error(new StringMapMessage().with("message", "paying with token " + ARGUMENT)
                .with("password", ENTRY).with("order", "order-17"), top);
        } finally {
            ThreadContext.clearMap();
        }
    }

    static void assertGone(String out) {
        assertThat(out).doesNotContain(ALL).contains(SecretSamples.REQUEST_ID).contains("order-17")
            .contains("IllegalStateException");
    }
}
