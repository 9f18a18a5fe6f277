package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.spi.NativeVideoFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class V4l2PixelFormatsTest {

    @Test
    void mapsTheFourccsOfTheKernelHeaderOntoMemoryOrderFormats() {
        assertEquals(Optional.of(NativeVideoFormat.YUY2), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_YUYV()));
        assertEquals(Optional.of(NativeVideoFormat.UYVY), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_UYVY()));
        assertEquals(Optional.of(NativeVideoFormat.NV12), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_NV12()));
        assertEquals(Optional.of(NativeVideoFormat.I420), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_YUV420()));
        assertEquals(Optional.of(NativeVideoFormat.RGB24), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_RGB24()));
        assertEquals(Optional.of(NativeVideoFormat.BGR24), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_BGR24()));
        // 32-bit RGB: V4L2 names the little-endian word, core the bytes in memory.
        assertEquals(Optional.of(NativeVideoFormat.BGRX), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_XBGR32()));
        assertEquals(Optional.of(NativeVideoFormat.BGRA), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_ABGR32()));
        assertEquals(Optional.of(NativeVideoFormat.RGBX), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_RGBX32()));
        assertEquals(Optional.of(NativeVideoFormat.MJPEG), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_MJPEG()));
        assertEquals(Optional.of(NativeVideoFormat.MJPEG), V4l2PixelFormats.toNative(videodev2_h.V4L2_PIX_FMT_JPEG()));
    }

    @Test
    void formatsCoreCannotConvertAreNotOffered() {
        for (int fourcc : new int[] {videodev2_h.V4L2_PIX_FMT_XRGB32(), videodev2_h.V4L2_PIX_FMT_YVYU(),
                videodev2_h.V4L2_PIX_FMT_NV21(), videodev2_h.V4L2_PIX_FMT_GREY(), videodev2_h.V4L2_PIX_FMT_SBGGR8(),
                videodev2_h.V4L2_PIX_FMT_H264(), videodev2_h.V4L2_PIX_FMT_RGB32(), Vidioc.fourcc("HSV3")}) {
            assertTrue(V4l2PixelFormats.toNative(fourcc).isEmpty(), Vidioc.fourccToString(fourcc));
        }
    }
}
