package dev.logveil.spring;

import dev.logveil.core.redact.Redactor;
import java.io.IOException;
import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.StandardStackTracePrinter;
import org.springframework.core.env.Environment;

/**
 * Boot's standard stack-trace printer, redacted: for {@code logging.structured.json.stacktrace.printer}. Boot's
 * {@code ecs}, {@code logstash} and {@code gelf} formats need it not (the starter's value processor already redacts
 * their stack-trace member); it is for structured formatters of your own, which Boot hands this printer but which may
 * not apply the starter's JSON customizer.
 *
 * <pre>
 * logging.structured.json.stacktrace.printer=dev.logveil.spring.RedactingStackTracePrinter
 * logging.structured.json.stacktrace.root=first
 * </pre>
 *
 * <p>The other {@code logging.structured.json.stacktrace.*} properties (root, max length, depth, common frames,
 * hashes) keep working: Boot configures the standard printer this one wraps. Options come from
 * {@code logging.logveil.*}; with {@code logging.logveil.enabled=false} the stack trace is printed as is.
 */
public class RedactingStackTracePrinter implements StackTracePrinter {
    private final StackTracePrinter standard;
    private final Redactor redactor;

    /** Called by Boot, with the standard printer built from {@code logging.structured.json.stacktrace.*}. */
    public RedactingStackTracePrinter(StandardStackTracePrinter standard, Environment environment) {
        this.standard = standard;
        LogveilSettings settings = LogveilSettings.from(environment, RedactingStackTracePrinter::warn);
        this.redactor = settings.enabled() ? settings.redactor(RedactingStackTracePrinter::warn) : null;
    }

    @Override
    public void printStackTrace(Throwable throwable, Appendable out) throws IOException {
        StringBuilder printed = new StringBuilder(4096);
        standard.printStackTrace(throwable, printed);
        if (redactor != null) {
            redactor.redact(printed, 0);
        }
        out.append(printed);
    }

    private static void warn(String problem) {
        if (LogbackPresence.PRESENT) {
            LogbackSetup.warn(problem);
        }
    }
}
