package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.mf.MfInterfaces.IMF2DBuffer;
import io.mediacapture.windows.mf.MfInterfaces.IMFMediaBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A media buffer reached through COM. Owns the IMFMediaBuffer reference and, once asked for, its IMF2DBuffer;
 * {@link #release()} gives both back. Used by one thread at a time (the frame's delivery, then its release).
 */
final class ComMediaBuffer implements MediaBuffer {
    private final ComRef buffer;
    private ComRef buffer2d; // null until contiguous2DLength found one

    ComMediaBuffer(ComRef buffer) {
        this.buffer = buffer;
    }

    @Override
    public long contiguous2DLength() {
        ComRef b2d;
        try {
            b2d = buffer.query(IMF2DBuffer.IID, "IMF2DBuffer");
        } catch (ComException e) {
            return -1; // E_NOINTERFACE: a plain buffer (MJPEG, some drivers)
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment contiguous = a.allocate(ValueLayout.JAVA_INT);
            MemorySegment length = a.allocate(ValueLayout.JAVA_INT);
            if (HResult.failed(b2d.callRaw(IMF2DBuffer.IS_CONTIGUOUS_FORMAT, contiguous))
                    || contiguous.get(ValueLayout.JAVA_INT, 0) == 0
                    || HResult.failed(b2d.callRaw(IMF2DBuffer.GET_CONTIGUOUS_LENGTH, length))) {
                b2d.close();
                return -1;
            }
            buffer2d = b2d;
            return Integer.toUnsignedLong(length.get(ValueLayout.JAVA_INT, 0));
        }
    }

    @Override
    public Locked lock2D() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment scan0 = a.allocate(ValueLayout.ADDRESS);
            MemorySegment pitch = a.allocate(ValueLayout.JAVA_INT);
            buffer2d.call(IMF2DBuffer.LOCK_2D, scan0, pitch);
            return new Locked(scan0.get(ValueLayout.ADDRESS, 0), pitch.get(ValueLayout.JAVA_INT, 0), 0);
        }
    }

    @Override
    public void unlock2D() {
        buffer2d.call(IMF2DBuffer.UNLOCK_2D);
    }

    @Override
    public Locked lock() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment data = a.allocate(ValueLayout.ADDRESS);
            MemorySegment current = a.allocate(ValueLayout.JAVA_INT);
            buffer.call(IMFMediaBuffer.LOCK, data, MemorySegment.NULL, current);
            return new Locked(data.get(ValueLayout.ADDRESS, 0), 0, Integer.toUnsignedLong(current.get(ValueLayout.JAVA_INT, 0)));
        }
    }

    @Override
    public void unlock() {
        buffer.call(IMFMediaBuffer.UNLOCK);
    }

    @Override
    public void release() {
        try {
            if (buffer2d != null) {
                buffer2d.close();
            }
        } finally {
            buffer.close();
        }
    }
}
