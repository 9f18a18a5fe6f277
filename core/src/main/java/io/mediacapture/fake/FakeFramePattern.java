package io.mediacapture.fake;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The fake camera's picture: moving colour bars under a band that encodes the frame number (32 bits) and
 * the capture timestamp (64 bits, microseconds) as black and white blocks, so tests and the latency
 * benchmark can read both back from any frame with {@link #decode(VideoFrame)}.
 *
 * <p>The band is the top {@code height/40} rows (at least 4), split into 96 equal slots across the width:
 * slots 0..31 hold the frame number, 32..95 the timestamp, most significant bit first. A 1 is luma 235,
 * a 0 luma 16. Because slots are relative to the frame size, the code survives crop-free scaling.
 */
public final class FakeFramePattern {
    static final int SLOTS = 96;
    private static final byte WHITE = (byte) 235;
    private static final byte BLACK = 16;
    // Luma and chroma of 8 bars (white, yellow, cyan, green, magenta, red, blue, black), BT.601 limited.
    private static final int[] BAR_Y = {235, 210, 170, 145, 106, 81, 41, 16};
    private static final int[] BAR_U = {128, 16, 166, 54, 202, 90, 240, 128};
    private static final int[] BAR_V = {128, 146, 16, 34, 222, 240, 110, 128};

    /**
     * How the camera controls change the bars (never the code band): luma shifted by {@code lumaOffset} after
     * scaling around mid-grey by {@code contrast}, chroma scaled around neutral by {@code saturation}, and the
     * bars magnified {@code zoom} times about the centre (a crop of the middle).
     */
    public record Look(int lumaOffset, double contrast, double saturation, double zoom) {
        /** The picture as drawn without controls. */
        public static final Look NEUTRAL = new Look(0, 1, 1, 1);

        public Look {
            if (!(contrast >= 0) || !(saturation >= 0) || !(zoom >= 1)) {
                throw new IllegalArgumentException("bad look: contrast " + contrast + ", saturation " + saturation
                        + ", zoom " + zoom);
            }
        }

        int luma(int y) {
            return clamp((int) Math.round((y - 128) * contrast + 128) + lumaOffset);
        }

        int chroma(int c) {
            return clamp((int) Math.round((c - 128) * saturation + 128));
        }

        /** The x of the unzoomed picture shown at column {@code x}. */
        int source(int x, int width) {
            if (zoom == 1) {
                return x;
            }
            double c = width / 2.0;
            return Math.max(0, Math.min(width - 1, (int) Math.floor(c + (x + 0.5 - c) / zoom)));
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }
    }

    /** What {@link #decode} reads back. */
    public record Stamp(long frameNumber, long timestamp) {}

    private FakeFramePattern() {}

    /** Height in rows of the code band for a frame of this height. */
    public static int bandHeight(int height) {
        return Math.max(4, height / 40);
    }

    /**
     * Draws frame {@code frameNumber} into a tightly packed I420 image at {@code memory}.
     *
     * <p>Each distinct row (the code band, the bars, their chroma) is drawn once straight into the frame and
     * then copied down within it: no scratch arrays, so a camera drawing at 30 fps allocates nothing.
     */
    public static void drawI420(MemorySegment memory, int width, int height, long frameNumber, long timestamp) {
        drawI420(memory, width, height, frameNumber, timestamp, Look.NEUTRAL);
    }

    /** As {@link #drawI420(MemorySegment, int, int, long, long)}, with the bars changed by {@code look}. */
    public static void drawI420(MemorySegment memory, int width, int height, long frameNumber, long timestamp,
                                Look look) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        long uOff = (long) width * height;
        long vOff = uOff + (long) cw * ch;
        int shift = (int) ((frameNumber * 4) % Math.max(1, width));
        int band = Math.min(height, bandHeight(height));
        if (band > 0) {
            for (int x = 0; x < width; x++) {
                int slot = (int) ((long) x * SLOTS / width);
                memory.set(ValueLayout.JAVA_BYTE, x, bit(frameNumber, timestamp, slot) ? WHITE : BLACK);
            }
            repeatRow(memory, 0, width, 1, band);
        }
        if (band < height) {
            long first = (long) band * width;
            for (int x = 0; x < width; x++) {
                memory.set(ValueLayout.JAVA_BYTE, first + x,
                        (byte) look.luma(BAR_Y[bar(look.source(x, width), shift, width)]));
            }
            repeatRow(memory, first, width, 1, height - band);
        }
        int chromaBand = Math.min(ch, (band + 1) / 2);
        if (chromaBand > 0) {
            // Row by row like the rest (a slice to fill() would be an object per frame)
            for (int x = 0; x < cw; x++) {
                memory.set(ValueLayout.JAVA_BYTE, uOff + x, (byte) 128);
                memory.set(ValueLayout.JAVA_BYTE, vOff + x, (byte) 128);
            }
            repeatRow(memory, uOff, cw, 1, chromaBand);
            repeatRow(memory, vOff, cw, 1, chromaBand);
        }
        if (chromaBand < ch) {
            long u = uOff + (long) chromaBand * cw;
            long v = vOff + (long) chromaBand * cw;
            for (int x = 0; x < cw; x++) {
                int b = bar(look.source(Math.min(width - 1, 2 * x), width), shift, width);
                memory.set(ValueLayout.JAVA_BYTE, u + x, (byte) look.chroma(BAR_U[b]));
                memory.set(ValueLayout.JAVA_BYTE, v + x, (byte) look.chroma(BAR_V[b]));
            }
            repeatRow(memory, u, cw, 1, ch - chromaBand);
            repeatRow(memory, v, cw, 1, ch - chromaBand);
        }
    }

    /** Copies the row at {@code first} into the {@code rows - from} rows after it, doubling each time. */
    private static void repeatRow(MemorySegment memory, long first, int rowBytes, int from, int rows) {
        int done = from;
        while (done < rows) {
            int n = Math.min(done, rows - done);
            MemorySegment.copy(memory, first, memory, first + (long) done * rowBytes, (long) n * rowBytes);
            done += n;
        }
    }

    /**
     * Reads the frame number and timestamp from a fake camera frame (I420 or NV12, any size at least 96
     * pixels wide).
     *
     * @throws IllegalArgumentException when the frame's format has no luma plane or it is too small
     */
    public static Stamp decode(VideoFrame frame) {
        if (frame.format() != VideoPixelFormat.I420 && frame.format() != VideoPixelFormat.NV12) {
            throw new IllegalArgumentException("can only decode I420/NV12 fake frames, not " + frame.format());
        }
        int w = frame.codedWidth();
        if (w < SLOTS) {
            throw new IllegalArgumentException("frame " + w + " pixels wide is too narrow to hold the code");
        }
        int y = bandHeight(frame.codedHeight()) / 2;
        long number = 0;
        long ts = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            int x = (int) (((long) slot * 2 + 1) * w / (2L * SLOTS));
            boolean one = frame.byteAt(0, x, y) >= 128;
            if (slot < 32) {
                number = (number << 1) | (one ? 1 : 0);
            } else {
                ts = (ts << 1) | (one ? 1 : 0);
            }
        }
        return new Stamp(number, ts);
    }

    private static boolean bit(long frameNumber, long timestamp, int slot) {
        if (slot < 32) {
            return ((frameNumber >>> (31 - slot)) & 1) != 0;
        }
        return ((timestamp >>> (63 - (slot - 32))) & 1) != 0;
    }

    private static int bar(int x, int shift, int width) {
        return (int) (((long) ((x + shift) % width) * 8) / width);
    }
}
