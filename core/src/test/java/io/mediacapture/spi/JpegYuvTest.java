package io.mediacapture.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.VideoPixelFormat;
import java.awt.image.BufferedImage;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** JFIF's full-range BT.601 samples to the library's video range, in place, for SD (BT.601) and HD (BT.709). */
class JpegYuvTest {

    /** A packed I420 frame of w x h whose every pixel is the JFIF triple (y, u, v). */
    private static FrameBuffer flat(int w, int h, int y, int u, int v) {
        FrameBuffer fb = FrameBuffer.allocate(VideoPixelFormat.I420.frameBytes(w, h));
        long ys = (long) w * h;
        long cs = (long) ((w + 1) / 2) * ((h + 1) / 2);
        fb.memory().asSlice(0, ys).fill((byte) y);
        fb.memory().asSlice(ys, cs).fill((byte) u);
        fb.memory().asSlice(ys + cs, cs).fill((byte) v);
        return fb;
    }

    private static int at(FrameBuffer fb, long offset) {
        return fb.memory().get(ValueLayout.JAVA_BYTE, offset) & 0xFF;
    }

    @Test
    void greyStaysGreyAndTheRangeEndsMapToVideoRange() {
        for (int h : new int[] {480, 720}) { // BT.601 and BT.709 targets
            int w = 64;
            long ys = (long) w * h;
            for (int[] c : new int[][] {{0, 16}, {255, 235}, {128, 126}}) {
                FrameBuffer fb = flat(w, h, c[0], 128, 128);
                try {
                    new JpegYuv(w, h).toVideoRange(fb.memory(), 0, w, ys, w / 2, ys + ys / 4, w / 2);
                    assertTrue(Math.abs(at(fb, 0) - c[1]) <= 1, h + " rows: Y " + c[0] + " -> " + at(fb, 0));
                    assertEquals(at(fb, 0), at(fb, ys - 1), "every luma sample alike");
                    assertEquals(128, at(fb, ys), "neutral chroma stays neutral");
                    assertEquals(128, at(fb, ys + ys / 4));
                } finally {
                    fb.release();
                }
            }
        }
    }

    @Test
    void colourSurvivesTheMapAsTheLibraryConvertsIt() {
        // JFIF (full-range BT.601) for RGB (200, 40, 30): Y 87, Cb 96, Cr 209 (rounded).
        for (int h : new int[] {480, 720}) {
            int w = 32;
            long ys = (long) w * h;
            FrameBuffer fb = flat(w, h, 87, 96, 209);
            new JpegYuv(w, h).toVideoRange(fb.memory(), 0, w, ys, w / 2, ys + ys / 4, w / 2);
            try (VideoFrame f = new VideoFrame(fb, VideoPixelFormat.I420, w, h,
                    VideoPixelFormat.I420.packedOffsets(w, h), VideoPixelFormat.I420.packedStrides(w), 0, -1)) {
                BufferedImage img = VideoFrameImages.toBufferedImage(f);
                int rgb = img.getRGB(w / 2, h / 2);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                assertTrue(Math.abs(r - 200) <= 3 && Math.abs(g - 40) <= 3 && Math.abs(b - 30) <= 3,
                        h + " rows: got " + r + "," + g + "," + b);
            }
        }
    }

    @Test
    void aSizeThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JpegYuv(0, 480));
        assertThrows(IllegalArgumentException.class, () -> new JpegYuv(640, -1));
    }
}
