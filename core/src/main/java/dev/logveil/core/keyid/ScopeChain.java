package dev.logveil.core.keyid;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The values a scope ({@link KeyIdScope}, {@link RequestIdScope}) found under its keys when it opened, and the scopes
 * of the same kind open around and inside it on this thread, so that closing in any order leaves the context right:
 * <ul>
 *   <li>closing the innermost open scope puts back the values that were there before it opened;</li>
 *   <li>closing a scope while one opened inside it is still open changes nothing yet (the inner scope's values are
 *       the current ones) and hands the values from before it opened to the inner scope, which puts them back when
 *       it closes.</li>
 * </ul>
 * So {@code bind(A), bind(B), close(A), close(B)} leaves the context as it was before A, as the nested order does.
 * Kept per thread (a {@code ThreadLocal}, virtual threads included) and per context; a scope is closed on the thread
 * that opened it, as the context itself belongs to that thread.
 */
final class ScopeChain {
    private final Map<LogContext, ScopeChain> innermost;
    private final Thread owner = Thread.currentThread();
    private final LogContext context;
    private final String[] keys;
    /** The values to put back; handed over from an enclosing scope closed before this one. */
    private String[] before;
    private ScopeChain outer;
    private ScopeChain inner;

    private ScopeChain(Map<LogContext, ScopeChain> innermost, LogContext context, String[] keys) {
        this.innermost = innermost;
        this.context = context;
        this.keys = keys;
        this.before = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            before[i] = context.get(keys[i]);
        }
        this.outer = innermost.get(context);
        if (outer != null) {
            outer.inner = this;
        }
        innermost.put(context, this);
    }

    /**
     * Records what {@code keys} hold now in {@code context}, before the caller sets them.
     *
     * @param openScopes the innermost open scope of this kind per context on this thread; one per scope kind
     */
    static ScopeChain open(ThreadLocal<Map<LogContext, ScopeChain>> openScopes, LogContext context,
                           String... keys) {
        Map<LogContext, ScopeChain> innermost = openScopes.get();
        if (innermost == null) {
            innermost = new IdentityHashMap<>(2);
            openScopes.set(innermost);
        }
        return new ScopeChain(innermost, context, keys);
    }

    /** Closes this scope; see the class comment for what that does to the context. Call once. */
    void close() {
        if (Thread.currentThread() != owner) {
            // Closed on another thread (against the advice): that thread's context gets the values back, and the
            // opening thread's chain, which only that thread may touch, is left alone.
            restore();
            return;
        }
        if (inner != null) {
            inner.before = before;
            inner.outer = outer;
            if (outer != null) {
                outer.inner = inner;
            }
            return;
        }
        restore();
        if (outer != null) {
            outer.inner = null;
            innermost.put(context, outer);
        } else {
            innermost.remove(context);
        }
    }

    private void restore() {
        for (int i = 0; i < keys.length; i++) {
            LogContext.restore(context, keys[i], before[i]);
        }
    }
}
