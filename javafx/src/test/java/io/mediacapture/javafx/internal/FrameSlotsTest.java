package io.mediacapture.javafx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.testing.Allocations;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-over between the capture thread and the JavaFX thread (no toolkit needed). */
class FrameSlotsTest {
    @Test
    void aFrameIsConvertedToOpaqueArgbInTheSlotsOwnMemory() {
        FrameSlots slots = new FrameSlots();
        try (VideoFrame f = frame(64 * 3, 48, 7)) {
            slots.put(f);
            FrameSlots.Slot s = slots.take();
            assertEquals(64 * 3, s.width);
            assertEquals(48, s.height);
            assertEquals(f.timestamp(), s.timestamp());
            assertEquals(s.width * s.height, s.pixels.capacity());
            assertEquals(true, s.pixels.isDirect(), "a PixelBuffer over native memory");
            int[] expected = new int[s.width * s.height];
            VideoFrameImages.copyToArgb(f, expected);
            int[] got = new int[expected.length];
            s.pixels.get(0, got);
            assertArrayEquals(expected, got);
            assertNull(slots.take(), "nothing new");
        }
    }

    @Test
    void aFrameNotTakenInTimeIsReplacedByTheNext() {
        FrameSlots slots = new FrameSlots();
        try (VideoFrame a = frame(192, 48, 1); VideoFrame b = frame(192, 48, 2)) {
            slots.put(a);
            slots.put(b);
            assertEquals(b.timestamp(), slots.take().timestamp());
            assertNull(slots.take());
        }
    }

    @Test
    void theShownAndThePreviouslyShownSlotsAreNeverWrittenAndSlotsAreReused() {
        FrameSlots slots = new FrameSlots();
        Set<FrameSlots.Slot> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        FrameSlots.Slot previous = null;
        FrameSlots.Slot front = null;
        for (int i = 0; i < 12; i++) {
            try (VideoFrame f = frame(192, 48, i)) {
                slots.put(f);
            }
            FrameSlots.Slot next = slots.take();
            assertNotSame(front, next, "frame " + i + " went into the shown slot");
            assertNotSame(previous, next, "frame " + i + " went into the slot shown before");
            previous = front;
            front = next;
            seen.add(next);
        }
        assertEquals(3, seen.size(), "three slots, reused");
        try (VideoFrame bigger = frame(384, 96, 99)) {
            slots.put(bigger);
        }
        FrameSlots.Slot resized = slots.take();
        assertEquals(384, resized.width);
        FrameSlots.Slot again = null;
        for (int i = 0; i < 3; i++) {
            try (VideoFrame f = frame(384, 96, 100 + i)) {
                slots.put(f);
            }
            again = slots.take();
        }
        assertSame(resized, again, "the resized slot comes round again");
    }

    @Test
    void aFrameOfTheSameSizeAllocatesNothing() {
        // The Vector API converter boxes its vectors until C2 compiles it (JMH's VideoViewBenchmark measures it
        // warmed up); this checks the default, scalar one.
        org.junit.jupiter.api.Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "the scalar converter only");
        FrameSlots slots = new FrameSlots();
        try (VideoFrame f = frame(160, 120, 1)) {
            for (int i = 0; i < 50; i++) {
                slots.put(f); // all three slots made, classes loaded
                slots.take();
            }
            long before = Allocations.currentThreadBytes();
            for (int i = 0; i < 1000; i++) {
                slots.put(f);
                slots.take();
            }
            long bytes = Allocations.currentThreadBytes() - before;
            // one object per frame would be 16 000 bytes or more; a one-off (a class's first use) a few dozen
            assertTrue(bytes < 1000, "heap bytes for 1000 frames: " + bytes);
        }
    }

    private static VideoFrame frame(int w, int h, long number) {
        VideoPixelFormat f = VideoPixelFormat.I420;
        FrameBuffer buffer = FrameBuffer.allocate(f.frameBytes(w, h));
        FakeFramePattern.drawI420(buffer.memory(), w, h, number, 1000 + number);
        return buffer.toVideoFrame(VideoFrameLayout.packed(f, w, h), 1000 + number, -1);
    }
}
