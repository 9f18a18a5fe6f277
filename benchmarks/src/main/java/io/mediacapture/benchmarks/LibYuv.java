package io.mediacapture.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The three libyuv converters the pixel benchmark compares with, called through FFM. libyuv is the Debian
 * package libyuv0 ({@code libyuv.so.0}); it is a benchmark baseline only, never a library dependency.
 * libyuv's "ARGB" is B,G,R,A in memory: one little-endian 0xAARRGGBB int per pixel, as our ARGB ints.
 */
final class LibYuv {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout PTR = ValueLayout.ADDRESS;
    private static final SymbolLookup LIB = open();
    private static final MethodHandle I420_TO_ARGB = handle("I420ToARGB",
            FunctionDescriptor.of(INT, PTR, INT, PTR, INT, PTR, INT, PTR, INT, INT, INT));
    private static final MethodHandle NV12_TO_ARGB = handle("NV12ToARGB",
            FunctionDescriptor.of(INT, PTR, INT, PTR, INT, PTR, INT, INT, INT));
    private static final MethodHandle YUY2_TO_ARGB = handle("YUY2ToARGB",
            FunctionDescriptor.of(INT, PTR, INT, PTR, INT, INT, INT));

    private LibYuv() {}

    @SuppressWarnings("restricted")
    private static SymbolLookup open() {
        try {
            return SymbolLookup.libraryLookup("libyuv.so.0", Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("libyuv.so.0 not found: install the Debian package libyuv0", e);
        }
    }

    @SuppressWarnings("restricted")
    private static MethodHandle handle(String name, FunctionDescriptor fd) {
        MemorySegment symbol = LIB.find(name).orElseThrow(() -> new IllegalStateException("libyuv has no " + name));
        return Linker.nativeLinker().downcallHandle(symbol, fd);
    }

    static void i420ToArgb(MemorySegment y, int strideY, MemorySegment u, int strideU, MemorySegment v, int strideV,
                           MemorySegment argb, int strideArgb, int width, int height) {
        check(invoke(() -> (int) I420_TO_ARGB.invokeExact(y, strideY, u, strideU, v, strideV, argb, strideArgb, width,
                height)), "I420ToARGB");
    }

    static void nv12ToArgb(MemorySegment y, int strideY, MemorySegment uv, int strideUv, MemorySegment argb,
                           int strideArgb, int width, int height) {
        check(invoke(() -> (int) NV12_TO_ARGB.invokeExact(y, strideY, uv, strideUv, argb, strideArgb, width, height)),
                "NV12ToARGB");
    }

    static void yuy2ToArgb(MemorySegment yuy2, int stride, MemorySegment argb, int strideArgb, int width, int height) {
        check(invoke(() -> (int) YUY2_TO_ARGB.invokeExact(yuy2, stride, argb, strideArgb, width, height)), "YUY2ToARGB");
    }

    private interface Call {
        int run() throws Throwable;
    }

    private static int invoke(Call c) {
        try {
            return c.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void check(int rc, String name) {
        if (rc != 0) {
            throw new IllegalArgumentException(name + " returned " + rc + " (bad arguments)");
        }
    }
}
