package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VideoPixelFormatTest {

    @Test
    void packedLayoutPutsPlanesBackToBack() {
        // 5x3 I420: Y 5x3, U and V 3x2 (odd sizes round up).
        assertArrayEquals(new long[] {0, 15, 21}, VideoPixelFormat.I420.packedOffsets(5, 3));
        assertArrayEquals(new int[] {5, 3, 3}, VideoPixelFormat.I420.packedStrides(5));
        assertEquals(27, VideoPixelFormat.I420.frameBytes(5, 3));
        // 5x3 I422 (WebCodecs): U and V at half width (rounded up) and full height, 3x3 each.
        assertArrayEquals(new long[] {0, 15, 24}, VideoPixelFormat.I422.packedOffsets(5, 3));
        assertArrayEquals(new int[] {5, 3, 3}, VideoPixelFormat.I422.packedStrides(5));
        assertEquals(33, VideoPixelFormat.I422.frameBytes(5, 3));
        assertEquals(3, VideoPixelFormat.I422.numberOfPlanes());
        assertEquals(VideoPixelFormat.I422, VideoPixelFormat.fromString("I422"));
        assertEquals(true, VideoPixelFormat.I422.isYuv());
        // NV12: Y then one interleaved UV plane of 2 x ceil(w/2) bytes per row.
        assertArrayEquals(new long[] {0, 15}, VideoPixelFormat.NV12.packedOffsets(5, 3));
        assertArrayEquals(new int[] {5, 6}, VideoPixelFormat.NV12.packedStrides(5));
        assertArrayEquals(new long[] {0}, VideoPixelFormat.YUY2.packedOffsets(4, 2));
        assertArrayEquals(new int[] {8}, VideoPixelFormat.YUY2.packedStrides(4));
        assertArrayEquals(new int[] {12}, VideoPixelFormat.RGB24.packedStrides(4));
    }
}
