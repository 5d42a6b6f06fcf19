package dev.logveil.logstash.testkit;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A real {@link OutputStreamAppender} (the encoder calls of a file or console appender) whose stream is kept in
 * memory, so a test reads exactly the bytes LLE's encoder produced.
 */
public class MemoryAppender<E> extends OutputStreamAppender<E> {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void start() {
        setOutputStream(bytes);
        super.start();
    }

    /** Everything written so far, decoded as UTF-8. */
    public String text() {
        streamWriteLock.lock();
        try {
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            streamWriteLock.unlock();
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
