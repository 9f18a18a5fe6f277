package io.mediacapture.windows.mf;

import io.mediacapture.VideoPixelFormat;

/**
 * Where the planes of an uncompressed frame lie in a Media Foundation buffer with a given pitch (the
 * stride of the first plane, from {@code IMF2DBuffer::Lock2D} or MF_MT_DEFAULT_STRIDE). MF lays planar
 * formats out contiguously: NV12's interleaved chroma plane follows the luma rows with the same pitch;
 * I420's U and V planes follow with half the pitch each.
 *
 * @param offsets byte offset of each plane from the first row
 * @param strides bytes per row of each plane
 * @param size    bytes from the first row's start to the end of the last plane
 */
record PlaneLayout(long[] offsets, int[] strides, long size) {

    /**
     * @param pitch the positive pitch of plane 0
     * @throws IllegalArgumentException when {@code pitch} is smaller than a row
     */
    static PlaneLayout of(VideoPixelFormat format, int width, int height, int pitch) {
        if (pitch < format.planeRowBytes(0, width)) {
            throw new IllegalArgumentException(format + " " + width + "x" + height + ": pitch " + pitch
                    + " is smaller than a row of " + format.planeRowBytes(0, width) + " bytes");
        }
        long luma = (long) pitch * height;
        return switch (format) {
            case NV12 -> new PlaneLayout(new long[]{0, luma}, new int[]{pitch, pitch},
                    luma + (long) pitch * format.planeRows(1, height));
            case I420 -> {
                int half = pitch / 2;
                long chroma = (long) half * format.planeRows(1, height);
                yield new PlaneLayout(new long[]{0, luma, luma + chroma}, new int[]{pitch, half, half}, luma + 2 * chroma);
            }
            default -> {
                if (format.numberOfPlanes() != 1) {
                    throw new IllegalArgumentException("no Media Foundation layout for " + format);
                }
                yield new PlaneLayout(new long[]{0}, new int[]{pitch}, luma);
            }
        };
    }

    /** The tightly packed pitch of plane 0. */
    static int tightPitch(VideoPixelFormat format, int width) {
        return format.planeRowBytes(0, width);
    }
}
