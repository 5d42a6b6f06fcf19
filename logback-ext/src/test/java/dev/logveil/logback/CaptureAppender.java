package dev.logveil.logback;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A real {@link OutputStreamAppender} (same locking, same encoder calls as a file or console appender) whose stream is
 * kept in memory, so a test can read exactly the bytes the encoder produced.
 */
public class CaptureAppender<E> extends OutputStreamAppender<E> {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void start() {
        setOutputStream(bytes);
        super.start();
    }

    /** Everything written so far, decoded as UTF-8. */
    public String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Forgets what was written so far. */
    public void clear() {
        streamWriteLock.lock();
        try {
            bytes.reset();
        } finally {
            streamWriteLock.unlock();
        }
    }
}
