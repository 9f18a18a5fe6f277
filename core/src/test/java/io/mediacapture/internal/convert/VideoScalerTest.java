package io.mediacapture.internal.convert;

import static io.mediacapture.internal.convert.TestFrames.diff;
import static io.mediacapture.internal.convert.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import org.junit.jupiter.api.Test;

class VideoScalerTest {
    /** A colour that is linear in x and y, so any interpolating filter reproduces it at the mapped position. */
    private static int ramp(double x, double y) {
        int r = (int) Math.round(30 + 2 * x);
        int g = (int) Math.round(20 + 3 * y);
        int b = (int) Math.round(100 + x + y);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    @Test
    void everyFormatScalesAndCropsALinearRamp() {
        int sw = 64;
        int sh = 48;
        int[][] targets = {{40, 30}, {32, 32}, {50, 20}, {17, 13}, {100, 75}, {13, 5}};
        try (VideoFrame rgb = TestFrames.bgra(sw, sh, (x, y) -> ramp(x, y))) {
            for (VideoPixelFormat f : VideoPixelFormat.values()) {
                YuvMatrix m = YuvMatrix.defaultFor(sh);
                try (VideoFrame src = PixelConverter.convert(rgb, f, m)) {
                    for (int[] t : targets) {
                        int w = t[0];
                        int h = t[1];
                        try (VideoFrame out = VideoScaler.cropAndScale(src, w, h)) {
                            assertEquals(f, out.format());
                            assertEquals(w, out.codedWidth());
                            assertEquals(h, out.codedHeight());
                            assertEquals(1234, out.timestamp());
                            assertEquals(33_333, out.duration().orElseThrow());
                            int[] px = TestFrames.argb(out, m);
                            // the centred crop window, as the scaler computes it (even offsets for YUV)
                            double cropW = Math.min(sw, (double) sh * w / h);
                            double cropH = Math.min(sh, (double) sw * h / w);
                            int cx = (int) ((sw - Math.round(cropW)) / 2);
                            int cy = (int) ((sh - Math.round(cropH)) / 2);
                            if (f.isYuv()) {
                                cx &= ~1;
                            }
                            if (f == VideoPixelFormat.I420 || f == VideoPixelFormat.NV12) {
                                cy &= ~1;
                            }
                            double sx = Math.round(cropW) / (double) w;
                            double sy = Math.round(cropH) / (double) h;
                            // edges clamp (and chroma is coarser), so check the interior
                            int margin = 2;
                            for (int y = margin; y < h - margin; y++) {
                                for (int x = margin; x < w - margin; x++) {
                                    int want = ramp(cx + (x + 0.5) * sx - 0.5, cy + (y + 0.5) * sy - 0.5);
                                    int got = px[y * w + x];
                                    // chroma at half resolution smears the colour ramp by about one source pixel per output pixel
                                    int tolerance = f.isYuv() ? 4 + 2 * (int) Math.ceil(Math.max(sx, sy)) : 2;
                                    assertTrue(diff(got, want) <= tolerance, f + " " + w + "x" + h + " at (" + x + "," + y
                                            + "): " + hex(got) + " vs " + hex(want));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void cropRemovesTheSidesThatDoNotFitTheAspectRatio() {
        // 80x40: red 20 columns | green 40 | blue 20; a square target keeps only the green middle
        try (VideoFrame src = TestFrames.bgra(80, 40, (x, y) -> x < 20 ? 0xFFFF0000 : x < 60 ? 0xFF00FF00 : 0xFF0000FF)) {
            for (VideoPixelFormat f : VideoPixelFormat.values()) {
                try (VideoFrame conv = PixelConverter.convert(src, f); VideoFrame out = VideoScaler.cropAndScale(conv, 16, 16)) {
                    for (int c : TestFrames.argb(out, YuvMatrix.defaultFor(16))) {
                        assertTrue(diff(c, 0xFF00FF00) <= 4, f + ": " + hex(c));
                    }
                }
            }
        }
    }

    @Test
    void strongShrinkAveragesInsteadOfPickingPixels() {
        // a 1-pixel checkerboard: nearest-neighbour would give pure black or white, area averaging grey
        try (VideoFrame src = TestFrames.bgra(64, 64, (x, y) -> ((x + y) & 1) == 0 ? 0xFFFFFFFF : 0xFF000000);
             VideoFrame out = VideoScaler.cropAndScale(src, 13, 13)) {
            for (int c : TestFrames.argb(out, YuvMatrix.BT601_LIMITED)) {
                assertTrue(diff(c, 0xFF808080) <= 12, hex(c));
            }
        }
        try (VideoFrame src = TestFrames.bgra(64, 64, (x, y) -> ((x + y) & 1) == 0 ? 0xFFFFFFFF : 0xFF000000);
             VideoFrame out = VideoScaler.cropAndScale(src, 16, 16)) {
            for (int c : TestFrames.argb(out, YuvMatrix.BT601_LIMITED)) {
                assertTrue(diff(c, 0xFF808080) <= 1, hex(c));
            }
        }
    }

    @Test
    void flatColourStaysFlatAtOddSizes() {
        int colour = 0xFF3C8CC8;
        try (VideoFrame rgb = TestFrames.bgra(33, 17, (x, y) -> colour)) {
            for (VideoPixelFormat f : VideoPixelFormat.values()) {
                try (VideoFrame src = PixelConverter.convert(rgb, f)) {
                    for (int[] t : new int[][] {{15, 9}, {1, 1}, {2, 1}, {67, 35}, {3, 40}}) {
                        if (t[0] == 1 && (f == VideoPixelFormat.YUY2 || f == VideoPixelFormat.UYVY)) {
                            continue; // a 1-pixel YUY2/UYVY row has no V byte: it cannot hold this colour
                        }
                        try (VideoFrame out = VideoScaler.cropAndScale(src, t[0], t[1])) {
                            for (int c : TestFrames.argb(out, YuvMatrix.defaultFor(t[1]))) {
                                assertTrue(diff(c, colour) <= 3, f + " " + t[0] + "x" + t[1] + ": " + hex(c));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void sameSizeIsACopy() {
        try (VideoFrame src = TestFrames.bgra(8, 6, (x, y) -> 0xFF000000 | x * 20 << 8 | y);
             VideoFrame out = VideoScaler.cropAndScale(src, 8, 6)) {
            assertEquals(src.byteAt(0, 13, 5), out.byteAt(0, 13, 5));
            for (int i = 0; i < 48; i++) {
                assertEquals(TestFrames.argb(src, YuvMatrix.BT601_LIMITED)[i], TestFrames.argb(out, YuvMatrix.BT601_LIMITED)[i]);
            }
        }
    }

    @Test
    void badTargetSizeIsRejected() {
        try (VideoFrame src = TestFrames.bgra(8, 6, (x, y) -> 0)) {
            assertThrows(IllegalArgumentException.class, () -> VideoScaler.cropAndScale(src, 0, 6));
            assertThrows(IllegalArgumentException.class, () -> VideoScaler.cropAndScale(src, 8, -1));
        }
    }

    @Test
    void speedOf1080pTo720pI420() {
        try (VideoFrame src = TestFrames.hdI420()) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 15; i++) {
                long t0 = System.nanoTime();
                VideoScaler.cropAndScale(src, 1280, 720).close();
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("VideoScaler I420 1920x1080 -> 1280x720: best %.2f ms%n", best / 1e6);
        }
    }
}
