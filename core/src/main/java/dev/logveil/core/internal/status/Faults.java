package dev.logveil.core.internal.status;

import dev.logveil.core.redact.Redactor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What a component writes and reports when formatting an event failed, whatever was thrown ({@link Error}s
 * included: a {@code StackOverflowError} from a cause chain 20,000 deep, an {@code Error} from a value's
 * {@code toString()}). Both adapters call it from their catch clauses, so the rules are written once:
 * <ul>
 *   <li>a status message names the fault by its type only: its message may quote the very text being written;</li>
 *   <li>the exception of the event is written as a short chain of types and redacted messages, read without
 *       recursion, so that the line that replaces the event still says what failed.</li>
 * </ul>
 */
public final class Faults {
    /** The most exceptions of a chain written in a fallback line. */
    public static final int MAX_CAUSES = 16;
    /** The most characters of one exception's (redacted) message written in a fallback line. */
    public static final int MAX_MESSAGE_CHARS = 500;
    /** How far the rest of a chain is counted; a longer one is said to have at least this many more. */
    private static final int MAX_COUNTED = 1_000_000;

    private Faults() {
    }

    /** How a fault is named in a status message: its class name, never its message. */
    public static String typeOf(Throwable fault) {
        return fault == null ? "unknown fault" : fault.getClass().getName();
    }

    /**
     * The exception chain of an event as safe text, one line per exception ({@code type: message}, then
     * {@code Caused by: ...}), each message redacted and cut to {@value #MAX_MESSAGE_CHARS} characters, at most
     * {@value #MAX_CAUSES} exceptions, then how many more there were. No stack frames. Never throws, never recurses:
     * a cycle, a chain of any depth or a {@code getMessage()} that itself throws gives a bounded line.
     *
     * @return the text, without a trailing line break; empty for {@code null}
     */
    public static String chainText(Throwable thrown, Redactor redactor) {
        StringBuilder text = new StringBuilder(256);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = thrown;
        int written = 0;
        while (current != null && written < MAX_CAUSES && seen.add(current)) {
            if (written > 0) {
                text.append(System.lineSeparator()).append("Caused by: ");
            }
            text.append(current.getClass().getName());
            appendMessage(current, redactor, text);
            written++;
            current = causeOf(current);
        }
        if (current != null && !seen.contains(current)) {
            int more = 0;
            while (current != null && more < MAX_COUNTED && !seen.contains(current)) {
                more++;
                current = causeOf(current);
            }
            text.append(System.lineSeparator()).append("\t... ").append(more == MAX_COUNTED ? "at least " : "")
                .append(more).append(more == 1 ? " more cause" : " more causes").append(" not written");
        }
        return text.toString();
    }

    private static void appendMessage(Throwable thrown, Redactor redactor, StringBuilder text) {
        String message;
        try {
            message = thrown.getMessage();
        } catch (Throwable fault) {
            text.append(": [message unavailable: ").append(typeOf(fault)).append(']');
            return;
        }
        if (message == null) {
            return;
        }
        // Redact the whole message before cutting it: a cut could leave half a secret that no detector knows.
        String redacted = redactor.redact(message);
        text.append(": ");
        if (redacted.length() <= MAX_MESSAGE_CHARS) {
            text.append(redacted);
        } else {
            text.append(redacted, 0, MAX_MESSAGE_CHARS).append("... (")
                .append(redacted.length() - MAX_MESSAGE_CHARS).append(" more characters)");
        }
    }

    private static Throwable causeOf(Throwable thrown) {
        try {
            return thrown.getCause();
        } catch (Throwable fault) {
            return null;
        }
    }
}
