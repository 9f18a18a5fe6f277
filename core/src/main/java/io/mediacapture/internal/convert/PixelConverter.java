package io.mediacapture.internal.convert;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Converts frames between any two {@link VideoPixelFormat}s, and to 0xAARRGGBB ints for
 * {@code BufferedImage}. Work is row by row in 16.16 fixed point over scratch arrays: YUV to YUV keeps the
 * samples (chroma re-sited only when the subsampling changes), YUV to RGB and back go through the
 * {@link YuvMatrix}, RGB to RGB is a byte shuffle. Chroma is upsampled by repetition (as libyuv does) and
 * downsampled by averaging.
 *
 * <p>Stateless and thread-safe; each call reads {@code src} while it must stay open and returns a new frame
 * in pooled memory that the caller owns and must close.
 */
public final class PixelConverter {
    private PixelConverter() {
    }

    /** {@link #convert(VideoFrame, VideoPixelFormat, YuvMatrix)} with the frame's own matrix ({@link YuvMatrix#forFrame}). */
    public static VideoFrame convert(VideoFrame src, VideoPixelFormat target) {
        return convert(src, target, YuvMatrix.forFrame(src));
    }

    /**
     * A new frame with the pixels of {@code src} in format {@code target}, same size, timestamp and duration.
     * The result never shares memory with {@code src} (same format: a packed copy). YUV to YUV keeps the samples
     * and so the {@linkplain VideoFrame#colorSpace() colour space}; RGB results have none; YUV made from RGB with
     * another matrix than the default for its height says which.
     *
     * @param matrix how YUV relates to RGB, used only when exactly one side is YUV
     * @throws IllegalStateException when {@code src} is closed
     */
    public static VideoFrame convert(VideoFrame src, VideoPixelFormat target, YuvMatrix matrix) {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(matrix, "matrix");
        int w = src.codedWidth();
        int h = src.codedHeight();
        try (FrameWriter out = FrameWriter.packed(target, w, h)) {
            YuvToRgb32.Order order = src.format().isYuv() ? rgb32Order(target) : null;
            if (src.format() == target) {
                copy(src, out);
            } else if (order != null) {
                YuvToRgb32.get().toMemory(src, matrix, order, out.memory(), out.offset(0), out.stride(0));
            } else if (target.isYuv()) {
                toYuv(src, new YuvWriter(out, target, w), matrix);
            } else {
                toRgb(src, target, out, matrix);
            }
            VideoColorSpace space = !target.isYuv() ? VideoColorSpace.UNSPECIFIED
                    : src.format().isYuv() ? src.colorSpace()
                    : matrix == YuvMatrix.defaultFor(h) ? VideoColorSpace.UNSPECIFIED : matrix.colorSpace();
            return out.finish(src.timestamp(), src.duration().orElse(-1), space);
        }
    }

    /** {@link #toArgbInts(VideoFrame, int[], int, int, YuvMatrix)} into a packed array with the frame's own matrix. */
    public static void toArgbInts(VideoFrame src, int[] argbOut) {
        toArgbInts(src, argbOut, 0, src.codedWidth(), YuvMatrix.forFrame(src));
    }

    /** {@link #toArgbInts(VideoFrame, int[], int, int, YuvMatrix)} into a packed array. */
    public static void toArgbInts(VideoFrame src, int[] argbOut, YuvMatrix matrix) {
        toArgbInts(src, argbOut, 0, src.codedWidth(), matrix);
    }

    /**
     * Writes every pixel of {@code src} as 0xAARRGGBB (alpha 255 unless the source has alpha) into
     * {@code argbOut}, row {@code y} starting at {@code offset + y * scanline}: the layout of a
     * {@code BufferedImage} of TYPE_INT_ARGB or TYPE_INT_RGB ({@code ((DataBufferInt) raster.getDataBuffer()).getData()}).
     *
     * @throws IllegalArgumentException when the array is too small or the scanline shorter than the width
     * @throws IllegalStateException    when {@code src} is closed
     */
    public static void toArgbInts(VideoFrame src, int[] argbOut, int offset, int scanline, YuvMatrix matrix) {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(argbOut, "argbOut");
        Objects.requireNonNull(matrix, "matrix");
        int w = src.codedWidth();
        int h = src.codedHeight();
        if (scanline < w || offset < 0 || offset + (long) (h - 1) * scanline + w > argbOut.length) {
            throw new IllegalArgumentException("an int array of " + argbOut.length + " with offset " + offset
                    + " and scanline " + scanline + " cannot hold a " + w + "x" + h + " frame");
        }
        VideoPixelFormat f = src.format();
        if (f.isYuv()) {
            YuvToRgb32.get().toInts(src, matrix, YuvToRgb32.Order.ARGB, argbOut, offset, scanline);
        } else {
            MemorySegment plane = src.plane(0);
            int stride = src.stride(0);
            RgbRows rgb = new RgbRows(w);
            for (int y = 0; y < h; y++) {
                rgb.read(f, plane, (long) y * stride, w, argbOut, offset + y * scanline);
            }
        }
    }

    /**
     * Writes the pixels of {@code src} as packed 4-byte {@code target} pixels (RGBA, BGRA, RGBX or BGRX; X is
     * written as 255) into {@code dst}, rows tightly packed, without an intermediate frame.
     *
     * @return the bytes written, {@code 4 * width * height}
     * @throws IllegalArgumentException when {@code target} is not one of those formats, or {@code dst} is
     *                                  read-only or too small
     * @throws IllegalStateException    when {@code src} is closed
     */
    public static long toRgb32(VideoFrame src, MemorySegment dst, VideoPixelFormat target, YuvMatrix matrix) {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(matrix, "matrix");
        YuvToRgb32.Order order = rgb32Order(target);
        if (order == null) {
            throw new IllegalArgumentException(target + " is not a 4-byte RGB format");
        }
        int w = src.codedWidth();
        int h = src.codedHeight();
        long need = 4L * w * h;
        if (dst.isReadOnly() || dst.byteSize() < need) {
            throw new IllegalArgumentException("a " + (dst.isReadOnly() ? "read-only " : "") + "segment of "
                    + dst.byteSize() + " bytes cannot take a " + w + "x" + h + " " + target + " image of " + need);
        }
        if (src.format().isYuv()) {
            YuvToRgb32.get().toMemory(src, matrix, order, dst, 0, 4L * w);
        } else {
            try (VideoFrame converted = convert(src, target, matrix)) {
                converted.copyTo(dst);
            }
        }
        return need;
    }

    /** The int order whose little-endian bytes are {@code target}, or null when it is not 4-byte RGB. */
    private static YuvToRgb32.Order rgb32Order(VideoPixelFormat target) {
        return switch (target) {
            case BGRA, BGRX -> YuvToRgb32.Order.ARGB;
            case RGBA, RGBX -> YuvToRgb32.Order.ABGR;
            default -> null;
        };
    }

    private static void copy(VideoFrame src, FrameWriter out) {
        VideoPixelFormat f = src.format();
        MemorySegment dst = out.memory();
        for (int p = 0; p < f.numberOfPlanes(); p++) {
            MemorySegment plane = src.plane(p);
            int rowBytes = f.planeRowBytes(p, src.codedWidth());
            int rows = f.planeRows(p, src.codedHeight());
            for (int r = 0; r < rows; r++) {
                MemorySegment.copy(plane, (long) r * src.stride(p), dst, out.offset(p) + (long) r * out.stride(p), rowBytes);
            }
        }
    }

    private static void toYuv(VideoFrame src, YuvWriter writer, YuvMatrix matrix) {
        int w = src.codedWidth();
        int h = src.codedHeight();
        YuvReader reader = new YuvReader(src, matrix);
        Rows rows = new Rows(w);
        if (writer.isSubsampledVertically()) {
            for (int y = 0; y < h; y += 2) {
                reader.read(y, rows.y0, rows.u0, rows.v0);
                writer.writeLuma(y, rows.y0);
                if (y + 1 < h) {
                    reader.read(y + 1, rows.y1, rows.u1, rows.v1);
                    writer.writeLuma(y + 1, rows.y1);
                    average(rows.u0, rows.u1, rows.u0.length);
                    average(rows.v0, rows.v1, rows.v0.length);
                }
                writer.writeChroma(y >> 1, rows.u0, rows.v0);
            }
        } else {
            for (int y = 0; y < h; y++) {
                reader.read(y, rows.y0, rows.u0, rows.v0);
                writer.writePacked(y, rows.y0, rows.u0, rows.v0);
            }
        }
    }

    /** a = round((a + b) / 2); exact when both rows came from the same 4:2:0 chroma row. */
    private static void average(byte[] a, byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = (byte) (((a[i] & 0xFF) + (b[i] & 0xFF) + 1) >> 1);
        }
    }

    private static void toRgb(VideoFrame src, VideoPixelFormat target, FrameWriter out, YuvMatrix matrix) {
        int w = src.codedWidth();
        int h = src.codedHeight();
        int[] argb = new int[w];
        RgbRows rgb = new RgbRows(w);
        MemorySegment dst = out.memory();
        int outStride = out.stride(0);
        if (src.format().isYuv()) {
            YuvReader reader = new YuvReader(src, matrix);
            Rows rows = new Rows(w);
            for (int y = 0; y < h; y++) {
                reader.read(y, rows.y0, rows.u0, rows.v0);
                YuvRgb.toArgb(rows.y0, rows.u0, rows.v0, w, matrix, argb, 0);
                rgb.write(target, argb, 0, w, dst, out.offset(0) + (long) y * outStride);
            }
        } else {
            MemorySegment plane = src.plane(0);
            int stride = src.stride(0);
            for (int y = 0; y < h; y++) {
                rgb.read(src.format(), plane, (long) y * stride, w, argb, 0);
                rgb.write(target, argb, 0, w, dst, out.offset(0) + (long) y * outStride);
            }
        }
    }

    /** Scratch rows for two lines of luma and chroma. */
    private static final class Rows {
        final byte[] y0;
        final byte[] y1;
        final byte[] u0;
        final byte[] u1;
        final byte[] v0;
        final byte[] v1;

        Rows(int width) {
            int cw = (width + 1) / 2;
            y0 = new byte[width];
            y1 = new byte[width];
            u0 = new byte[cw];
            u1 = new byte[cw];
            v0 = new byte[cw];
            v1 = new byte[cw];
        }
    }
}
