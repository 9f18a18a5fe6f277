package io.mediacapture.internal.frame;

import java.lang.foreign.MemorySegment;

/**
 * How a frame handle reaches its memory: through a {@link FrameLease} (a frame the holder owns until it closes
 * it) or a {@link FrameLoan} (a frame lent for the duration of one call).
 */
public sealed interface FrameAccess permits FrameLease, FrameLoan {
    boolean isClosed();

    /** @throws IllegalStateException naming {@code what} when the memory can no longer be read */
    void checkOpen(String what);

    /**
     * The frame's whole memory, as the producer gave it: possibly unscoped native memory that a close on another
     * thread frees or unmaps. Only for the producer writing it before the frame is handed on; every read of a
     * frame goes through {@link #view}, whose scope the close invalidates, or {@link #pin}.
     */
    MemorySegment memory();

    /**
     * The frame's memory for one read by the library (a copy), kept valid until {@link #unpin()} even when the frame
     * is closed on another thread meanwhile: the buffer's last reference goes only at unpin, so a racing close can
     * neither free nor unmap it. Pair every successful call with one {@code unpin()} in a finally block.
     *
     * @throws IllegalStateException naming {@code what} when the frame is closed
     */
    MemorySegment pin(String what);

    /** Ends a {@link #pin}. */
    void unpin();

    /** A read-only view of part of the memory that becomes inaccessible when access ends. */
    MemorySegment view(long offset, long length);

    /** The holder is done with the frame. */
    void close();
}
