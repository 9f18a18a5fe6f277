package io.mediacapture.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.VideoFrameImages.ColorMatrix;
import io.mediacapture.VideoFrameImages.RgbFormat;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.awt.image.BufferedImage;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** YUV -> RGB against the published 75% colour bars of BT.601 and BT.709 (limited range). */
class VideoFrameImagesTest {
    // {Y, Cb, Cr} of 75% bars: white, yellow, cyan, green, magenta, red, blue, black
    private static final int[][] BARS_601 = {{180, 128, 128}, {162, 44, 142}, {131, 156, 44}, {112, 72, 58},
            {84, 184, 198}, {65, 100, 212}, {35, 212, 114}, {16, 128, 128}};
    private static final int[][] BARS_709 = {{180, 128, 128}, {168, 44, 136}, {145, 147, 44}, {133, 63, 52},
            {63, 193, 204}, {51, 109, 212}, {28, 212, 120}, {16, 128, 128}};
    private static final int[][] RGB_75 = {{191, 191, 191}, {191, 191, 0}, {0, 191, 191}, {0, 191, 0},
            {191, 0, 191}, {191, 0, 0}, {0, 0, 191}, {0, 0, 0}};

    /** An I420 frame of 8 vertical bars. */
    static VideoFrame bars(int w, int h, int[][] yuv) {
        VideoPixelFormat f = VideoPixelFormat.I420;
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        FrameBuffer b = FrameBuffer.allocate((long) w * h + 2L * cw * ch);
        MemorySegment m = b.memory();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                m.set(ValueLayout.JAVA_BYTE, (long) y * w + x, (byte) yuv[x * 8 / w][0]);
            }
        }
        long u = (long) w * h;
        long v = u + (long) cw * ch;
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int[] bar = yuv[2 * x * 8 / w];
                m.set(ValueLayout.JAVA_BYTE, u + (long) y * cw + x, (byte) bar[1]);
                m.set(ValueLayout.JAVA_BYTE, v + (long) y * cw + x, (byte) bar[2]);
            }
        }
        return b.toVideoFrame(VideoFrameLayout.of(f, w, h, new long[] {0, u, v}, new int[] {w, cw, cw}), 0, -1);
    }

    private static void assertBars(BufferedImage img, int tolerance) {
        int w = img.getWidth();
        for (int i = 0; i < 8; i++) {
            int x = i * w / 8 + w / 16; // the middle of bar i
            int p = img.getRGB(x, img.getHeight() / 2);
            int[] got = {(p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF};
            for (int c = 0; c < 3; c++) {
                assertTrue(Math.abs(got[c] - RGB_75[i][c]) <= tolerance,
                        "bar " + i + " channel " + c + ": expected " + RGB_75[i][c] + ", got " + got[c]);
            }
        }
    }

    @Test
    void sdFramesDecodeAsBt601ColourBars() {
        try (VideoFrame f = bars(640, 480, BARS_601)) {
            BufferedImage img = VideoFrameImages.toBufferedImage(f);
            assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
            assertEquals(640, img.getWidth());
            assertBars(img, 2);
        }
    }

    @Test
    void hdFramesDecodeAsBt709ColourBarsByDefault() {
        try (VideoFrame f = bars(1280, 720, BARS_709)) {
            assertBars(VideoFrameImages.toBufferedImage(f), 2);
            // the same codes read as BT.601 give visibly different colours: the matrix matters
            BufferedImage wrong = VideoFrameImages.toBufferedImage(f, ColorMatrix.BT601_LIMITED);
            int cyan = wrong.getRGB(2 * 1280 / 8 + 80, 360);
            assertTrue(Math.abs(((cyan >> 8) & 0xFF) - 191) > 5, "BT.601 decode of BT.709 cyan differs");
        }
    }

    @Test
    void fullRangeMapsCodeExtremesToRgbExtremes() {
        int[][] extremes = new int[8][];
        for (int i = 0; i < 8; i++) {
            extremes[i] = i % 2 == 0 ? new int[] {255, 128, 128} : new int[] {0, 128, 128};
        }
        try (VideoFrame f = bars(64, 16, extremes)) {
            BufferedImage img = VideoFrameImages.toBufferedImage(f, ColorMatrix.BT601_FULL);
            assertEquals(0xFFFFFF, img.getRGB(4, 8) & 0xFFFFFF);
            assertEquals(0x000000, img.getRGB(12, 8) & 0xFFFFFF);
        }
    }

    @Test
    void packedFormatsDecodeLikeI420() {
        try (VideoFrame i420 = bars(640, 480, BARS_601);
             VideoFrame nv12 = io.mediacapture.internal.convert.PixelConverter.convert(i420, VideoPixelFormat.NV12);
             VideoFrame yuy2 = io.mediacapture.internal.convert.PixelConverter.convert(i420, VideoPixelFormat.YUY2)) {
            assertBars(VideoFrameImages.toBufferedImage(nv12), 2);
            assertBars(VideoFrameImages.toBufferedImage(yuy2), 2);
        }
    }

    @Test
    void copyToWritesRgbaAndBgraByteOrder() {
        try (VideoFrame f = bars(64, 8, BARS_601)) {
            byte[] rgba = new byte[(int) VideoFrameImages.rgbSize(f)];
            byte[] bgra = new byte[rgba.length];
            assertEquals(rgba.length, VideoFrameImages.copyTo(f, rgba, RgbFormat.RGBA));
            VideoFrameImages.copyTo(f, bgra, RgbFormat.BGRA);
            int red = (5 * 8 + 4) * 4; // bar 5 (red), row 0
            assertTrue((rgba[red] & 0xFF) > 185 && (rgba[red + 1] & 0xFF) <= 2 && (rgba[red + 2] & 0xFF) <= 2,
                    "RGBA red: " + (rgba[red] & 0xFF) + "," + (rgba[red + 1] & 0xFF) + "," + (rgba[red + 2] & 0xFF));
            assertEquals(-1, rgba[red + 3], "opaque");
            assertEquals(rgba[red], bgra[red + 2], "BGRA swaps R and B");
            assertEquals(rgba[red + 2], bgra[red]);
            assertEquals(rgba[red + 1], bgra[red + 1]);
            int[] argb = new int[64 * 8];
            VideoFrameImages.copyToArgb(f, argb);
            assertEquals(0xFF, argb[44] >>> 24);
            assertThrows(IllegalArgumentException.class, () -> VideoFrameImages.copyTo(f, new byte[10], RgbFormat.RGBA));
        }
    }

    @Test
    void closedFramesAreRejected() {
        VideoFrame f = bars(16, 16, BARS_601);
        f.close();
        assertThrows(IllegalStateException.class, () -> VideoFrameImages.toBufferedImage(f));
    }
}
