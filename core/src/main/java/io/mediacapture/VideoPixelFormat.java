package io.mediacapture;

/**
 * The pixel format of a {@link VideoFrame} (WebCodecs {@code VideoPixelFormat}, plus the packed formats
 * capture devices deliver: YUY2, UYVY, RGB24, BGR24 -- see docs/CONFORMANCE.md).
 */
public enum VideoPixelFormat {
    /** Planar 4:2:0 YUV: Y plane, then U and V planes at half width and height. */
    I420("I420", 3),
    /** Planar 4:2:2 YUV: Y plane, then U and V planes at half width and full height (what most MJPEG webcams send). */
    I422("I422", 3),
    /** Semi-planar 4:2:0 YUV: Y plane, then one interleaved UV plane. */
    NV12("NV12", 2),
    /** Packed 4:2:2 YUV, byte order Y0 U Y1 V (V4L2 YUYV). */
    YUY2("YUY2", 1),
    /** Packed 4:2:2 YUV, byte order U Y0 V Y1. */
    UYVY("UYVY", 1),
    RGBA("RGBA", 1),
    RGBX("RGBX", 1),
    BGRA("BGRA", 1),
    BGRX("BGRX", 1),
    /** Packed 24-bit R G B. */
    RGB24("RGB24", 1),
    /** Packed 24-bit B G R. */
    BGR24("BGR24", 1);

    private final String idl;
    private final int planes;

    VideoPixelFormat(String idl, int planes) {
        this.idl = idl;
        this.planes = planes;
    }

    public int numberOfPlanes() {
        return planes;
    }

    /** Bytes per pixel of a packed format, or 1 for the luma plane of a planar format. */
    public int bytesPerPixel() {
        return switch (this) {
            case I420, I422, NV12 -> 1;
            case YUY2, UYVY -> 2;
            case RGB24, BGR24 -> 3;
            case RGBA, RGBX, BGRA, BGRX -> 4;
        };
    }

    /** Width in bytes of plane {@code p} for a frame {@code width} pixels wide. */
    public int planeRowBytes(int p, int width) {
        return switch (this) {
            case I420, I422 -> p == 0 ? width : (width + 1) / 2;
            case NV12 -> p == 0 ? width : ((width + 1) / 2) * 2;
            default -> width * bytesPerPixel();
        };
    }

    /** Number of rows of plane {@code p} for a frame {@code height} pixels high. */
    public int planeRows(int p, int height) {
        return (this == I420 || this == NV12) && p > 0 ? (height + 1) / 2 : height;
    }

    /** Byte offset of each plane when the planes are tightly packed one after another (as {@link #frameBytes}). */
    public long[] packedOffsets(int width, int height) {
        long[] offsets = new long[planes];
        long at = 0;
        for (int p = 0; p < planes; p++) {
            offsets[p] = at;
            at += (long) planeRowBytes(p, width) * planeRows(p, height);
        }
        return offsets;
    }

    /** Bytes per row of each plane when rows are tightly packed. */
    public int[] packedStrides(int width) {
        int[] strides = new int[planes];
        for (int p = 0; p < planes; p++) {
            strides[p] = planeRowBytes(p, width);
        }
        return strides;
    }

    /** Tightly packed size in bytes of a whole frame. */
    public long frameBytes(int width, int height) {
        long total = 0;
        for (int p = 0; p < planes; p++) {
            total += (long) planeRowBytes(p, width) * planeRows(p, height);
        }
        return total;
    }

    public boolean isYuv() {
        return switch (this) {
            case I420, I422, NV12, YUY2, UYVY -> true;
            default -> false;
        };
    }

    public static VideoPixelFormat fromString(String s) {
        for (VideoPixelFormat f : values()) {
            if (f.idl.equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a valid value for enumeration VideoPixelFormat");
    }

    @Override
    public String toString() {
        return idl;
    }
}
