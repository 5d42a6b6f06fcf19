package dev.logveil.log4j2;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.layout.ByteBufferDestinationHelper;

/**
 * A {@link ByteBufferDestination} with a deliberately small buffer, so that a layout's garbage-free encode path has to
 * drain it several times per event, as an appender's buffer would under a long line.
 */
final class SmallBufferDestination implements ByteBufferDestination {
    private final ByteBuffer buffer = ByteBuffer.allocate(64);
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    @Override
    public ByteBuffer getByteBuffer() {
        return buffer;
    }

    @Override
    public ByteBuffer drain(ByteBuffer buf) {
        buf.flip();
        written.write(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
        buf.clear();
        return buf;
    }

    @Override
    public void writeBytes(ByteBuffer data) {
        ByteBufferDestinationHelper.writeToUnsynchronized(data, this);
    }

    @Override
    public void writeBytes(byte[] data, int offset, int length) {
        ByteBufferDestinationHelper.writeToUnsynchronized(data, offset, length, this);
    }

    /** Everything written so far, decoded as UTF-8. */
    String text() {
        drain(buffer);
        return written.toString(StandardCharsets.UTF_8);
    }
}
