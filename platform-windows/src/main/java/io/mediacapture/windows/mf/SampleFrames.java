package io.mediacapture.windows.mf;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.mf.MfInterfaces.IMFSample;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns the IMFSamples of one stream into frames. A frame points straight into the locked media buffer;
 * closing it unlocks and releases the buffer. Media Foundation captures into a small pool of samples, so
 * at most {@value #MAX_ZERO_COPY} frames at a time hold buffers; beyond that, and for bottom-up images
 * (negative pitch), the frame is a copy and the buffer is given back at once.
 *
 * <p>Locking follows Media Foundation's rules for 2-D buffers: Lock2D is used only when the buffer says its
 * format is contiguous (then its memory is the contiguous representation, of GetContiguousLength bytes);
 * otherwise the buffer is locked with IMFMediaBuffer::Lock, whose memory is contiguous with the media
 * type's default stride. Each sample's buffer is locked once, by one of the two, never both. A frame whose
 * layout does not fit in the bytes the lock gave is dropped, counted and logged, never read past its end.
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
    private final AtomicLong dropped = new AtomicLong();

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
        deliver(new ComMediaBuffer(buffer), timestamp, sink);
    }

    /**
     * Delivers one media buffer, which this call owns: it is released with the frame that holds it, or
     * before this returns.
     */
    void deliver(MediaBuffer buffer, long timestamp, SourceSink sink) {
        Lock l;
        try {
            l = format.isCompressed() ? Lock.plain(buffer) : Lock.best(buffer);
        } catch (RuntimeException e) {
            buffer.release();
            throw e;
        }
        try {
            if (format.isCompressed()) {
                FrameBuffer fb = keep(l, l.data().reinterpret(l.length()), l.length());
                sink.deliverCompressed(format, fb, l.length(), width, height, timestamp, durationMicros);
            } else {
                deliverRaw(l, timestamp, sink);
            }
        } catch (RuntimeException e) {
            l.close();
            throw e;
        }
    }

    private void deliverRaw(Lock l, long timestamp, SourceSink sink) {
        VideoPixelFormat pf = format.pixelFormat().orElseThrow();
        int rowBytes = pf.planeRowBytes(0, width);
        int pitch;
        MemorySegment top;
        if (l.twoD()) {
            pitch = l.pitch();
            top = l.data();
        } else {
            pitch = defaultStride != 0 ? defaultStride : PlaneLayout.tightPitch(pf, width);
            top = pitch >= 0 ? l.data() : MemorySegment.ofAddress(l.data().address() + (long) (height - 1) * -pitch);
        }
        if (Math.abs((long) pitch) < rowBytes) {
            drop(l, "pitch " + pitch + " is shorter than a row of " + rowBytes + " bytes");
            return;
        }
        FrameBuffer fb;
        PlaneLayout layout;
        if (pitch > 0) {
            layout = PlaneLayout.of(pf, width, height, pitch);
            if (layout.size() > l.length()) {
                drop(l, "its " + l.length() + "-byte buffer is shorter than the " + layout.size() + " bytes of its layout"
                        + " (pitch " + pitch + ")");
                return;
            }
            fb = keep(l, top.reinterpret(layout.size()), layout.size());
        } else {
            long span = (long) (height - 1) * -pitch + rowBytes;
            if (pf.numberOfPlanes() != 1) {
                drop(l, "bottom-up " + pf + " frames are not defined (pitch " + pitch + ")");
                return;
            }
            if (span > l.length()) {
                drop(l, "its " + l.length() + "-byte buffer is shorter than the " + span + " bytes of a bottom-up image");
                return;
            }
            layout = PlaneLayout.of(pf, width, height, PlaneLayout.tightPitch(pf, width));
            fb = FrameBuffer.allocate(layout.size());
            try {
                FrameCopy.BottomUp src = FrameCopy.bottomUp(top, pitch, height, rowBytes);
                FrameCopy.copyRows(src.memory(), src.firstRow(), pitch, height, rowBytes, fb.memory(), 0, layout.strides()[0]);
            } finally {
                l.close();
            }
        }
        VideoFrame frame;
        try {
            frame = fb.toVideoFrame(VideoFrameLayout.of(pf, width, height, layout.offsets(), layout.strides()),
                    timestamp, durationMicros);
        } catch (IllegalArgumentException e) {
            fb.release();
            LOG.log(System.Logger.Level.WARNING, "dropping a " + format + " frame that does not fit its buffer", e);
            dropped.incrementAndGet();
            return;
        }
        sink.deliver(frame);
    }

    /** Gives the buffer back and counts the frame as dropped; logs the first and then every power of two. */
    private void drop(Lock l, String why) {
        l.close();
        long n = dropped.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            LOG.log(System.Logger.Level.WARNING, "dropping a " + format + " " + width + "x" + height + " frame: " + why
                    + " (" + n + " dropped so far)");
        }
    }

    /** A frame buffer over the locked memory, or over a copy when too many frames already hold buffers. */
    private FrameBuffer keep(Lock l, MemorySegment memory, long length) {
        if (outstanding.incrementAndGet() <= MAX_ZERO_COPY) {
            return FrameBuffer.wrap(memory, () -> {
                outstanding.decrementAndGet();
                l.close();
            });
        }
        outstanding.decrementAndGet();
        FrameBuffer copy = FrameBuffer.allocate(length);
        try {
            MemorySegment.copy(memory, 0, copy.memory(), 0, length);
        } finally {
            l.close();
        }
        return copy;
    }

    /** Outstanding zero-copy frames (tests, diagnostics). */
    int outstanding() {
        return outstanding.get();
    }

    /** Frames dropped because their buffer did not fit their layout (tests, diagnostics). */
    long dropped() {
        return dropped.get();
    }

    /**
     * One locked buffer: by Lock2D ({@code twoD}, with the pitch and the contiguous length) or by Lock.
     * {@link #close()} unlocks the way it was locked and releases the buffer, once; it runs as a frame's
     * release action, so it does not throw.
     */
    private record Lock(MediaBuffer buffer, boolean twoD, MemorySegment data, int pitch, long length, AtomicBoolean closed) {
        /** Lock2D when the buffer is a contiguous 2-D buffer, else Lock. */
        static Lock best(MediaBuffer b) {
            long contiguous = b.contiguous2DLength();
            if (contiguous >= 0) {
                MediaBuffer.Locked k = null;
                try {
                    k = b.lock2D();
                } catch (ComException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Lock2D failed, locking the plain buffer: " + e.getMessage());
                }
                if (k != null && k.pitch() != 0) {
                    return new Lock(b, true, k.data(), k.pitch(), contiguous, new AtomicBoolean());
                }
                if (k != null) {
                    b.unlock2D(); // a zero pitch is no layout: give the 2-D lock back before locking again
                }
            }
            return plain(b);
        }

        static Lock plain(MediaBuffer b) {
            MediaBuffer.Locked k = b.lock();
            return new Lock(b, false, k.data(), 0, k.length(), new AtomicBoolean());
        }

        void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                if (twoD) {
                    buffer.unlock2D();
                } else {
                    buffer.unlock();
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "unlocking a Media Foundation buffer failed", e);
            } finally {
                try {
                    buffer.release();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "releasing a Media Foundation buffer failed", e);
                }
            }
        }
    }
}
