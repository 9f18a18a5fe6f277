package io.mediacapture.windows.mf;

import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.windows.com.Guid;
import java.util.Map;
import java.util.Optional;

/**
 * Media Foundation video media types to and from this library's modes: subtype GUIDs to pixel formats,
 * and the packed UINT64 attributes (frame size: width in the high 32 bits, height in the low; frame rate:
 * numerator high, denominator low).
 */
final class MediaTypes {
    private MediaTypes() {
    }

    /** MF RGB32 is B,G,R,X in memory (a little-endian 0x00RRGGBB), RGB24 is B,G,R, ARGB32 is B,G,R,A. */
    private static final Map<Guid, NativeVideoFormat> FORMATS = Map.of(
            MfGuids.NV12, NativeVideoFormat.NV12,
            MfGuids.YUY2, NativeVideoFormat.YUY2,
            MfGuids.UYVY, NativeVideoFormat.UYVY,
            MfGuids.I420, NativeVideoFormat.I420,
            MfGuids.IYUV, NativeVideoFormat.I420,
            MfGuids.MJPG, NativeVideoFormat.MJPEG,
            MfGuids.RGB32, NativeVideoFormat.BGRX,
            MfGuids.ARGB32, NativeVideoFormat.BGRA,
            MfGuids.RGB24, NativeVideoFormat.BGR24);

    /** The format a subtype delivers as, or empty for subtypes this library cannot convert (H.264, ...). */
    static Optional<NativeVideoFormat> format(Guid subtype) {
        return Optional.ofNullable(FORMATS.get(subtype));
    }

    static long pack(int high, int low) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    static int high(long packed) {
        return (int) (packed >>> 32);
    }

    static int low(long packed) {
        return (int) packed;
    }

    /** A frame rate as MF's packed ratio, or NaN for a zero denominator (an unset or corrupt attribute). */
    static double rate(long packed) {
        long num = Integer.toUnsignedLong(high(packed));
        long den = Integer.toUnsignedLong(low(packed));
        return den == 0 ? Double.NaN : (double) num / den;
    }

    /**
     * The mode of one native media type, or empty when it is not one this library can use. The mode has the
     * type's own rate (MF_MT_FRAME_RATE) and no range: a camera delivers its native rates, and a rate between
     * two of them, forced into MF_MT_FRAME_RATE, is refused or ignored by many drivers. Lower rates are
     * core's to make by dropping frames. MF_MT_FRAME_RATE_RANGE_MIN/MAX are not offered for the same reason.
     *
     * @param frameSize packed width/height
     * @param rate      MF_MT_FRAME_RATE, packed
     */
    static Optional<VideoMode> mode(Guid subtype, long frameSize, long rate) {
        Optional<NativeVideoFormat> f = format(subtype);
        int w = high(frameSize);
        int h = low(frameSize);
        double nominal = rate(rate);
        if (f.isEmpty() || w <= 0 || h <= 0 || !(nominal > 0)) {
            return Optional.empty();
        }
        return Optional.of(VideoMode.of(w, h, f.get(), nominal));
    }
}
