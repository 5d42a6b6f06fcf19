package dev.logveil.core.redact;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@code char[]} the engine scans instead of the caller's {@code String} or {@code StringBuilder}: array reads
 * compile to much tighter loops than {@code CharSequence.charAt} through an interface, and copying a line out is
 * cheap next to scanning it.
 *
 * <p>Arrays are reused from a small pool striped by thread, so a clean line allocates nothing. The pool is not a
 * {@code ThreadLocal}: a logging thread's thread-local map is crowded by the frameworks around it, and a lookup that
 * misses its first slot cost more than the scan of a short value. A borrow takes the array out of its stripe, so a
 * nested use on the same thread (a listener that redacts) or another thread on the same stripe finds it empty and
 * gets an array of its own; very long texts always do.
 */
final class ScanBuffer {
    private static final int KEEP_AT_MOST = 1 << 16;
    private static final int INITIAL_LENGTH = 512;
    private static final int STRIPES = 64;
    private static final AtomicReferenceArray<char[]> POOL = new AtomicReferenceArray<>(STRIPES);

    private ScanBuffer() {
    }

    /** An array of at least {@code length} chars; give it back with {@link #release} on the same thread. */
    static char[] borrow(int length) {
        if (length > KEEP_AT_MOST) {
            return new char[length];
        }
        char[] chars = POOL.getAndSet(stripe(), null);
        if (chars == null) {
            return new char[Math.max(length, INITIAL_LENGTH)];
        }
        if (chars.length < length) {
            return new char[Math.max(length, chars.length * 2)];
        }
        return chars;
    }

    /** Returns an array taken by {@link #borrow} to this thread's stripe, unless it is too large to keep. */
    static void release(char[] chars) {
        if (chars.length <= KEEP_AT_MOST) {
            POOL.lazySet(stripe(), chars);
        }
    }

    private static int stripe() {
        return System.identityHashCode(Thread.currentThread()) & (STRIPES - 1);
    }
}
