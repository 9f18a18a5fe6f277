package io.mediacapture.macos.media;

import io.mediacapture.spi.NativeVideoFormat;
import java.util.Map;
import java.util.Optional;

/**
 * CoreVideo pixel format types and CoreMedia codec types, as AVCaptureDeviceFormat reports them
 * ({@code CMFormatDescriptionGetMediaSubType}), mapped onto the frame formats core understands.
 * Full-range and video-range NV12 are both NV12 here: core's converters do not model range, a known loss.
 */
public final class PixelFormats {
    private PixelFormats() {}

    /** kCVPixelFormatType_420YpCbCr8BiPlanarVideoRange. */
    public static final int NV12_VIDEO_RANGE = FourCc.of("420v");
    /** kCVPixelFormatType_420YpCbCr8BiPlanarFullRange. */
    public static final int NV12_FULL_RANGE = FourCc.of("420f");
    /** kCVPixelFormatType_32BGRA. */
    public static final int BGRA = FourCc.of("BGRA");
    /** kCVPixelFormatType_422YpCbCr8 (Cb Y0 Cr Y1). */
    public static final int UYVY = FourCc.of("2vuy");
    /** kCVPixelFormatType_422YpCbCr8_yuvs (Y0 Cb Y1 Cr). */
    public static final int YUY2 = FourCc.of("yuvs");
    /** kCVPixelFormatType_420YpCbCr8Planar. */
    public static final int I420 = FourCc.of("y420");
    /** kCMVideoCodecType_JPEG_OpenDML: what UVC MJPEG cameras report. */
    public static final int MJPEG_OPEN_DML = FourCc.of("dmb1");

    private static final Map<Integer, NativeVideoFormat> FORMATS = Map.of(
            NV12_VIDEO_RANGE, NativeVideoFormat.NV12,
            NV12_FULL_RANGE, NativeVideoFormat.NV12,
            BGRA, NativeVideoFormat.BGRA,
            UYVY, NativeVideoFormat.UYVY,
            YUY2, NativeVideoFormat.YUY2,
            I420, NativeVideoFormat.I420,
            MJPEG_OPEN_DML, NativeVideoFormat.MJPEG);

    /** The core format for a CoreVideo/CoreMedia subtype, or empty for formats this library cannot use. */
    public static Optional<NativeVideoFormat> of(int subtype) {
        return Optional.ofNullable(FORMATS.get(subtype));
    }
}
