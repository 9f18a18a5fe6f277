package io.mediacapture.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
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
