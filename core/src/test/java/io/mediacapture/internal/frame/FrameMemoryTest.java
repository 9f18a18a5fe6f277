package io.mediacapture.internal.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The converters' view-less access to a frame: a frame closed on another thread while pinned gives its memory back
 * only at the unpin, so the converter never reads memory the source has taken back (or unmapped).
 */
class FrameMemoryTest {
    @Test
    void aCloseOnAnotherThreadWaitsForTheUnpin() throws Exception {
        AtomicInteger released = new AtomicInteger();
        try (Arena arena = Arena.ofConfined()) {
            VideoFrame frame = frame(arena, released);
            MemorySegment memory = FrameMemory.pin(frame);
            Thread closer = Thread.ofPlatform().start(frame::close);
            closer.join();
            assertEquals(0, released.get(), "still pinned: the memory stays");
            memory.get(java.lang.foreign.ValueLayout.JAVA_BYTE, FrameMemory.offset(frame, 2)); // still readable
            FrameMemory.unpin(frame);
            assertEquals(1, released.get(), "given back at the unpin");
            assertThrows(IllegalStateException.class, () -> FrameMemory.pin(frame), "a closed frame cannot be pinned");
        }
    }

    @Test
    void withoutAPinACloseGivesTheMemoryBackAtOnceAndNestedPinsWaitForTheLast() {
        AtomicInteger released = new AtomicInteger();
        try (Arena arena = Arena.ofConfined()) {
            VideoFrame a = frame(arena, released);
            a.close();
            assertEquals(1, released.get());

            VideoFrame b = frame(arena, released);
            FrameMemory.pin(b);
            FrameMemory.pin(b);
            b.close();
            FrameMemory.unpin(b);
            assertEquals(1, released.get(), "one pin left");
            FrameMemory.unpin(b);
            assertEquals(2, released.get());
        }
    }

    private static VideoFrame frame(Arena arena, AtomicInteger released) {
        VideoPixelFormat f = VideoPixelFormat.I420;
        MemorySegment m = arena.allocate(f.frameBytes(16, 8));
        return FrameBuffer.wrap(m, released::incrementAndGet).toVideoFrame(VideoFrameLayout.packed(f, 16, 8), 0, -1);
    }
}
