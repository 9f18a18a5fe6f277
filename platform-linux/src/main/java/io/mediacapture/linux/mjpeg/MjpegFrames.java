package io.mediacapture.linux.mjpeg;

/** Sizes of Motion-JPEG frames, for the buffers a backend asks a device or a PipeWire node for. */
public final class MjpegFrames {
    private MjpegFrames() {
    }

    /**
     * Room for any JPEG of {@code width}x{@code height} a camera sends: two bytes a pixel (the size of the 4:2:2
     * picture it compresses, what UVC cameras report as their largest frame) plus 64 KiB of headers, at least
     * 256 KiB.
     */
    public static int bufferBytes(int width, int height) {
        long bytes = 2L * Math.max(1, width) * Math.max(1, height) + (64 << 10);
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(256 << 10, bytes));
    }
}
