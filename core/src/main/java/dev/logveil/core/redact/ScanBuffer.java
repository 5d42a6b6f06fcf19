package dev.logveil.core.redact;

/**
 * A per-thread {@code char[]} the engine scans instead of the caller's {@code String} or {@code StringBuilder}:
 * array reads compile to much tighter loops than {@code CharSequence.charAt} through an interface, and copying a
 * line out is cheap next to scanning it. Reused, so a clean line allocates nothing; a nested use on the same thread
 * (a listener that redacts) and very long texts get an array of their own.
 */
final class ScanBuffer {
    private static final int KEEP_AT_MOST = 1 << 16;
    private static final ThreadLocal<ScanBuffer> BUFFERS = ThreadLocal.withInitial(ScanBuffer::new);

    private char[] chars = new char[512];
    private boolean inUse;

    /** Borrows this thread's buffer with room for {@code length} chars; give it back with {@link #release}. */
    static ScanBuffer borrow(int length) {
        ScanBuffer buffer = BUFFERS.get();
        if (buffer.inUse || length > KEEP_AT_MOST) {
            ScanBuffer own = new ScanBuffer();
            own.chars = new char[Math.max(length, 16)];
            own.inUse = true;
            return own;
        }
        if (buffer.chars.length < length) {
            buffer.chars = new char[Math.max(length, buffer.chars.length * 2)];
        }
        buffer.inUse = true;
        return buffer;
    }

    char[] chars() {
        return chars;
    }

    void release() {
        inUse = false;
    }
}
