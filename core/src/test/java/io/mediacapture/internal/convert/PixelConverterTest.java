package io.mediacapture.internal.convert;

import static io.mediacapture.internal.convert.TestFrames.diff;
import static io.mediacapture.internal.convert.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PixelConverterTest {
    /** 75% colour bars: white, yellow, cyan, green, magenta, red, blue, black (R, G, B). */
    private static final int[][] BARS_RGB = {
            {191, 191, 191}, {191, 191, 0}, {0, 191, 191}, {0, 191, 0},
            {191, 0, 191}, {191, 0, 0}, {0, 0, 191}, {0, 0, 0}};
    /** The same bars as 8-bit Y, Cb, Cr in ITU-R BT.601 (ITU-R BT.801) limited range. */
    private static final int[][] BARS_601 = {
            {180, 128, 128}, {162, 44, 142}, {131, 156, 44}, {112, 72, 58},
            {84, 184, 198}, {65, 100, 212}, {35, 212, 114}, {16, 128, 128}};
    /** The same bars in ITU-R BT.709 limited range (SMPTE RP 219). */
    private static final int[][] BARS_709 = {
            {180, 128, 128}, {168, 44, 136}, {145, 147, 44}, {133, 63, 52},
            {63, 193, 204}, {51, 109, 212}, {28, 212, 120}, {16, 128, 128}};

    @Test
    void bt601ColourBarsDecodeToTheirRgb() {
        checkBars(BARS_601, YuvMatrix.BT601_LIMITED);
    }

    @Test
    void bt709ColourBarsDecodeToTheirRgb() {
        checkBars(BARS_709, YuvMatrix.BT709_LIMITED);
    }

    private static void checkBars(int[][] yuv, YuvMatrix matrix) {
        int w = 16;
        int h = 2;
        byte[] y = new byte[w * h];
        byte[] u = new byte[w / 2];
        byte[] v = new byte[w / 2];
        for (int bar = 0; bar < 8; bar++) {
            for (int r = 0; r < h; r++) {
                y[r * w + 2 * bar] = (byte) yuv[bar][0];
                y[r * w + 2 * bar + 1] = (byte) yuv[bar][0];
            }
            u[bar] = (byte) yuv[bar][1];
            v[bar] = (byte) yuv[bar][2];
        }
        try (VideoFrame f = TestFrames.i420(w, h, y, u, v, 0)) {
            int[] argb = TestFrames.argb(f, matrix);
            for (int bar = 0; bar < 8; bar++) {
                int want = 0xFF000000 | BARS_RGB[bar][0] << 16 | BARS_RGB[bar][1] << 8 | BARS_RGB[bar][2];
                for (int x = 2 * bar; x < 2 * bar + 2; x++) {
                    assertTrue(diff(argb[x], want) <= 2, matrix + " bar " + bar + ": " + hex(argb[x]) + " vs " + hex(want));
                    assertEquals(0xFF, argb[w + x] >>> 24);
                }
            }
            // and back: the RGB bars encode to the published YUV values
            try (VideoFrame rgb = PixelConverter.convert(f, VideoPixelFormat.RGB24, matrix);
                 VideoFrame again = PixelConverter.convert(rgb, VideoPixelFormat.I420, matrix)) {
                for (int bar = 0; bar < 8; bar++) {
                    assertTrue(Math.abs(again.byteAt(0, 2 * bar, 0) - yuv[bar][0]) <= 1, "Y of bar " + bar);
                    assertTrue(Math.abs(again.byteAt(1, bar, 0) - yuv[bar][1]) <= 1, "U of bar " + bar);
                    assertTrue(Math.abs(again.byteAt(2, bar, 0) - yuv[bar][2]) <= 1, "V of bar " + bar);
                }
            }
        }
    }

    /** Colours in 2x2 blocks, so 4:2:0 chroma loses nothing. */
    private static VideoFrame blocks(int w, int h, long seed) {
        Random r = new Random(seed);
        int[] colours = new int[(w / 2 + 1) * (h / 2 + 1)];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = 0xFF000000 | r.nextInt(0x1000000);
        }
        return TestFrames.bgra(w, h, (x, y) -> colours[(y / 2) * (w / 2 + 1) + x / 2]);
    }

    @Test
    void everyPairRoundTripsWithinTolerance() {
        VideoPixelFormat[] all = VideoPixelFormat.values();
        for (YuvMatrix matrix : YuvMatrix.values()) {
            try (VideoFrame original = blocks(24, 10, 7)) {
                int[] want = TestFrames.argb(original, matrix);
                for (VideoPixelFormat a : all) {
                    try (VideoFrame fa = PixelConverter.convert(original, a, matrix)) {
                        assertEquals(a, fa.format());
                        for (VideoPixelFormat b : all) {
                            try (VideoFrame fb = PixelConverter.convert(fa, b, matrix)) {
                                assertEquals(b, fb.format());
                                assertEquals(1234, fb.timestamp());
                                assertEquals(33_333, fb.duration().orElseThrow());
                                int[] got = TestFrames.argb(fb, matrix);
                                // limited range quantises each RGB->YUV->RGB trip by up to ~2 codes
                                int tolerance = a.isYuv() || b.isYuv() ? 4 : 0;
                                for (int i = 0; i < want.length; i++) {
                                    assertTrue(diff(want[i], got[i]) <= tolerance, matrix + " " + a + "->" + b + " pixel " + i
                                            + ": " + hex(got[i]) + " vs " + hex(want[i]));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void yuvToYuvKeepsSamplesExactly() {
        try (VideoFrame rgb = blocks(20, 8, 3); VideoFrame i420 = PixelConverter.convert(rgb, VideoPixelFormat.I420)) {
            byte[] want = new byte[(int) i420.allocationSize()];
            i420.copyTo(want);
            for (VideoPixelFormat f : new VideoPixelFormat[] {VideoPixelFormat.NV12, VideoPixelFormat.YUY2, VideoPixelFormat.UYVY}) {
                try (VideoFrame there = PixelConverter.convert(i420, f); VideoFrame back = PixelConverter.convert(there, VideoPixelFormat.I420)) {
                    byte[] got = new byte[(int) back.allocationSize()];
                    back.copyTo(got);
                    assertArrayEquals(want, got, "I420 -> " + f + " -> I420");
                }
            }
        }
    }

    @Test
    void oddSizesWorkForEveryFormat() {
        int colour = 0xFF3C8CC8;
        try (VideoFrame flat = TestFrames.bgra(7, 5, (x, y) -> colour)) {
            for (VideoPixelFormat a : VideoPixelFormat.values()) {
                try (VideoFrame fa = PixelConverter.convert(flat, a)) {
                    for (VideoPixelFormat b : VideoPixelFormat.values()) {
                        try (VideoFrame fb = PixelConverter.convert(fa, b)) {
                            for (int c : TestFrames.argb(fb, YuvMatrix.defaultFor(5))) {
                                assertTrue(diff(c, colour) <= 3, a + "->" + b + ": " + hex(c));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void alphaSurvivesRgbConversions() {
        try (VideoFrame f = TestFrames.bgra(3, 2, (x, y) -> (x * 80) << 24 | 0x102030);
             VideoFrame rgba = PixelConverter.convert(f, VideoPixelFormat.RGBA);
             VideoFrame rgbx = PixelConverter.convert(rgba, VideoPixelFormat.RGBX)) {
            assertEquals(0x10, rgba.byteAt(0, 4, 0));
            assertEquals(0x30, rgba.byteAt(0, 6, 0));
            assertEquals(80, rgba.byteAt(0, 7, 0));
            int[] px = TestFrames.argb(rgba, YuvMatrix.BT601_LIMITED);
            assertEquals(160 << 24 | 0x102030, px[2]);
            assertEquals(0xFF102030, TestFrames.argb(rgbx, YuvMatrix.BT601_LIMITED)[0], "X reads as opaque");
        }
    }

    @Test
    void argbIntsHonourOffsetAndScanline() {
        try (VideoFrame f = TestFrames.bgra(3, 2, (x, y) -> 0xFF000000 | x << 8 | y)) {
            int[] out = new int[2 + 5 * 2];
            PixelConverter.toArgbInts(f, out, 2, 5, YuvMatrix.BT601_LIMITED);
            assertEquals(0xFF000000, out[2]);
            assertEquals(0xFF000200, out[4]);
            assertEquals(0xFF000101, out[8]);
            assertEquals(0, out[5]);
            assertThrows(IllegalArgumentException.class, () -> PixelConverter.toArgbInts(f, new int[5]));
            assertThrows(IllegalArgumentException.class, () -> PixelConverter.toArgbInts(f, new int[100], 0, 2, YuvMatrix.BT601_LIMITED));
        }
    }

    @Test
    void defaultMatrixFollowsChromium() {
        assertEquals(YuvMatrix.BT601_LIMITED, YuvMatrix.defaultFor(480));
        assertEquals(YuvMatrix.BT601_LIMITED, YuvMatrix.defaultFor(719));
        assertEquals(YuvMatrix.BT709_LIMITED, YuvMatrix.defaultFor(720));
        assertEquals(YuvMatrix.BT709_LIMITED, YuvMatrix.defaultFor(1080));
    }

    @Test
    void closedSourceIsRejected() {
        VideoFrame f = TestFrames.bgra(2, 2, (x, y) -> 0);
        f.close();
        assertThrows(IllegalStateException.class, () -> PixelConverter.convert(f, VideoPixelFormat.I420));
    }

    @Test
    void speedOf1080pToRgba() {
        for (VideoPixelFormat f : new VideoPixelFormat[] {VideoPixelFormat.I420, VideoPixelFormat.NV12, VideoPixelFormat.YUY2}) {
            try (VideoFrame hd = TestFrames.hdI420(); VideoFrame src = PixelConverter.convert(hd, f)) {
                int[] ints = new int[1920 * 1080];
                long best = Long.MAX_VALUE;
                long bestInts = Long.MAX_VALUE;
                for (int i = 0; i < 15; i++) {
                    long t0 = System.nanoTime();
                    PixelConverter.convert(src, VideoPixelFormat.RGBA).close();
                    long t1 = System.nanoTime();
                    PixelConverter.toArgbInts(src, ints);
                    long t2 = System.nanoTime();
                    best = Math.min(best, t1 - t0);
                    bestInts = Math.min(bestInts, t2 - t1);
                }
                System.out.printf("PixelConverter 1920x1080 %s -> RGBA: best %.2f ms; -> int[] ARGB: best %.2f ms%n",
                        f, best / 1e6, bestInts / 1e6);
            }
        }
    }
}
