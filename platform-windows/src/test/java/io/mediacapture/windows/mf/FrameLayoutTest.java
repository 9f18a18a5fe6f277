package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** Plane offsets for a pitch, and bottom-up (negative pitch) images turned top-down. */
class FrameLayoutTest {
    @Test
    void planarLayoutsFollowThePitch() {
        PlaneLayout nv12 = PlaneLayout.of(VideoPixelFormat.NV12, 640, 480, 704);
        assertArrayEquals(new long[]{0, 704L * 480}, nv12.offsets());
        assertArrayEquals(new int[]{704, 704}, nv12.strides());
        assertEquals(704L * 480 * 3 / 2, nv12.size());
        PlaneLayout i420 = PlaneLayout.of(VideoPixelFormat.I420, 640, 480, 640);
        assertArrayEquals(new long[]{0, 640L * 480, 640L * 480 + 320 * 240}, i420.offsets());
        assertArrayEquals(new int[]{640, 320, 320}, i420.strides());
        PlaneLayout yuy2 = PlaneLayout.of(VideoPixelFormat.YUY2, 640, 480, 1280);
        assertEquals(1280L * 480, yuy2.size());
        assertThrows(IllegalArgumentException.class, () -> PlaneLayout.of(VideoPixelFormat.BGRX, 640, 480, 2000));
    }

    @Test
    void aBottomUpImageIsCopiedTopRowFirst() {
        int w = 3;
        int h = 4;
        int rowBytes = w * 4;
        int pitch = 16;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment mem = a.allocate((long) pitch * h);
            // in memory the last display row comes first: memory row k holds display row h-1-k
            for (int k = 0; k < h; k++) {
                for (int x = 0; x < rowBytes; x++) {
                    mem.set(ValueLayout.JAVA_BYTE, (long) k * pitch + x, (byte) ((h - 1 - k) * 16 + x));
                }
            }
            MemorySegment scanline0 = mem.asSlice((long) (h - 1) * pitch); // the top display row
            FrameCopy.BottomUp src = FrameCopy.bottomUp(scanline0, -pitch, h, rowBytes);
            assertEquals(mem.address(), src.memory().address());
            MemorySegment dst = a.allocate((long) rowBytes * h);
            FrameCopy.copyRows(src.memory(), src.firstRow(), -pitch, h, rowBytes, dst, 0, rowBytes);
            for (int r = 0; r < h; r++) {
                for (int x = 0; x < rowBytes; x++) {
                    assertEquals((byte) (r * 16 + x), dst.get(ValueLayout.JAVA_BYTE, (long) r * rowBytes + x), "row " + r);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> FrameCopy.bottomUp(MemorySegment.NULL, 16, 2, 4));
    }
}
