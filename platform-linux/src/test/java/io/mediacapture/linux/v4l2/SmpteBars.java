package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.util.Arrays;

/**
 * Checks a decoded MJPEG frame against GStreamer's {@code videotestsrc pattern=smpte} fed to {@code jpegenc}:
 * the upper two thirds are seven vertical 100% bars, white, yellow, cyan, green, magenta, red, blue, whose
 * BT.601 limited-range codes jpegenc stores unchanged as the JPEG's samples. JFIF defines those samples as
 * full range, so a decoder may hand them over as they are or map them to limited range (what the ImageIO
 * decoder does: 235 becomes 218); the frame must match one of the two readings at every bar, within a few
 * codes of JPEG loss. Sampled at a third of the height, in the middle of each bar. Any format that converts
 * to I420 (I420, I422, ...) is checked.
 */
public final class SmpteBars {
    private SmpteBars() {}

    static final String[] BARS = {"white", "yellow", "cyan", "green", "magenta", "red", "blue"};
    /** Y, Cb, Cr samples of the bars in the JPEG (videotestsrc's I420/Y42B codes). */
    static final int[][] JPEG_SAMPLES = {
        {235, 128, 128}, {210, 16, 146}, {170, 166, 16}, {145, 54, 34}, {106, 202, 222}, {81, 90, 240}, {41, 240, 110},
    };
    private static final int TOLERANCE = 8;

    /** The samples read as full range and mapped to limited range (Y 16..235, Cb/Cr 16..240). */
    static int[][] limitedRange() {
        return Arrays.stream(JPEG_SAMPLES).map(s -> new int[] {
            (int) Math.round(16 + s[0] * 219 / 255.0),
            (int) Math.round(128 + (s[1] - 128) * 224 / 255.0),
            (int) Math.round(128 + (s[2] - 128) * 224 / 255.0)}).toArray(int[][]::new);
    }

    public static void assertBars(VideoFrame frame) {
        VideoFrame f = frame.format() == VideoPixelFormat.I420 ? frame : frame.convertTo(VideoPixelFormat.I420);
        try {
            int y = f.codedHeight() / 3 & ~1;
            int[][] seen = new int[BARS.length][];
            for (int bar = 0; bar < BARS.length; bar++) {
                int x = f.codedWidth() * (2 * bar + 1) / 14 & ~1;
                seen[bar] = new int[] {f.byteAt(0, x, y), f.byteAt(1, x / 2, y / 2), f.byteAt(2, x / 2, y / 2)};
            }
            StringBuilder s = new StringBuilder();
            for (int bar = 0; bar < BARS.length; bar++) {
                s.append(BARS[bar]).append(Arrays.toString(seen[bar])).append(' ');
            }
            assertTrue(matches(seen, JPEG_SAMPLES) || matches(seen, limitedRange()),
                    "SMPTE bars (Y, Cb, Cr within " + TOLERANCE + " of the JPEG's samples " + Arrays.deepToString(JPEG_SAMPLES)
                            + " or of them mapped to limited range " + Arrays.deepToString(limitedRange()) + "): "
                            + s.toString().trim());
        } finally {
            if (f != frame) {
                f.close();
            }
        }
    }

    private static boolean matches(int[][] seen, int[][] expected) {
        for (int bar = 0; bar < expected.length; bar++) {
            for (int c = 0; c < 3; c++) {
                if (Math.abs(seen[bar][c] - expected[bar][c]) > TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }
}
