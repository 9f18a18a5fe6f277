package io.mediacapture;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where the planes of a {@link VideoFrame} lie in its buffer: pixel format, coded size, and each plane's offset and
 * stride. Immutable and checked once when made, so that a source which delivers thousands of frames of one layout
 * builds each frame without copying or re-checking it ({@code io.mediacapture.spi.FrameBuffer.toVideoFrame}).
 */
public final class VideoFrameLayout {
    final VideoPixelFormat format;
    final int codedWidth;
    final int codedHeight;
    final long[] offsets; // never handed out: VideoFrame shares them
    final int[] strides;
    final long byteSize;
    final VideoColorSpace colorSpace;

    private VideoFrameLayout(VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets, int[] strides) {
        this(format, codedWidth, codedHeight, offsets, strides, VideoColorSpace.UNSPECIFIED);
    }

    private VideoFrameLayout(VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets, int[] strides,
                             VideoColorSpace colorSpace) {
        this.colorSpace = Objects.requireNonNull(colorSpace, "colorSpace");
        this.format = Objects.requireNonNull(format, "format");
        this.codedWidth = codedWidth;
        this.codedHeight = codedHeight;
        this.offsets = offsets.clone();
        this.strides = strides.clone();
        this.byteSize = end(format, codedWidth, codedHeight, this.offsets, this.strides);
    }

    /**
     * @param offsets byte offset of each plane in the buffer
     * @param strides bytes per row of each plane
     * @throws IllegalArgumentException naming what is wrong: a size that is not positive, a plane count that does not
     *                                  match the format, a stride shorter than a row, a negative offset
     */
    public static VideoFrameLayout of(VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets,
                                      int[] strides) {
        return new VideoFrameLayout(format, codedWidth, codedHeight, Objects.requireNonNull(offsets, "offsets"),
                Objects.requireNonNull(strides, "strides"));
    }

    /** Planes one after the other, rows without padding. */
    public static VideoFrameLayout packed(VideoPixelFormat format, int width, int height) {
        return of(format, width, height, format.packedOffsets(width, height), format.packedStrides(width));
    }

    /**
     * This layout for frames whose samples mean {@code colorSpace} (the layouts of {@link #of} and {@link #packed}
     * say {@link VideoColorSpace#UNSPECIFIED}).
     */
    public VideoFrameLayout withColorSpace(VideoColorSpace colorSpace) {
        return new VideoFrameLayout(format, codedWidth, codedHeight, offsets, strides, colorSpace);
    }

    /** What the frames' samples mean (see {@link VideoFrame#colorSpace()}). */
    public VideoColorSpace colorSpace() {
        return colorSpace;
    }

    public VideoPixelFormat format() {
        return format;
    }

    public int codedWidth() {
        return codedWidth;
    }

    public int codedHeight() {
        return codedHeight;
    }

    public long offset(int plane) {
        return offsets[plane];
    }

    public int stride(int plane) {
        return strides[plane];
    }

    /** The bytes a buffer needs for this layout: the end of the plane that ends last. */
    public long byteSize() {
        return byteSize;
    }

    /** Whether this is the layout given by the arguments (without building one to compare). */
    boolean is(VideoPixelFormat f, int w, int h, long[] planeOffsets, int[] planeStrides) {
        return f == format && w == codedWidth && h == codedHeight && Arrays.equals(planeOffsets, offsets)
                && Arrays.equals(planeStrides, strides);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VideoFrameLayout l && l.is(format, codedWidth, codedHeight, offsets, strides)
                && l.colorSpace.equals(colorSpace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, codedWidth, codedHeight, Arrays.hashCode(offsets), Arrays.hashCode(strides));
    }

    @Override
    public String toString() {
        return format + " " + codedWidth + "x" + codedHeight + " offsets " + Arrays.toString(offsets) + " strides "
                + Arrays.toString(strides) + (colorSpace == VideoColorSpace.UNSPECIFIED ? "" : " " + colorSpace);
    }

    private static long end(VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets, int[] strides) {
        if (codedWidth <= 0 || codedHeight <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + codedWidth + "x" + codedHeight);
        }
        int planes = format.numberOfPlanes();
        if (offsets.length != planes || strides.length != planes) {
            throw new IllegalArgumentException(format + " has " + planes + " planes, got " + offsets.length
                    + " offsets and " + strides.length + " strides");
        }
        long required = 0;
        for (int p = 0; p < planes; p++) {
            int rowBytes = format.planeRowBytes(p, codedWidth);
            if (strides[p] < rowBytes) {
                throw new IllegalArgumentException("plane " + p + " stride " + strides[p] + " < row size " + rowBytes);
            }
            if (offsets[p] < 0) {
                throw new IllegalArgumentException("plane " + p + " offset " + offsets[p] + " is negative");
            }
            required = Math.max(required, offsets[p] + (long) strides[p] * (format.planeRows(p, codedHeight) - 1)
                    + rowBytes);
        }
        return required;
    }
}
