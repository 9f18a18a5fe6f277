package io.mediacapture;

import io.mediacapture.internal.convert.PixelConverter;
import io.mediacapture.internal.convert.YuvMatrix;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Bridges from {@link VideoFrame} to Java's own image types: a {@link BufferedImage}, an {@code int[]} of
 * 0xAARRGGBB pixels, or packed RGBA/BGRA bytes. YUV frames are converted with the {@link ColorMatrix} the
 * caller names, or with the one the frame's {@linkplain VideoFrame#colorSpace() colour space} names
 * ({@link ColorMatrix#of}): its matrix and range, and where it does not say, what Chromium assumes for untagged
 * camera frames: BT.601 below 720 rows, BT.709 from 720 rows, limited range.
 *
 * <p>Stateless and thread-safe. Every method reads the frame while it must stay open (it throws
 * {@link IllegalStateException} for a closed frame) and never closes it.
 */
public final class VideoFrameImages {
    private VideoFrameImages() {
    }

    /** How YUV samples map to RGB. */
    public enum ColorMatrix {
        /** ITU-R BT.601, Y 16..235 (SD video). */
        BT601_LIMITED(YuvMatrix.BT601_LIMITED),
        /** ITU-R BT.601, full 0..255 codes (JPEG). */
        BT601_FULL(YuvMatrix.BT601_FULL),
        /** ITU-R BT.709, Y 16..235 (HD video). */
        BT709_LIMITED(YuvMatrix.BT709_LIMITED),
        /** ITU-R BT.709, full 0..255 codes. */
        BT709_FULL(YuvMatrix.BT709_FULL);

        private final YuvMatrix matrix;

        ColorMatrix(YuvMatrix matrix) {
            this.matrix = matrix;
        }

        /** The default for an untagged frame of this height (BT.601 below 720 rows, else BT.709; limited). */
        public static ColorMatrix defaultFor(int height) {
            return height < 720 ? BT601_LIMITED : BT709_LIMITED;
        }

        /**
         * The matrix for {@code frame}: its colour space's matrix ("bt709" is BT.709; "bt470bg" and "smpte170m"
         * are BT.601) and range, each defaulting as in {@link #defaultFor} where the colour space does not say.
         */
        public static ColorMatrix of(VideoFrame frame) {
            return switch (YuvMatrix.forFrame(frame)) {
                case BT601_LIMITED -> BT601_LIMITED;
                case BT601_FULL -> BT601_FULL;
                case BT709_LIMITED -> BT709_LIMITED;
                case BT709_FULL -> BT709_FULL;
            };
        }
    }

    /** Byte order of packed 4-byte pixels. */
    public enum RgbFormat {
        /** R, G, B, A in memory. */
        RGBA(VideoPixelFormat.RGBA),
        /** B, G, R, A in memory (a little-endian 0xAARRGGBB int). */
        BGRA(VideoPixelFormat.BGRA);

        private final VideoPixelFormat pixelFormat;

        RgbFormat(VideoPixelFormat pixelFormat) {
            this.pixelFormat = pixelFormat;
        }
    }

    /** {@link #toBufferedImage(VideoFrame, ColorMatrix)} with the frame's own matrix ({@link ColorMatrix#of}). */
    public static BufferedImage toBufferedImage(VideoFrame frame) {
        return toBufferedImage(frame, ColorMatrix.of(frame));
    }

    /**
     * A new image with the frame's pixels: {@code TYPE_INT_ARGB} when the format has alpha (RGBA, BGRA),
     * else {@code TYPE_INT_RGB}. The image does not share memory with the frame.
     */
    public static BufferedImage toBufferedImage(VideoFrame frame, ColorMatrix matrix) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(matrix, "matrix");
        int w = frame.codedWidth();
        int h = frame.codedHeight();
        boolean alpha = frame.format() == VideoPixelFormat.RGBA || frame.format() == VideoPixelFormat.BGRA;
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        PixelConverter.toArgbInts(frame, data, 0, w, matrix.matrix);
        return image;
    }

    /** {@link #copyToArgb(VideoFrame, int[], ColorMatrix)} with the frame's own matrix ({@link ColorMatrix#of}). */
    public static void copyToArgb(VideoFrame frame, int[] destination) {
        copyToArgb(frame, destination, ColorMatrix.of(frame));
    }

    /**
     * Writes the frame as 0xAARRGGBB ints, rows tightly packed (alpha 255 unless the format has alpha).
     *
     * @throws IllegalArgumentException when {@code destination} holds fewer than width x height ints
     */
    public static void copyToArgb(VideoFrame frame, int[] destination, ColorMatrix matrix) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(matrix, "matrix");
        PixelConverter.toArgbInts(frame, destination, 0, frame.codedWidth(), matrix.matrix);
    }

    /** Bytes {@link #copyTo(VideoFrame, MemorySegment, RgbFormat)} writes: width x height x 4. */
    public static long rgbSize(VideoFrame frame) {
        return 4L * frame.codedWidth() * frame.codedHeight();
    }

    /** {@link #copyTo(VideoFrame, MemorySegment, RgbFormat, ColorMatrix)} with the frame's own matrix. */
    public static long copyTo(VideoFrame frame, MemorySegment destination, RgbFormat format) {
        return copyTo(frame, destination, format, ColorMatrix.of(frame));
    }

    /**
     * Writes the frame as packed 4-byte pixels in {@code format}, rows tightly packed.
     *
     * @return the bytes written ({@link #rgbSize})
     * @throws IllegalArgumentException when {@code destination} is smaller than {@link #rgbSize}, or is
     *                                  read-only
     */
    public static long copyTo(VideoFrame frame, MemorySegment destination, RgbFormat format, ColorMatrix matrix) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(matrix, "matrix");
        if (destination.isReadOnly()) {
            throw new IllegalArgumentException("destination segment is read-only");
        }
        long need = rgbSize(frame);
        if (destination.byteSize() < need) {
            throw new IllegalArgumentException("destination holds " + destination.byteSize() + " bytes, a "
                    + frame.codedWidth() + "x" + frame.codedHeight() + " " + format + " image needs " + need);
        }
        if (frame.format() == format.pixelFormat) {
            return frame.copyTo(destination);
        }
        return PixelConverter.toRgb32(frame, destination, format.pixelFormat, matrix.matrix);
    }

    /** {@link #copyTo(VideoFrame, MemorySegment, RgbFormat)} into a byte array. */
    public static long copyTo(VideoFrame frame, byte[] destination, RgbFormat format) {
        return copyTo(frame, MemorySegment.ofArray(Objects.requireNonNull(destination, "destination")), format);
    }

    /** {@link #copyTo(VideoFrame, MemorySegment, RgbFormat, ColorMatrix)} into a byte array. */
    public static long copyTo(VideoFrame frame, byte[] destination, RgbFormat format, ColorMatrix matrix) {
        return copyTo(frame, MemorySegment.ofArray(Objects.requireNonNull(destination, "destination")), format, matrix);
    }
}
