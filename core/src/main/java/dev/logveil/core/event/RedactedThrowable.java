package dev.logveil.core.event;

import dev.logveil.core.redact.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of a throwable whose message, and the messages of its causes and suppressed throwables, are redacted; the
 * stack frames are the original's. It stands in for the original where an appender reads the {@code Throwable}
 * object itself (OpenTelemetry's and Sentry's appenders do), so that no secret reaches it through
 * {@code getMessage()}, {@code toString()} or {@code printStackTrace()}.
 *
 * <p>A throwable's class cannot be copied in general (its constructors are its own business), so the copy is of this
 * class; {@link #toString()} and so {@code printStackTrace()} name the original class, and {@link #originalClassName()}
 * tells it to adapters that print class names themselves. Only a throwable that holds a secret is copied:
 * {@link #of(Throwable, Redactor)} returns a clean one as it is, with its own class.
 */
public final class RedactedThrowable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String originalClassName;

    private RedactedThrowable(Throwable original, String message) {
        // This constructor leaves the cause unset, so that copy() can link the copied cause with initCause.
        super(message);
        this.originalClassName = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /**
     * {@code throwable} itself when neither it nor any cause or suppressed throwable has a message holding a secret
     * (and for {@code null}); otherwise a redacted copy of the whole tree, cycles included.
     */
    public static Throwable of(Throwable throwable, Redactor redactor) {
        if (throwable == null || isClean(throwable, redactor, new IdentityHashMap<>())) {
            return throwable;
        }
        return copy(throwable, redactor, new IdentityHashMap<>());
    }

    /** The class name of the throwable this is a copy of, e.g. {@code java.lang.IllegalStateException}. */
    public String originalClassName() {
        return originalClassName;
    }

    /** Names the original class, so that stack traces printed from the copy read like the original's. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClassName : originalClassName + ": " + message;
    }

    /** The stack is the original's, set by the constructor: walking the current one would only waste time. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    private static boolean isClean(Throwable throwable, Redactor redactor, Map<Throwable, Boolean> seen) {
        if (seen.put(throwable, Boolean.TRUE) != null) {
            return true;
        }
        String message = throwable.getMessage();
        if (redactor.redact(message) != message) {
            return false;
        }
        Throwable cause = throwable.getCause();
        if (cause != null && !isClean(cause, redactor, seen)) {
            return false;
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            if (!isClean(suppressed, redactor, seen)) {
                return false;
            }
        }
        return true;
    }

    private static RedactedThrowable copy(Throwable original, Redactor redactor,
        Map<Throwable, RedactedThrowable> done) {
        RedactedThrowable existing = done.get(original);
        if (existing != null) {
            return existing;
        }
        RedactedThrowable copy = new RedactedThrowable(original, redactor.redact(original.getMessage()));
        done.put(original, copy);
        Throwable cause = original.getCause();
        if (cause != null) {
            copy.initCause(copy(cause, redactor, done));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, redactor, done));
        }
        return copy;
    }
}
