package io.mediacapture.spi;

import io.mediacapture.VideoPixelFormat;
import java.util.Optional;

/**
 * A pixel format a camera can deliver natively. Raw formats map one to one onto a {@link VideoPixelFormat};
 * compressed ones (MJPEG) are decoded by core before frames reach the application.
 */
public enum NativeVideoFormat {
    I420(VideoPixelFormat.I420),
    NV12(VideoPixelFormat.NV12),
    YUY2(VideoPixelFormat.YUY2),
    UYVY(VideoPixelFormat.UYVY),
    RGBA(VideoPixelFormat.RGBA),
    RGBX(VideoPixelFormat.RGBX),
    BGRA(VideoPixelFormat.BGRA),
    BGRX(VideoPixelFormat.BGRX),
    RGB24(VideoPixelFormat.RGB24),
    BGR24(VideoPixelFormat.BGR24),
    /** Motion JPEG: each frame a JPEG image. */
    MJPEG(null);

    private final VideoPixelFormat raw;

    NativeVideoFormat(VideoPixelFormat raw) {
        this.raw = raw;
    }

    /** The frame format this delivers as, or empty for a compressed format. */
    public Optional<VideoPixelFormat> pixelFormat() {
        return Optional.ofNullable(raw);
    }

    public boolean isCompressed() {
        return raw == null;
    }

    public static NativeVideoFormat of(VideoPixelFormat f) {
        return valueOf(f.name());
    }
}
