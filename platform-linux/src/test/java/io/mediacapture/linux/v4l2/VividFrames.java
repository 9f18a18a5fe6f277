package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;

/**
 * Checks a frame against vivid's default test pattern, "75% Colorbar": eight vertical bars, white,
 * yellow, cyan, green, magenta, red, blue, black, at 75% intensity. Sampled in the middle of each bar,
 * near the bottom (vivid writes its on-screen text over the upper part, most of a small frame).
 */
public final class VividFrames {
    private VividFrames() {}

    private static final String[] BARS = {"white", "yellow", "cyan", "green", "magenta", "red", "blue", "black"};

    public static void assertColourBars(VideoFrame f) {
        int y = f.codedHeight() * 15 / 16;
        int[][] samples = new int[8][];
        for (int bar = 0; bar < 8; bar++) {
            int x = (f.codedWidth() * (2 * bar + 1) / 16) & ~1;
            samples[bar] = switch (f.format()) {
                case YUY2 -> new int[] {f.byteAt(0, 2 * x, y), f.byteAt(0, 2 * x + 1, y), f.byteAt(0, 2 * x + 3, y)};
                case UYVY -> new int[] {f.byteAt(0, 2 * x + 1, y), f.byteAt(0, 2 * x, y), f.byteAt(0, 2 * x + 2, y)};
                case I420 -> new int[] {f.byteAt(0, x, y), f.byteAt(1, x / 2, y / 2), f.byteAt(2, x / 2, y / 2)};
                case NV12 -> new int[] {f.byteAt(0, x, y), f.byteAt(1, x, y / 2), f.byteAt(1, x + 1, y / 2)};
                case RGB24 -> new int[] {f.byteAt(0, 3 * x, y), f.byteAt(0, 3 * x + 1, y), f.byteAt(0, 3 * x + 2, y)};
                default -> throw new IllegalArgumentException("no colour bar check for " + f.format());
            };
        }
        String seen = describe(samples) + " grid " + grid(f);
        if (f.format().isYuv()) {
            for (int bar = 1; bar < 8; bar++) {
                assertTrue(samples[bar][0] < samples[bar - 1][0] - 4, "luma falls from bar to bar: " + seen);
            }
            assertTrue(near(samples[0][0], 180, 16) && near(samples[0][1], 128, 12) && near(samples[0][2], 128, 12), "75% white: " + seen);
            assertTrue(samples[7][0] < 32 && near(samples[7][1], 128, 12) && near(samples[7][2], 128, 12), "black: " + seen);
            assertTrue(samples[1][1] < 100, "yellow has little blue (Cb): " + seen);
            assertTrue(samples[6][1] > 156, "blue has much blue (Cb): " + seen);
            assertTrue(samples[5][2] > 156, "red has much red (Cr): " + seen);
            assertTrue(samples[2][2] < 100, "cyan has little red (Cr): " + seen);
        } else {
            String[] expected = {"111", "110", "011", "010", "101", "100", "001", "000"}; // R, G, B on or off
            for (int bar = 0; bar < 8; bar++) {
                for (int c = 0; c < 3; c++) {
                    boolean on = expected[bar].charAt(c) == '1';
                    int v = samples[bar][c];
                    assertTrue(on ? v > 150 : v < 40, BARS[bar] + " channel " + "RGB".charAt(c) + " = " + v + ": " + seen);
                }
            }
        }
    }

    /** The first byte of plane 0 on an 8x8 grid, to see what the frame shows when a check fails. */
    private static String grid(VideoFrame f) {
        StringBuilder s = new StringBuilder();
        int rowBytes = f.format().planeRowBytes(0, f.codedWidth());
        for (int gy = 0; gy < 8; gy++) {
            s.append('[');
            for (int gx = 0; gx < 8; gx++) {
                s.append(f.byteAt(0, (rowBytes * (2 * gx + 1) / 16) & ~3, f.codedHeight() * (2 * gy + 1) / 16)).append(gx < 7 ? "," : "");
            }
            s.append(']');
        }
        return s.toString();
    }

    private static boolean near(int v, int target, int tolerance) {
        return Math.abs(v - target) <= tolerance;
    }

    private static String describe(int[][] samples) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < samples.length; i++) {
            s.append(BARS[i]).append(java.util.Arrays.toString(samples[i])).append(' ');
        }
        return s.toString().trim();
    }

    /** Mean BT.601 luma of a frame grabbed a few frames after a control change (vivid applies it per frame). */
    public static double meanLumaAfterChange(io.mediacapture.MediaStreamTrack t) throws Exception {
        io.mediacapture.ImageCapture capture = new io.mediacapture.ImageCapture(t);
        for (int i = 0; i < 3; i++) {
            io.mediacapture.testing.Await.result(capture.grabFrame()).close();
        }
        try (VideoFrame f = io.mediacapture.testing.Await.result(capture.grabFrame())) {
            java.awt.image.BufferedImage img = io.mediacapture.VideoFrameImages.toBufferedImage(f);
            double sum = 0;
            int n = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y);
                    sum += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                    n++;
                }
            }
            return sum / n;
        }
    }
}
