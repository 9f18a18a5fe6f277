package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.spi.NativeVideoFormat;
import org.junit.jupiter.api.Test;

class CaptureFormatTest {

    @Test
    void i420PlanesFollowEachOtherWithHalfStrides() {
        var f = CaptureFormat.of(Vidioc.fourcc("YU12"), NativeVideoFormat.I420, 320, 180, 320, 320 * 180 * 3 / 2);
        assertArrayEquals(new long[] {0, 57_600, 57_600 + 160 * 90}, f.offsets());
        assertArrayEquals(new int[] {320, 160, 160}, f.strides());
        assertEquals(86_400, f.minimumBytes());
    }

    @Test
    void paddedLinesKeepTheDriversStride() {
        var f = CaptureFormat.of(Vidioc.fourcc("NV12"), NativeVideoFormat.NV12, 636, 480, 640, 640 * 720);
        assertArrayEquals(new long[] {0, 640 * 480}, f.offsets());
        assertArrayEquals(new int[] {640, 640}, f.strides());
    }

    @Test
    void packedFormatsHaveOnePlaneAndAMissingStrideIsThePackedOne() {
        var f = CaptureFormat.of(Vidioc.fourcc("YUYV"), NativeVideoFormat.YUY2, 640, 480, 0, 640 * 480 * 2);
        assertArrayEquals(new long[] {0}, f.offsets());
        assertArrayEquals(new int[] {1280}, f.strides());
        assertEquals(640 * 480 * 2, f.minimumBytes());
    }
}
