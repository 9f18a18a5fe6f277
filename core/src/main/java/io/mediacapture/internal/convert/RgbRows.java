package io.mediacapture.internal.convert;

import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Reads and writes rows of the packed RGB formats as 0xAARRGGBB ints. The 4-byte formats are one bulk
 * copy plus at most a rotate per pixel: BGRA in memory is ARGB as a little-endian int, RGBA is ARGB
 * rotated by 8 bits as a big-endian int. X formats read as opaque.
 */
final class RgbRows {
    private static final ValueLayout.OfInt LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt BE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private final int[] ints;
    private final byte[] bytes;

    /** Scratch space for rows up to {@code width} pixels. */
    RgbRows(int width) {
        ints = new int[width];
        bytes = new byte[width * 3];
    }

    void read(VideoPixelFormat format, MemorySegment plane, long at, int w, int[] out, int outOff) {
        switch (format) {
            case BGRA -> MemorySegment.copy(plane, LE, at, out, outOff, w);
            case BGRX -> {
                MemorySegment.copy(plane, LE, at, out, outOff, w);
                for (int i = outOff, end = outOff + w; i < end; i++) {
                    out[i] |= 0xFF000000;
                }
            }
            case RGBA -> {
                MemorySegment.copy(plane, BE, at, out, outOff, w);
                for (int i = outOff, end = outOff + w; i < end; i++) {
                    out[i] = Integer.rotateRight(out[i], 8);
                }
            }
            case RGBX -> {
                MemorySegment.copy(plane, BE, at, out, outOff, w);
                for (int i = outOff, end = outOff + w; i < end; i++) {
                    out[i] = (out[i] >>> 8) | 0xFF000000;
                }
            }
            case RGB24, BGR24 -> {
                MemorySegment.copy(plane, ValueLayout.JAVA_BYTE, at, bytes, 0, w * 3);
                int first = format == VideoPixelFormat.RGB24 ? 16 : 0;
                int last = 16 - first;
                byte[] b = bytes;
                for (int x = 0, i = 0; x < w; x++, i += 3) {
                    out[outOff + x] = 0xFF000000 | (b[i] & 0xFF) << first | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << last;
                }
            }
            default -> throw new IllegalArgumentException(format + " is not a packed RGB format");
        }
    }

    void write(VideoPixelFormat format, int[] in, int inOff, int w, MemorySegment plane, long at) {
        switch (format) {
            case BGRA, BGRX -> MemorySegment.copy(in, inOff, plane, LE, at, w);
            case RGBA, RGBX -> {
                int[] t = ints;
                for (int x = 0; x < w; x++) {
                    t[x] = Integer.rotateLeft(in[inOff + x], 8);
                }
                MemorySegment.copy(t, 0, plane, BE, at, w);
            }
            case RGB24, BGR24 -> {
                int first = format == VideoPixelFormat.RGB24 ? 16 : 0;
                int last = 16 - first;
                byte[] b = bytes;
                for (int x = 0, i = 0; x < w; x++, i += 3) {
                    int p = in[inOff + x];
                    b[i] = (byte) (p >> first);
                    b[i + 1] = (byte) (p >> 8);
                    b[i + 2] = (byte) (p >> last);
                }
                MemorySegment.copy(b, 0, plane, ValueLayout.JAVA_BYTE, at, w * 3);
            }
            default -> throw new IllegalArgumentException(format + " is not a packed RGB format");
        }
    }
}
