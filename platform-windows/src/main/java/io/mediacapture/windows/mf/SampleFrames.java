package io.mediacapture.windows.mf;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.mf.MfInterfaces.IMF2DBuffer;
import io.mediacapture.windows.mf.MfInterfaces.IMFMediaBuffer;
import io.mediacapture.windows.mf.MfInterfaces.IMFSample;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns the IMFSamples of one stream into frames. A frame points straight into the locked media buffer
 * (IMF2DBuffer::Lock2D, or IMFMediaBuffer::Lock); closing it unlocks and releases the buffer. Media
 * Foundation captures into a small pool of samples, so at most {@value #MAX_ZERO_COPY} frames at a time
 * hold buffers; beyond that, and for bottom-up images (negative pitch), the frame is a copy and the buffer
 * is given back at once.
 */
final class SampleFrames implements MfSource.FrameDelivery {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.mf");
    static final int MAX_ZERO_COPY = 3;

    private final NativeVideoFormat format;
    private final int width;
    private final int height;
    private final int defaultStride; // MF_MT_DEFAULT_STRIDE, 0 when unknown; negative = bottom-up
    private final long durationMicros;
    private final AtomicInteger outstanding = new AtomicInteger();

    SampleFrames(NativeVideoFormat format, int width, int height, int defaultStride, double frameRate) {
        this.format = format;
        this.width = width;
        this.height = height;
        this.defaultStride = defaultStride;
        this.durationMicros = frameRate > 0 ? Math.round(1e6 / frameRate) : -1;
    }

    /** Delivers the sample at {@code samplePtr} (borrowed) into {@code sink}, stamped {@code timestamp} (us). */
    @Override
    public void deliver(MemorySegment samplePtr, long timestamp, SourceSink sink) {
        ComRef buffer;
        try (ComRef sample = ComRef.retain(samplePtr, "IMFSample")) {
            buffer = ComRef.receive("IMFMediaBuffer", "IMFSample::ConvertToContiguousBuffer",
                    out -> sample.call(IMFSample.CONVERT_TO_CONTIGUOUS_BUFFER, out));
        }
        try {
            if (format.isCompressed()) {
                deliverCompressed(buffer, timestamp, sink);
            } else {
                deliverRaw(buffer, timestamp, sink);
            }
        } catch (RuntimeException e) {
            buffer.close();
            throw e;
        }
    }

    private void deliverCompressed(ComRef buffer, long timestamp, SourceSink sink) {
        Locked l = lock(buffer);
        FrameBuffer fb = keep(l, l.data().reinterpret(l.length()), l.length());
        sink.deliverCompressed(format, fb, l.length(), width, height, timestamp, durationMicros);
    }

    private void deliverRaw(ComRef buffer, long timestamp, SourceSink sink) {
        VideoPixelFormat pf = format.pixelFormat().orElseThrow();
        Locked l = lock2D(buffer);
        if (l == null) {
            l = lock(buffer);
            int stride = defaultStride != 0 ? defaultStride : PlaneLayout.tightPitch(pf, width);
            MemorySegment top = stride >= 0 ? l.data() : MemorySegment.ofAddress(l.data().address() + (long) (height - 1) * -stride);
            l = new Locked(l.buffer(), l.unlock(), top, stride, l.length());
        }
        FrameBuffer fb;
        PlaneLayout layout;
        if (l.pitch() > 0) {
            layout = PlaneLayout.of(pf, width, height, l.pitch());
            fb = keep(l, l.data().reinterpret(layout.size()), layout.size());
        } else {
            layout = flippedCopyLayout(pf, l);
            fb = FrameBuffer.allocate(layout.size());
            try {
                FrameCopy.BottomUp src = FrameCopy.bottomUp(l.data(), l.pitch(), height, pf.planeRowBytes(0, width));
                FrameCopy.copyRows(src.memory(), src.firstRow(), l.pitch(), height, pf.planeRowBytes(0, width),
                        fb.memory(), 0, layout.strides()[0]);
            } finally {
                unlock(l);
            }
        }
        VideoFrame frame;
        try {
            frame = new VideoFrame(fb, pf, width, height, layout.offsets(), layout.strides(), timestamp, durationMicros);
        } catch (IllegalArgumentException e) {
            fb.release();
            LOG.log(System.Logger.Level.WARNING, "dropping a " + format + " frame that does not fit its buffer", e);
            return;
        }
        sink.deliver(frame);
    }

    private PlaneLayout flippedCopyLayout(VideoPixelFormat pf, Locked l) {
        if (pf.numberOfPlanes() != 1) {
            unlock(l);
            throw new IllegalStateException("bottom-up " + pf + " frames are not defined (pitch " + l.pitch() + ")");
        }
        return PlaneLayout.of(pf, width, height, PlaneLayout.tightPitch(pf, width));
    }

    /** A frame buffer over the locked memory, or over a copy when too many frames already hold buffers. */
    private FrameBuffer keep(Locked l, MemorySegment memory, long length) {
        if (outstanding.incrementAndGet() <= MAX_ZERO_COPY) {
            return FrameBuffer.wrap(memory, () -> {
                outstanding.decrementAndGet();
                unlock(l);
            });
        }
        outstanding.decrementAndGet();
        FrameBuffer copy = FrameBuffer.allocate(length);
        try {
            MemorySegment.copy(memory, 0, copy.memory(), 0, length);
        } finally {
            unlock(l);
        }
        return copy;
    }

    /** Outstanding zero-copy frames (tests, diagnostics). */
    int outstanding() {
        return outstanding.get();
    }

    private record Locked(ComRef buffer, ComRef unlock, MemorySegment data, int pitch, long length) {
    }

    /** Lock2D through IMF2DBuffer, or null when the buffer is not a 2-D buffer. */
    private static Locked lock2D(ComRef buffer) {
        ComRef b2d;
        try {
            b2d = buffer.query(IMF2DBuffer.IID, "IMF2DBuffer");
        } catch (ComException e) {
            if (e.is(HResult.E_NOINTERFACE)) {
                return null;
            }
            throw e;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment scan0 = a.allocate(ValueLayout.ADDRESS);
            MemorySegment pitch = a.allocate(ValueLayout.JAVA_INT);
            b2d.call(IMF2DBuffer.LOCK_2D, scan0, pitch);
            return new Locked(buffer, b2d, scan0.get(ValueLayout.ADDRESS, 0), pitch.get(ValueLayout.JAVA_INT, 0), 0);
        } catch (RuntimeException e) {
            b2d.close();
            throw e;
        }
    }

    private static Locked lock(ComRef buffer) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment data = a.allocate(ValueLayout.ADDRESS);
            MemorySegment current = a.allocate(ValueLayout.JAVA_INT);
            buffer.call(IMFMediaBuffer.LOCK, data, MemorySegment.NULL, current);
            return new Locked(buffer, null, data.get(ValueLayout.ADDRESS, 0), 0,
                    Integer.toUnsignedLong(current.get(ValueLayout.JAVA_INT, 0)));
        }
    }

    /** Unlocks and releases; runs as a frame's release action, so it must not throw. */
    private static void unlock(Locked l) {
        try {
            if (l.unlock() != null) {
                l.unlock().callRaw(IMF2DBuffer.UNLOCK_2D);
                l.unlock().close();
            } else {
                l.buffer().callRaw(IMFMediaBuffer.UNLOCK);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "unlocking a Media Foundation buffer failed", e);
        } finally {
            l.buffer().close();
        }
    }
}
