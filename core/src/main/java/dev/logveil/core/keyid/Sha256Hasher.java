package dev.logveil.core.keyid;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One reusable SHA-256 / HMAC-SHA256 engine with its scratch buffers, handed out by a small lock-free pool.
 *
 * <p>Why a pool and not a {@code ThreadLocal}: with virtual threads a request usually runs on a thread of its own, so a
 * per-thread engine would be a new {@link MessageDigest} per request. The pool is a striped array of slots indexed by
 * thread id; taking and returning an engine is one atomic swap each and allocates nothing once warm. A thread that
 * finds its slot empty (first use, or a rare collision) builds a fresh engine; one that finds it occupied on return
 * lets its engine go. Slots are spaced a cache line apart so that neighbouring threads do not contend.
 *
 * <p>HMAC (RFC 2104) is computed on the same {@link MessageDigest} from the pre-computed padded keys, because
 * {@code javax.crypto.Mac#doFinal} allocates its result on every call.
 */
final class Sha256Hasher {

    static final int DIGEST_LENGTH = 32;
    static final int BLOCK_LENGTH = 64;

    private static final int CHUNK_LENGTH = 256;
    private static final int STRIDE = 16; // 16 compressed references = one 64-byte cache line
    private static final int SLOTS = slotCount();
    private static final AtomicReferenceArray<Sha256Hasher> POOL = new AtomicReferenceArray<>(SLOTS * STRIDE);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private final MessageDigest sha256 = newSha256();
    private final byte[] chunk = new byte[CHUNK_LENGTH];
    private final byte[] digest = new byte[DIGEST_LENGTH];
    private final byte[] hex = new byte[2 * DIGEST_LENGTH];

    static Sha256Hasher acquire() {
        Sha256Hasher hasher = POOL.getAndSet(slot(), null);
        return hasher != null ? hasher : new Sha256Hasher();
    }

    /** Returns an engine after a successful use; an engine that saw an exception is simply dropped. */
    static void release(Sha256Hasher hasher) {
        POOL.compareAndSet(slot(), null, hasher);
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /**
     * The first {@code hexLength} lowercase hex characters of SHA-256 (or of HMAC-SHA256, when pads are given) over
     * the UTF-8 bytes of {@code text[from..to)}.
     *
     * @param innerPad the key XOR 0x36, one block long, or {@code null} for plain SHA-256
     * @param outerPad the key XOR 0x5c, one block long, or {@code null} for plain SHA-256
     */
    String hex(CharSequence text, int from, int to, byte[] innerPad, byte[] outerPad, int hexLength) {
        if (innerPad != null) {
            sha256.update(innerPad);
        }
        if (!updateAscii(text, from, to)) {
            // Not ASCII (never the case for a key that passed the key check): start over with real UTF-8 bytes.
            sha256.reset();
            if (innerPad != null) {
                sha256.update(innerPad);
            }
            sha256.update(text.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8));
        }
        return finish(outerPad, hexLength);
    }

    /** As {@link #hex(CharSequence, int, int, byte[], byte[], int)}, over raw bytes (test vectors, secrets). */
    String hex(byte[] message, byte[] innerPad, byte[] outerPad, int hexLength) {
        if (innerPad != null) {
            sha256.update(innerPad);
        }
        sha256.update(message);
        return finish(outerPad, hexLength);
    }

    private String finish(byte[] outerPad, int hexLength) {
        digestInto();
        if (outerPad != null) {
            sha256.update(outerPad);
            sha256.update(digest, 0, DIGEST_LENGTH);
            digestInto();
        }
        for (int i = 0; i < hexLength; i++) {
            int b = digest[i >> 1];
            hex[i] = HEX[(i & 1) == 0 ? (b >> 4) & 0xf : b & 0xf];
        }
        // Latin-1 bytes become the String's own compact array: the String is the only allocation.
        return new String(hex, 0, hexLength, StandardCharsets.ISO_8859_1);
    }

    /** Feeds ASCII text through the scratch chunk; stops and returns false at the first non-ASCII character. */
    private boolean updateAscii(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            int n = Math.min(CHUNK_LENGTH, to - i);
            for (int j = 0; j < n; j++) {
                char c = text.charAt(i + j);
                if (c >= 0x80) {
                    return false;
                }
                chunk[j] = (byte) c;
            }
            sha256.update(chunk, 0, n);
            i += n;
        }
        return true;
    }

    private void digestInto() {
        try {
            sha256.digest(digest, 0, DIGEST_LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 digest did not fit 32 bytes", e);
        }
    }

    @SuppressWarnings("deprecation") // Thread.getId(): threadId() exists only from Java 19; we compile for 17
    private static int slot() {
        return ((int) Thread.currentThread().getId() & (SLOTS - 1)) * STRIDE;
    }

    private static int slotCount() {
        int wanted = Math.min(64, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        return Integer.highestOneBit(wanted - 1) << 1; // the next power of two
    }
}
