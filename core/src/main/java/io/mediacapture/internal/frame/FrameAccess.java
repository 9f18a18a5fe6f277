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
     * thread frees or unmaps. Only for the producer writing it before the frame is handed on, and for the library's
     * converters between {@link #pin} and {@link #unpin}; every other read of a frame goes through {@link #view},
     * whose scope the close invalidates.
     */
    MemorySegment memory();

    /** A read-only view of part of the memory that becomes inaccessible when access ends. */
    MemorySegment view(long offset, long length);

    /**
     * Keeps the memory readable by the calling thread until {@link #unpin()}, even if another thread closes the frame
     * meanwhile (the memory then goes back at the unpin): the library's converters read {@link #memory()} this way,
     * without the allocation of a view. Pair every pin with an unpin, in a finally block, on the same thread.
     *
     * @throws IllegalStateException naming {@code what} when the memory can no longer be read
     */
    void pin(String what);

    /** Ends a {@link #pin}. */
    void unpin();

    /** The holder is done with the frame. */
    void close();
}
