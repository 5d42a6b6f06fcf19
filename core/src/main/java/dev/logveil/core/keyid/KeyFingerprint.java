package dev.logveil.core.keyid;

import java.util.Arrays;

/**
 * Makes {@code key_id} values: the first {@link #length()} lowercase hex characters of SHA-256 over a key's UTF-8
 * bytes, or of HMAC-SHA256 keyed with a secret when one is configured.
 *
 * <p>Why HMAC: an API key is normally random enough that its plain SHA-256 cannot be reversed, but a weak key
 * ({@code test123}, a customer number, a short PIN-like token) can be found by hashing guesses until one matches the
 * logged id. Keyed with a secret the log readers do not hold, the id can no longer be checked against guesses.
 *
 * <p>Immutable and thread-safe. Hashing reuses pooled {@link java.security.MessageDigest} engines and scratch
 * buffers: the only allocation per call is the returned String (for keys in the ASCII range, which every
 * {@code ok} key is). The secret is never exposed, not even by {@link #toString()}.
 */
public final class KeyFingerprint {

    /** The default number of hex characters (64 bits). */
    public static final int DEFAULT_LENGTH = 16;

    /** The shortest allowed id (32 bits: ids collide in practice beyond tens of thousands of keys). */
    public static final int MIN_LENGTH = 8;

    /** The longest allowed id: the whole 256-bit digest. */
    public static final int MAX_LENGTH = 64;

    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private final int length;
    private final byte[] innerPad;
    private final byte[] outerPad;

    private KeyFingerprint(int length, byte[] innerPad, byte[] outerPad) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                "key_id length must be " + MIN_LENGTH + ".." + MAX_LENGTH + " hex characters, was " + length);
        }
        this.length = length;
        this.innerPad = innerPad;
        this.outerPad = outerPad;
    }

    /**
     * Plain SHA-256 ids.
     *
     * @param length hex characters kept, {@value #MIN_LENGTH}..{@value #MAX_LENGTH}
     * @throws IllegalArgumentException when the length is out of range
     */
    public static KeyFingerprint sha256(int length) {
        return new KeyFingerprint(length, null, null);
    }

    /**
     * HMAC-SHA256 ids keyed with {@code secret} (RFC 2104; a secret longer than 64 bytes is hashed first).
     *
     * @param secret the key of the HMAC, at least one byte; copied, so the caller may wipe its array
     * @param length hex characters kept, {@value #MIN_LENGTH}..{@value #MAX_LENGTH}
     * @throws IllegalArgumentException when the secret is empty or the length is out of range
     */
    public static KeyFingerprint hmacSha256(byte[] secret, int length) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("the HMAC secret is empty");
        }
        byte[] key = secret.length > Sha256Hasher.BLOCK_LENGTH ? Sha256Hasher.newSha256().digest(secret) : secret;
        byte[] inner = new byte[Sha256Hasher.BLOCK_LENGTH];
        byte[] outer = new byte[Sha256Hasher.BLOCK_LENGTH];
        Arrays.fill(inner, INNER_PAD);
        Arrays.fill(outer, OUTER_PAD);
        for (int i = 0; i < key.length; i++) {
            inner[i] ^= key[i];
            outer[i] ^= key[i];
        }
        return new KeyFingerprint(length, inner, outer);
    }

    /**
     * The id of the whole text.
     *
     * @param key the key (the hash covers its UTF-8 bytes); not {@code null}
     * @return {@link #length()} lowercase hex characters
     */
    public String of(CharSequence key) {
        return of(key, 0, key.length());
    }

    /**
     * The id of {@code key[from..to)}, without copying the range (used to hash a trimmed key in place).
     *
     * @return {@link #length()} lowercase hex characters
     */
    public String of(CharSequence key, int from, int to) {
        if (from < 0 || to > key.length() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of length " + key.length());
        }
        Sha256Hasher hasher = Sha256Hasher.acquire();
        String id = hasher.hex(key, from, to, innerPad, outerPad, length);
        Sha256Hasher.release(hasher);
        return id;
    }

    /** The id of raw bytes (used by the test vectors). */
    String ofBytes(byte[] message) {
        Sha256Hasher hasher = Sha256Hasher.acquire();
        String id = hasher.hex(message, innerPad, outerPad, length);
        Sha256Hasher.release(hasher);
        return id;
    }

    /** The number of hex characters in each id. */
    public int length() {
        return length;
    }

    /** Whether ids are HMAC-SHA256 keyed with a secret (otherwise plain SHA-256). */
    public boolean isKeyed() {
        return innerPad != null;
    }

    /** The algorithm name, {@code SHA-256} or {@code HMAC-SHA256}. */
    public String algorithm() {
        return isKeyed() ? "HMAC-SHA256" : "SHA-256";
    }

    /** Names the algorithm and length; never the secret. */
    @Override
    public String toString() {
        return "KeyFingerprint[" + algorithm() + ", " + length + " hex]";
    }
}
