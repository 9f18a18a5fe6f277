package io.mediacapture.windows.mf;

import java.lang.foreign.MemorySegment;

/**
 * The calls {@link SampleFrames} makes on one media buffer (IMFMediaBuffer, and IMF2DBuffer when it has
 * one), behind an interface so that recorded buffers can be replayed in tests; {@link ComMediaBuffer} is
 * the real one. Failures throw {@link io.mediacapture.windows.com.ComException}.
 */
interface MediaBuffer {
    /**
     * IMF2DBuffer::IsContiguousFormat, then GetContiguousLength: the length of the buffer's contiguous
     * representation, or -1 when the buffer has no IMF2DBuffer, is not contiguous, or either call failed.
     * Lock2D's memory is that representation only when the format is contiguous.
     */
    long contiguous2DLength();

    /** IMF2DBuffer::Lock2D: the top row and the pitch (negative for a bottom-up image). */
    Locked lock2D();

    /** IMF2DBuffer::Unlock2D. */
    void unlock2D();

    /** IMFMediaBuffer::Lock: the start and the current length ({@link Locked#pitch()} is 0). */
    Locked lock();

    /** IMFMediaBuffer::Unlock. */
    void unlock();

    /** Gives the buffer back (Release); the last call. */
    void release();

    /** @param length bytes that may be read from the start of the buffer (for Lock2D: the contiguous length) */
    record Locked(MemorySegment data, int pitch, long length) {
    }
}
