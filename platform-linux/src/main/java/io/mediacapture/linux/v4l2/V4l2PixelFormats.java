package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.spi.NativeVideoFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Which V4L2 pixel formats (fourccs) a camera can deliver to core, and as what. V4L2 names packed RGB
 * formats after the 32-bit word, core after the bytes in memory: {@code XR24} (V4L2_PIX_FMT_XBGR32) is
 * B, G, R, X in memory, so it is {@link NativeVideoFormat#BGRX}. Formats not listed here (Bayer, 16-bit,
 * other YUV layouts) are not offered: core cannot convert them.
 */
final class V4l2PixelFormats {
    private V4l2PixelFormats() {}

    private static final Map<Integer, NativeVideoFormat> BY_FOURCC = Map.ofEntries(
            Map.entry(Vidioc.fourcc("YUYV"), NativeVideoFormat.YUY2),
            Map.entry(Vidioc.fourcc("UYVY"), NativeVideoFormat.UYVY),
            Map.entry(Vidioc.fourcc("NV12"), NativeVideoFormat.NV12),
            Map.entry(Vidioc.fourcc("YU12"), NativeVideoFormat.I420),
            Map.entry(Vidioc.fourcc("RGB3"), NativeVideoFormat.RGB24),
            Map.entry(Vidioc.fourcc("BGR3"), NativeVideoFormat.BGR24),
            Map.entry(Vidioc.fourcc("AB24"), NativeVideoFormat.RGBA),
            Map.entry(Vidioc.fourcc("XB24"), NativeVideoFormat.RGBX),
            Map.entry(Vidioc.fourcc("AR24"), NativeVideoFormat.BGRA),
            Map.entry(Vidioc.fourcc("XR24"), NativeVideoFormat.BGRX),
            Map.entry(Vidioc.fourcc("MJPG"), NativeVideoFormat.MJPEG),
            Map.entry(Vidioc.fourcc("JPEG"), NativeVideoFormat.MJPEG));

    /** The format core receives for {@code fourcc}, or empty when core cannot use it. */
    static Optional<NativeVideoFormat> toNative(int fourcc) {
        return Optional.ofNullable(BY_FOURCC.get(fourcc));
    }
}
