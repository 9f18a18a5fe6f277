package io.mediacapture.internal.frame;

import java.lang.foreign.MemorySegment;

/**
 * The memory behind a frame as the frame handles see it: shared by every handle, counted, and given back when the
 * last one lets go. {@code io.mediacapture.spi.FrameBuffer} is the one implementation; this interface lets the frame
 * machinery of this package hold one without depending on the SPI package that producers see.
 */
public interface RefCountedMemory {
    /** The whole memory, writable; frames read it only through their leases. */
    MemorySegment memory();

    /** Adds a reference. @throws IllegalStateException when already released */
    void retain();

    /** Drops a reference; the last one gives the memory back. */
    void release();
}
