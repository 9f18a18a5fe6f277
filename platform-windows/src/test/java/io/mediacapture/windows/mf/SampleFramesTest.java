package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.AudioData;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Media buffers as drivers hand them out (2-D and contiguous, 2-D but not contiguous, plain, short, bottom-up)
 * locked the way Media Foundation allows, with every lock matched by its unlock and release.
 */
class SampleFramesTest {
    private final Arena arena = Arena.ofAuto();
    private final List<VideoFrame> frames = new ArrayList<>();
    private final SourceSink sink = new SourceSink() {
        @Override
        public void deliver(VideoFrame frame) {
            frames.add(frame);
        }

        @Override
        public void deliver(AudioData data) {
            throw new AssertionError();
        }

        @Override
        public void deliverCompressed(NativeVideoFormat f, FrameBuffer d, long l, int w, int h, long ts, long dur) {
            d.release();
        }

        @Override
        public void muted(boolean muted) {
        }

        @Override
        public void ended(BackendException reason) {
        }
    };

    /** A recorded buffer: what it answers, and the calls made on it. */
    private class Buffer implements MediaBuffer {
        final List<String> calls = new ArrayList<>();
        final MemorySegment memory;
        long contiguousLength = -1; // -1: no IMF2DBuffer or not contiguous
        int pitch2D;
        long lockLength;
        boolean lock2DFails;

        Buffer(long bytes) {
            memory = arena.allocate(bytes);
            lockLength = bytes;
        }

        @Override
        public long contiguous2DLength() {
            calls.add("contiguous?");
            return contiguousLength;
        }

        @Override
        public Locked lock2D() {
            calls.add("Lock2D");
            if (lock2DFails) {
                throw new ComException("IMF2DBuffer::Lock2D", HResult.MF_E_INVALIDREQUEST);
            }
            MemorySegment top = pitch2D >= 0 ? memory : memory.asSlice(memory.byteSize() + pitch2D);
            return new Locked(top, pitch2D, 0);
        }

        @Override
        public void unlock2D() {
            calls.add("Unlock2D");
        }

        @Override
        public Locked lock() {
            calls.add("Lock");
            return new Locked(memory, 0, lockLength);
        }

        @Override
        public void unlock() {
            calls.add("Unlock");
        }

        @Override
        public void release() {
            calls.add("Release");
        }
    }

    private void closeFrames() {
        frames.forEach(VideoFrame::close);
        frames.clear();
    }

    @Test
    void aContiguous2DBufferIsLockedWithLock2DAndItsPitchUsed() {
        SampleFrames sf = new SampleFrames(NativeVideoFormat.NV12, 640, 480, 640, 30);
        Buffer b = new Buffer(704L * 720);
        b.contiguousLength = 704L * 720;
        b.pitch2D = 704;
        sf.deliver(b, 1, sink);
        assertEquals(1, frames.size());
        assertEquals(704, frames.get(0).stride(0));
        assertEquals(List.of("contiguous?", "Lock2D"), b.calls);
        closeFrames();
        assertEquals(List.of("contiguous?", "Lock2D", "Unlock2D", "Release"), b.calls);
    }

    @Test
    void aNonContiguous2DBufferIsLockedWithLockAndTheDefaultStride() {
        SampleFrames sf = new SampleFrames(NativeVideoFormat.YUY2, 640, 480, 1280, 30);
        Buffer b = new Buffer(1280L * 480);
        sf.deliver(b, 1, sink);
        assertEquals(1280, frames.get(0).stride(0));
        closeFrames();
        assertEquals(List.of("contiguous?", "Lock", "Unlock", "Release"), b.calls, "one lock, never Lock2D as well");
    }

    @Test
    void aFailedOrPitchlessLock2DFallsBackToLockAfterGivingItBack() {
        SampleFrames sf = new SampleFrames(NativeVideoFormat.BGRX, 4, 2, 0, 30);
        Buffer failing = new Buffer(32);
        failing.contiguousLength = 32;
        failing.lock2DFails = true;
        sf.deliver(failing, 1, sink);
        closeFrames();
        assertEquals(List.of("contiguous?", "Lock2D", "Lock", "Unlock", "Release"), failing.calls);
        Buffer pitchless = new Buffer(32);
        pitchless.contiguousLength = 32;
        pitchless.pitch2D = 0;
        sf.deliver(pitchless, 1, sink);
        closeFrames();
        assertEquals(List.of("contiguous?", "Lock2D", "Unlock2D", "Lock", "Unlock", "Release"), pitchless.calls,
                "at most one lock held at a time");
    }

    @Test
    void aBufferShorterThanItsLayoutIsDroppedNotReadPastItsEnd() {
        SampleFrames sf = new SampleFrames(NativeVideoFormat.NV12, 640, 480, 0, 30);
        Buffer contiguous = new Buffer(704L * 720);
        contiguous.contiguousLength = 640L * 720; // the driver's contiguous form is packed, Lock2D's pitch is not
        contiguous.pitch2D = 704;
        sf.deliver(contiguous, 1, sink);
        Buffer plain = new Buffer(640L * 720);
        plain.lockLength = 640L * 480; // no chroma plane
        sf.deliver(plain, 1, sink);
        assertEquals(List.of(), frames);
        assertEquals(2, sf.dropped());
        assertEquals(List.of("contiguous?", "Lock2D", "Unlock2D", "Release"), contiguous.calls);
        assertEquals(List.of("contiguous?", "Lock", "Unlock", "Release"), plain.calls);
    }

    @Test
    void aBottomUp2DImageIsCopiedTopDownAndItsBufferGivenBackAtOnce() {
        int w = 2;
        int h = 3;
        int pitch = 8;
        SampleFrames sf = new SampleFrames(NativeVideoFormat.BGRX, w, h, 0, 30);
        Buffer b = new Buffer((long) pitch * h);
        for (int k = 0; k < h; k++) { // memory row k holds display row h-1-k
            b.memory.set(ValueLayout.JAVA_BYTE, (long) k * pitch, (byte) (h - 1 - k));
        }
        b.contiguousLength = (long) pitch * h;
        b.pitch2D = -pitch;
        sf.deliver(b, 1, sink);
        assertEquals(List.of("contiguous?", "Lock2D", "Unlock2D", "Release"), b.calls, "copied, so given back at once");
        VideoFrame f = frames.get(0);
        for (int r = 0; r < h; r++) {
            assertEquals(r, f.byteAt(0, 0, r), "row " + r);
        }
        closeFrames();
    }

    @Test
    void aFailingLockReleasesTheBufferAndPropagates() {
        SampleFrames sf = new SampleFrames(NativeVideoFormat.MJPEG, 640, 480, 0, 30);
        MediaBuffer failing = new Buffer(16) {
            @Override
            public Locked lock() {
                calls.add("Lock");
                throw new ComException("IMFMediaBuffer::Lock", HResult.E_FAIL);
            }
        };
        assertThrows(ComException.class, () -> sf.deliver(failing, 1, sink));
        assertEquals(List.of("Lock", "Release"), ((Buffer) failing).calls);
    }
}
