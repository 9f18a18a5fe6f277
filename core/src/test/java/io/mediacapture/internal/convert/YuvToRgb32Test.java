package io.mediacapture.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The scalar YUV -> 32-bit RGB converter (the default test run has no Vector API). */
class YuvToRgb32Test {
    static final VideoPixelFormat[] YUV = {VideoPixelFormat.I420, VideoPixelFormat.I422, VideoPixelFormat.NV12, VideoPixelFormat.YUY2, VideoPixelFormat.UYVY};

    /**
     * Every Y, U, V triple against the converter before the fast kernels (tables rounded entry by entry
     * from the floating-point matrix): within one code, and equal for all but a sliver of triples.
     */
    @Test
    void everyYuvTripleIsWithinOneCodeOfThePreviousConverter() {
        int w = 512;
        byte[] ys = new byte[w];
        byte[] cs = new byte[w];
        int[] out = new int[w];
        for (YuvMatrix m : YuvMatrix.values()) {
            int[][] old = oldTables(m);
            long differing = 0;
            for (int yy = 0; yy < 256; yy++) {
                for (int vv = 0; vv < 256; vv++) {
                    for (int c = 0; c < 256; c++) {
                        ys[2 * c] = (byte) yy;
                        ys[2 * c + 1] = (byte) yy;
                        cs[c] = (byte) c; // U
                        cs[256 + c] = (byte) vv;
                    }
                    ScalarYuvToRgb32.row(ys, 0, 1, cs, 0, 256, 1, w, m, 16, 0, out, 0);
                    for (int c = 0; c < 256; c++) {
                        int want = oldPixel(old, yy, c, vv);
                        int got = out[2 * c];
                        int d = TestFrames.diff(want, got);
                        if (d > 1 || got >>> 24 != 0xFF) {
                            throw new AssertionError(m + " Y=" + yy + " U=" + c + " V=" + vv + ": "
                                    + TestFrames.hex(got) + " vs " + TestFrames.hex(want));
                        }
                        differing += d;
                    }
                }
            }
            // the linear tables move a rounding boundary now and then: allow well under 1% of channels
            assertEquals(true, differing < 3L * (1 << 24) / 100, m + ": " + differing + " channels differ by one");
        }
    }

    /** The tables the converter used before they were made exactly linear. */
    private static int[][] oldTables(YuvMatrix m) {
        boolean bt601 = m == YuvMatrix.BT601_LIMITED || m == YuvMatrix.BT601_FULL;
        double kr = bt601 ? 0.299 : 0.2126;
        double kb = bt601 ? 0.114 : 0.0722;
        double kg = 1 - kr - kb;
        boolean full = m.isFullRange();
        double yScale = full ? 1 : 255.0 / 219;
        double cScale = full ? 1 : 255.0 / 224;
        int yBase = full ? 0 : 16;
        int[][] t = new int[5][256];
        for (int i = 0; i < 256; i++) {
            t[0][i] = (int) Math.round((i - yBase) * yScale * 65536) + 32768;
            double c = (i - 128) * cScale * 65536;
            t[1][i] = (int) Math.round(2 * (1 - kr) * c);
            t[2][i] = (int) Math.round(-2 * kb * (1 - kb) / kg * c);
            t[3][i] = (int) Math.round(-2 * kr * (1 - kr) / kg * c);
            t[4][i] = (int) Math.round(2 * (1 - kb) * c);
        }
        return t;
    }

    private static int oldPixel(int[][] t, int y, int u, int v) {
        int yy = t[0][y];
        return 0xFF000000 | clamp(yy + t[1][v]) << 16 | clamp(yy + t[2][u] + t[3][v]) << 8 | clamp(yy + t[4][u]);
    }

    private static int clamp(int v) {
        return Math.min(Math.max(v >> 16, 0), 255);
    }

    /** Native RGBA/BGRA output is the int output written little-endian, for every format and odd sizes. */
    @Test
    void memoryOutputMatchesIntOutputInBothOrders() {
        YuvToRgb32 s = YuvToRgb32.scalar();
        for (VideoPixelFormat f : YUV) {
            for (int[] size : new int[][] {{1, 1}, {7, 5}, {36, 4}}) {
                try (VideoFrame frame = TestFrames.random(f, size[0], size[1], 3, 11); Arena arena = Arena.ofConfined()) {
                    int n = size[0] * size[1];
                    for (YuvToRgb32.Order order : YuvToRgb32.Order.values()) {
                        int[] ints = new int[n];
                        s.toInts(frame, YuvMatrix.BT709_LIMITED, order, ints, 0, size[0]);
                        MemorySegment mem = arena.allocate(4L * n);
                        s.toMemory(frame, YuvMatrix.BT709_LIMITED, order, mem, 0, 4L * size[0]);
                        assertArrayEquals(ints, mem.toArray(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN)),
                                f + " " + size[0] + "x" + size[1] + " " + order);
                    }
                }
            }
        }
    }

    /** PixelConverter's RGBA/BGRA paths agree with its ARGB ints: R and B swap places, nothing else. */
    @Test
    void pixelConverterRgbaAndBgraAgreeWithArgbInts() {
        for (VideoPixelFormat f : YUV) {
            try (VideoFrame frame = TestFrames.random(f, 9, 6, 5, 3);
                 VideoFrame bgra = PixelConverter.convert(frame, VideoPixelFormat.BGRA, YuvMatrix.BT601_FULL);
                 VideoFrame rgba = PixelConverter.convert(frame, VideoPixelFormat.RGBA, YuvMatrix.BT601_FULL);
                 Arena arena = Arena.ofConfined()) {
                int[] argb = new int[9 * 6];
                PixelConverter.toArgbInts(frame, argb, YuvMatrix.BT601_FULL);
                MemorySegment direct = arena.allocate(4 * 9 * 6);
                assertEquals(4 * 9 * 6, PixelConverter.toRgb32(frame, direct, VideoPixelFormat.RGBA, YuvMatrix.BT601_FULL));
                for (int i = 0; i < argb.length; i++) {
                    int x = i % 9;
                    int y = i / 9;
                    int p = argb[i];
                    assertEquals(p, bgra.byteAt(0, 4 * x + 3, y) << 24 | bgra.byteAt(0, 4 * x + 2, y) << 16
                            | bgra.byteAt(0, 4 * x + 1, y) << 8 | bgra.byteAt(0, 4 * x, y), f + " BGRA pixel " + i);
                    int r = p >> 16 & 0xFF;
                    int g = p >> 8 & 0xFF;
                    int b = p & 0xFF;
                    assertEquals(r, rgba.byteAt(0, 4 * x, y), f + " RGBA red " + i);
                    assertEquals(g, rgba.byteAt(0, 4 * x + 1, y));
                    assertEquals(b, rgba.byteAt(0, 4 * x + 2, y));
                    assertEquals(0xFF, rgba.byteAt(0, 4 * x + 3, y));
                    assertEquals(r, direct.get(ValueLayout.JAVA_BYTE, 4L * i) & 0xFF, f + " toRgb32 red " + i);
                    assertEquals(b, direct.get(ValueLayout.JAVA_BYTE, 4L * i + 2) & 0xFF);
                }
                assertThrows(IllegalArgumentException.class,
                        () -> PixelConverter.toRgb32(frame, arena.allocate(10), VideoPixelFormat.RGBA, YuvMatrix.BT601_FULL));
                assertThrows(IllegalArgumentException.class,
                        () -> PixelConverter.toRgb32(frame, direct, VideoPixelFormat.RGB24, YuvMatrix.BT601_FULL));
            }
        }
    }
}
