package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applications only consume frames: they cannot build one (producers do, through {@link FrameBuffer}), and the only
 * memory a frame hands out is its read-only plane views, which every handle on the frame (clones included) shares.
 */
class ConsumerSideFramesTest {

    @Test
    void framesHaveNoPublicConstructorOrFactory() {
        for (Class<?> c : List.of(VideoFrame.class, AudioData.class)) {
            assertEquals(0, c.getConstructors().length, c + " has a public constructor");
            List<String> factories = Arrays.stream(c.getMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c)
                    .map(Method::getName).toList();
            assertEquals(List.of(), factories, c + " has public static factories");
        }
    }

    @Test
    void theOnlyMemoryAFrameHandsOutIsItsReadOnlyPlanes() {
        for (Class<?> c : List.of(VideoFrame.class, AudioData.class)) {
            List<String> memory = Arrays.stream(c.getMethods())
                    .filter(m -> m.getReturnType() == MemorySegment.class).map(Method::getName).toList();
            assertEquals(List.of("plane"), memory, c + ": methods that return memory");
        }
        FrameBuffer b = FrameBuffer.allocate(8);
        b.memory().fill((byte) 3);
        try (AudioData a = b.toAudioData(AudioSampleFormat.S16, 48_000, 2, 2, 0); AudioData clone = a.clone()) {
            for (AudioData d : List.of(a, clone)) {
                MemorySegment plane = d.plane(0);
                assertTrue(plane.isReadOnly());
                assertThrows(RuntimeException.class, () -> plane.set(ValueLayout.JAVA_BYTE, 0, (byte) 9), "read-only");
            }
            assertEquals(3, clone.plane(0).get(ValueLayout.JAVA_BYTE, 0), "the samples a clone shares are intact");
        }
    }

    @Test
    void aFrameTakesOverTheBuffersReferenceAndReleasesItWithItsLastHandle() {
        java.util.concurrent.atomic.AtomicInteger released = new java.util.concurrent.atomic.AtomicInteger();
        FrameBuffer b = FrameBuffer.wrap(java.lang.foreign.Arena.ofAuto().allocate(16), released::incrementAndGet);
        VideoFrame f = b.toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.RGBA, 2, 2), 5, -1);
        assertEquals(1, b.referenceCount());
        VideoFrame c = f.clone();
        assertEquals(2, b.referenceCount());
        f.close();
        c.close();
        assertEquals(1, released.get());
        FrameBuffer small = FrameBuffer.allocate(8);
        assertThrows(IllegalArgumentException.class,
                () -> small.toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.RGBA, 2, 2), 0, -1));
        assertEquals(1, small.referenceCount(), "a frame that could not be built leaves the caller its reference");
        small.release();
    }
}
