package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Whole-frame YUV (I420, I422, NV12, YUY2, UYVY) to 32-bit RGB, the hot path behind {@code BufferedImage} and
 * RGBA/BGRA output. Two implementations give identical pixels: {@link ScalarYuvToRgb32} (plain Java) and
 * {@code VectorYuvToRgb32} (the incubating Vector API). {@link #get()} picks the vector one only when the
 * application itself resolved {@code jdk.incubator.vector} in the boot layer
 * ({@code --add-modules jdk.incubator.vector}), so nobody who did not opt in loads the incubator or sees its
 * warning. Stateless and thread-safe.
 */
abstract class YuvToRgb32 {
    /** Set to {@code false} to stay on the scalar path even when the Vector API is present. */
    static final String VECTOR_PROPERTY = "io.mediacapture.convert.vector";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_CLASS = "io.mediacapture.internal.convert.VectorYuvToRgb32";

    /** Which byte of an int each colour lands in; alpha is always the top byte (255). */
    enum Order {
        /** 0xAARRGGBB: {@code BufferedImage} ints, BGRA bytes when written little-endian. */
        ARGB(16, 0),
        /** 0xAABBGGRR: RGBA bytes when written little-endian. */
        ABGR(0, 16);

        final int redShift;
        final int blueShift;

        Order(int redShift, int blueShift) {
            this.redShift = redShift;
            this.blueShift = blueShift;
        }
    }

    static boolean supports(VideoPixelFormat format) {
        return format.isYuv();
    }

    /** The vector implementation when the application enabled it (see the class comment), else scalar. */
    static YuvToRgb32 get() {
        return Best.INSTANCE;
    }

    static YuvToRgb32 scalar() {
        return ScalarYuvToRgb32.INSTANCE;
    }

    /** Why {@link #get()} is scalar, or empty when it is the vector implementation. */
    static Optional<String> vectorUnavailableReason() {
        return Optional.ofNullable(Best.WHY_SCALAR);
    }

    /**
     * Writes {@code src} as ints in {@code order}, row {@code y} at {@code offset + y * scanline}; the caller
     * checked that the array holds the frame.
     */
    abstract void toInts(VideoFrame src, YuvMatrix m, Order order, int[] out, int offset, int scanline);

    /**
     * Writes {@code src} as little-endian ints in {@code order} into {@code dst}, row {@code y} at byte
     * {@code offset + y * stride}; the caller checked that the segment is writable and large enough.
     */
    abstract void toMemory(VideoFrame src, YuvMatrix m, Order order, MemorySegment dst, long offset, long stride);

    private static final class Best {
        static final YuvToRgb32 INSTANCE;
        static final String WHY_SCALAR;

        static {
            YuvToRgb32 best = ScalarYuvToRgb32.INSTANCE;
            String why;
            if (!Boolean.parseBoolean(System.getProperty(VECTOR_PROPERTY, "true"))) {
                why = "-D" + VECTOR_PROPERTY + "=false";
            } else if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
                why = VECTOR_MODULE + " is not in the boot layer (run with --add-modules " + VECTOR_MODULE + ")";
            } else {
                try {
                    best = loadVector();
                    why = null;
                } catch (InvocationTargetException e) {
                    why = "the vector converter is unusable here: " + e.getCause().getMessage();
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    why = "the vector converter failed to load: " + e;
                }
            }
            INSTANCE = best;
            WHY_SCALAR = why;
        }

        private static YuvToRgb32 loadVector() throws ReflectiveOperationException {
            // A named io.mediacapture.core does not read the incubator module (module-info cannot require
            // it without forcing it on everyone); a module may add that edge for itself at run time.
            Module self = YuvToRgb32.class.getModule();
            ModuleLayer.boot().findModule(VECTOR_MODULE).ifPresent(self::addReads);
            Class<?> c = Class.forName(VECTOR_CLASS, true, YuvToRgb32.class.getClassLoader());
            return (YuvToRgb32) c.getDeclaredConstructor().newInstance();
        }
    }
}
