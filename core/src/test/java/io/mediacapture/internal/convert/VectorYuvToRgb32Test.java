package io.mediacapture.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Vector API converter gives exactly the scalar converter's pixels. Needs a JVM started with
 * {@code --add-modules jdk.incubator.vector}: core's pom runs this class in its own surefire execution with
 * that flag (the default execution excludes it).
 */
class VectorYuvToRgb32Test {
    @BeforeAll
    static void vectorApiIsEnabled() {
        String why = YuvToRgb32.vectorUnavailableReason().orElse(null);
        if (why != null && ModuleLayer.boot().findModule(YuvToRgb32.VECTOR_MODULE).isEmpty()
                && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("the vector converter is not enabled: " + why);
        }
        assertInstanceOf(VectorYuvToRgb32.class, YuvToRgb32.get(), "vector converter not picked: " + why);
    }

    @Test
    void intOutputEqualsScalarForEveryFormatMatrixOrderAndSize() {
        YuvToRgb32 vector = YuvToRgb32.get();
        YuvToRgb32 scalar = YuvToRgb32.scalar();
        // widths around the vector lengths (8 and 16 lanes, 2 vectors per step) and odd ones
        int[] widths = {1, 2, 3, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 257};
        for (VideoPixelFormat f : YuvToRgb32Test.YUV) {
            for (int w : widths) {
                int h = 1 + w % 5;
                try (VideoFrame frame = TestFrames.random(f, w, h, w % 3 * 7, w * 31L + f.ordinal())) {
                    for (YuvMatrix m : YuvMatrix.values()) {
                        for (YuvToRgb32.Order order : YuvToRgb32.Order.values()) {
                            // with an offset and a scanline longer than the row: gaps must stay untouched
                            int scan = w + 3;
                            int[] want = new int[5 + scan * h];
                            int[] got = new int[5 + scan * h];
                            scalar.toInts(frame, m, order, want, 5, scan);
                            vector.toInts(frame, m, order, got, 5, scan);
                            assertArrayEquals(want, got, f + " " + w + "x" + h + " " + m + " " + order);
                        }
                    }
                }
            }
        }
    }

    /**
     * Every Y, U, V triple, in every format, matrix and order: random frames rarely reach the clamp limits
     * of every channel, which is where the 16-bit clamp of the vector path could differ from the scalar one.
     */
    @Test
    void everyYuvTripleEqualsScalar() {
        YuvToRgb32 vector = YuvToRgb32.get();
        YuvToRgb32 scalar = YuvToRgb32.scalar();
        for (VideoPixelFormat f : YuvToRgb32Test.YUV) {
            // 4:2:2 (packed or I422) has a chroma sample per pixel pair
            boolean packed = f == VideoPixelFormat.YUY2 || f == VideoPixelFormat.UYVY || f == VideoPixelFormat.I422;
            // 4:2:0: one chroma sample (U = column, V = row) per 2x2 block, whose four lumas are 4t..4t+3;
            // packed: one macropixel (U = column, V = row) per pixel pair, lumas 2t and 2t + 1
            int lumasPerSample = packed ? 2 : 4;
            for (int t = 0; t < 256 / lumasPerSample; t++) {
                try (VideoFrame frame = everyChroma(f, t * lumasPerSample)) {
                    int n = frame.codedWidth() * frame.codedHeight();
                    for (YuvMatrix m : YuvMatrix.values()) {
                        for (YuvToRgb32.Order order : YuvToRgb32.Order.values()) {
                            int[] want = new int[n];
                            int[] got = new int[n];
                            scalar.toInts(frame, m, order, want, 0, frame.codedWidth());
                            vector.toInts(frame, m, order, got, 0, frame.codedWidth());
                            assertArrayEquals(want, got, f + " lumas from " + t * lumasPerSample + " " + m + " " + order);
                        }
                    }
                }
            }
        }
    }

    /** A frame with every U, V pair (see everyYuvTripleEqualsScalar), lumas counting up from {@code y0}. */
    private static VideoFrame everyChroma(VideoPixelFormat f, int y0) {
        int w = 512;
        boolean packed = f == VideoPixelFormat.YUY2 || f == VideoPixelFormat.UYVY;
        int h = packed || f == VideoPixelFormat.I422 ? 256 : 512;
        byte[] bytes;
        long[] offsets;
        int[] strides;
        if (f == VideoPixelFormat.I422) {
            // a chroma sample per pixel pair: U = column, V = row, lumas y0 and y0 + 1
            int cw = w / 2;
            bytes = new byte[2 * w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    bytes[w * y + x] = (byte) (y0 + (x & 1));
                }
                for (int c = 0; c < cw; c++) {
                    bytes[w * h + cw * y + c] = (byte) c;
                    bytes[w * h + cw * h + cw * y + c] = (byte) y;
                }
            }
            offsets = new long[] {0, w * h, w * h + cw * h};
            strides = new int[] {w, cw, cw};
        } else if (packed) {
            int yAt = f == VideoPixelFormat.YUY2 ? 0 : 1;
            bytes = new byte[2 * w * h];
            for (int y = 0; y < h; y++) {
                for (int c = 0; c < w / 2; c++) {
                    int at = 2 * w * y + 4 * c;
                    bytes[at + yAt] = (byte) y0;
                    bytes[at + 2 + yAt] = (byte) (y0 + 1);
                    bytes[at + 1 - yAt] = (byte) c;
                    bytes[at + 3 - yAt] = (byte) y;
                }
            }
            offsets = new long[] {0};
            strides = new int[] {2 * w};
        } else {
            bytes = new byte[w * h * 3 / 2];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    bytes[w * y + x] = (byte) (y0 + (x & 1) + 2 * (y & 1));
                }
            }
            int cw = w / 2;
            for (int cy = 0; cy < h / 2; cy++) {
                for (int cx = 0; cx < cw; cx++) {
                    if (f == VideoPixelFormat.I420) {
                        bytes[w * h + cw * cy + cx] = (byte) cx;
                        bytes[w * h + cw * (h / 2) + cw * cy + cx] = (byte) cy;
                    } else {
                        bytes[w * h + w * cy + 2 * cx] = (byte) cx;
                        bytes[w * h + w * cy + 2 * cx + 1] = (byte) cy;
                    }
                }
            }
            offsets = f == VideoPixelFormat.I420 ? new long[] {0, w * h, w * h + cw * (h / 2)} : new long[] {0, w * h};
            strides = f == VideoPixelFormat.I420 ? new int[] {w, cw, cw} : new int[] {w, w};
        }
        FrameBuffer b = FrameBuffer.allocate(bytes.length);
        MemorySegment.copy(bytes, 0, b.memory(), ValueLayout.JAVA_BYTE, 0, bytes.length);
        return b.toVideoFrame(VideoFrameLayout.of(f, w, h, offsets, strides), 0, -1);
    }

    @Test
    void memoryOutputEqualsScalar() {
        YuvToRgb32 vector = YuvToRgb32.get();
        YuvToRgb32 scalar = YuvToRgb32.scalar();
        for (VideoPixelFormat f : YuvToRgb32Test.YUV) {
            for (int w : new int[] {7, 48, 67}) {
                int h = 3;
                try (VideoFrame frame = TestFrames.random(f, w, h, 4, w); Arena arena = Arena.ofConfined()) {
                    for (YuvToRgb32.Order order : YuvToRgb32.Order.values()) {
                        long stride = 4L * w + 8;
                        MemorySegment want = arena.allocate(16 + stride * h);
                        MemorySegment got = arena.allocate(16 + stride * h);
                        scalar.toMemory(frame, YuvMatrix.BT709_LIMITED, order, want, 16, stride);
                        vector.toMemory(frame, YuvMatrix.BT709_LIMITED, order, got, 16, stride);
                        assertArrayEquals(want.toArray(ValueLayout.JAVA_BYTE), got.toArray(ValueLayout.JAVA_BYTE),
                                f + " " + w + " " + order);
                    }
                }
            }
        }
    }

    @Test
    void fullHdFramesMatch() {
        for (VideoPixelFormat f : YuvToRgb32Test.YUV) {
            try (VideoFrame frame = TestFrames.random(f, 1920, 1080, 0, 42)) {
                int[] want = new int[1920 * 1080];
                int[] got = new int[1920 * 1080];
                YuvToRgb32.scalar().toInts(frame, YuvMatrix.BT601_LIMITED, YuvToRgb32.Order.ARGB, want, 0, 1920);
                PixelConverter.toArgbInts(frame, got, YuvMatrix.BT601_LIMITED);
                assertArrayEquals(want, got, f.toString());
            }
        }
    }
}
