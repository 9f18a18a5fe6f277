// Written in jextract's shape (one class per header: $descriptor()/$handle()/$address() and a static method per
// function, lazy library loading), because jextract cannot read Apple's SDK headers here. The prototypes
// are restated from Apple's documentation and headers; see the C declaration above each function.
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;

import static java.lang.foreign.ValueLayout.*;

/**
 * CoreVideo ({@code <CoreVideo/CVPixelBuffer.h>}): locking and reading pixel buffers. macOS only.
 */
@SuppressWarnings({"unused", "restricted"})
public class CoreVideo_h {

    CoreVideo_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types of LP64 macOS (x86_64 and arm64 alike).
    public static final ValueLayout.OfByte C_CHAR = JAVA_BYTE;
    public static final ValueLayout.OfInt C_INT = JAVA_INT;
    public static final ValueLayout.OfLong C_LONG = JAVA_LONG;
    public static final AddressLayout C_POINTER = ADDRESS;

    /** The library, loaded on first use of one of its functions (never at class initialisation). */
    public static final Framework LIBRARY = Framework.system("CoreVideo");

    static MemorySegment findOrThrow(String symbol) {
        return LIBRARY.find(symbol);
    }

    /**
     * Links a downcall. When the library or symbol is missing, returns a handle of the same type that throws
     * the loader's error on every call, naming the library (a failing static initialiser would turn into
     * NoClassDefFoundError on the second call).
     */
    static MethodHandle downcall(String symbol, FunctionDescriptor descriptor) {
        MemorySegment address;
        try {
            address = findOrThrow(symbol);
        } catch (RuntimeException e) {
            MethodType type = descriptor.toMethodType();
            MethodHandle thrower = MethodHandles.throwException(type.returnType(), e.getClass()).bindTo(e);
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        }
        return LINKER.downcallHandle(address, descriptor);
    }

    /**
     * {@snippet lang=c :
     * kCVPixelBufferLock_ReadOnly = 0x00000001
     * }
     */
    public static int kCVPixelBufferLock_ReadOnly() {
        return 1;
    }

    private static class CVPixelBufferLockBaseAddress {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_INT, CoreVideo_h.C_POINTER, CoreVideo_h.C_LONG);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferLockBaseAddress", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CVReturn CVPixelBufferLockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags lockFlags)  // CVOptionFlags: uint64_t
     * }
     */
    public static FunctionDescriptor CVPixelBufferLockBaseAddress$descriptor() {
        return CVPixelBufferLockBaseAddress.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CVReturn CVPixelBufferLockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags lockFlags)  // CVOptionFlags: uint64_t
     * }
     */
    public static MethodHandle CVPixelBufferLockBaseAddress$handle() {
        return CVPixelBufferLockBaseAddress.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CVReturn CVPixelBufferLockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags lockFlags)  // CVOptionFlags: uint64_t
     * }
     */
    public static MemorySegment CVPixelBufferLockBaseAddress$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferLockBaseAddress");
    }

    /**
     * {@snippet lang=c :
     * CVReturn CVPixelBufferLockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags lockFlags)  // CVOptionFlags: uint64_t
     * }
     */
    public static int CVPixelBufferLockBaseAddress(MemorySegment pixelBuffer, long lockFlags) {
        var mh$ = CVPixelBufferLockBaseAddress.HANDLE;
        try {
            return (int) mh$.invokeExact(pixelBuffer, lockFlags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferUnlockBaseAddress {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_INT, CoreVideo_h.C_POINTER, CoreVideo_h.C_LONG);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferUnlockBaseAddress", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CVReturn CVPixelBufferUnlockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags unlockFlags)
     * }
     */
    public static FunctionDescriptor CVPixelBufferUnlockBaseAddress$descriptor() {
        return CVPixelBufferUnlockBaseAddress.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CVReturn CVPixelBufferUnlockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags unlockFlags)
     * }
     */
    public static MethodHandle CVPixelBufferUnlockBaseAddress$handle() {
        return CVPixelBufferUnlockBaseAddress.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CVReturn CVPixelBufferUnlockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags unlockFlags)
     * }
     */
    public static MemorySegment CVPixelBufferUnlockBaseAddress$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferUnlockBaseAddress");
    }

    /**
     * {@snippet lang=c :
     * CVReturn CVPixelBufferUnlockBaseAddress(CVPixelBufferRef pixelBuffer, CVPixelBufferLockFlags unlockFlags)
     * }
     */
    public static int CVPixelBufferUnlockBaseAddress(MemorySegment pixelBuffer, long unlockFlags) {
        var mh$ = CVPixelBufferUnlockBaseAddress.HANDLE;
        try {
            return (int) mh$.invokeExact(pixelBuffer, unlockFlags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferIsPlanar {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_CHAR, CoreVideo_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferIsPlanar", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * Boolean CVPixelBufferIsPlanar(CVPixelBufferRef pixelBuffer)  // Boolean: unsigned char
     * }
     */
    public static FunctionDescriptor CVPixelBufferIsPlanar$descriptor() {
        return CVPixelBufferIsPlanar.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * Boolean CVPixelBufferIsPlanar(CVPixelBufferRef pixelBuffer)  // Boolean: unsigned char
     * }
     */
    public static MethodHandle CVPixelBufferIsPlanar$handle() {
        return CVPixelBufferIsPlanar.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * Boolean CVPixelBufferIsPlanar(CVPixelBufferRef pixelBuffer)  // Boolean: unsigned char
     * }
     */
    public static MemorySegment CVPixelBufferIsPlanar$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferIsPlanar");
    }

    /**
     * {@snippet lang=c :
     * Boolean CVPixelBufferIsPlanar(CVPixelBufferRef pixelBuffer)  // Boolean: unsigned char
     * }
     */
    public static byte CVPixelBufferIsPlanar(MemorySegment pixelBuffer) {
        var mh$ = CVPixelBufferIsPlanar.HANDLE;
        try {
            return (byte) mh$.invokeExact(pixelBuffer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetPlaneCount {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_LONG, CoreVideo_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetPlaneCount", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetPlaneCount(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetPlaneCount$descriptor() {
        return CVPixelBufferGetPlaneCount.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetPlaneCount(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MethodHandle CVPixelBufferGetPlaneCount$handle() {
        return CVPixelBufferGetPlaneCount.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetPlaneCount(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MemorySegment CVPixelBufferGetPlaneCount$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetPlaneCount");
    }

    /**
     * {@snippet lang=c :
     * size_t CVPixelBufferGetPlaneCount(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static long CVPixelBufferGetPlaneCount(MemorySegment pixelBuffer) {
        var mh$ = CVPixelBufferGetPlaneCount.HANDLE;
        try {
            return (long) mh$.invokeExact(pixelBuffer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetBaseAddress {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_POINTER, CoreVideo_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetBaseAddress", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddress(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetBaseAddress$descriptor() {
        return CVPixelBufferGetBaseAddress.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddress(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MethodHandle CVPixelBufferGetBaseAddress$handle() {
        return CVPixelBufferGetBaseAddress.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddress(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MemorySegment CVPixelBufferGetBaseAddress$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetBaseAddress");
    }

    /**
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddress(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MemorySegment CVPixelBufferGetBaseAddress(MemorySegment pixelBuffer) {
        var mh$ = CVPixelBufferGetBaseAddress.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(pixelBuffer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetBytesPerRow {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_LONG, CoreVideo_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetBytesPerRow", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRow(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetBytesPerRow$descriptor() {
        return CVPixelBufferGetBytesPerRow.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRow(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MethodHandle CVPixelBufferGetBytesPerRow$handle() {
        return CVPixelBufferGetBytesPerRow.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRow(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MemorySegment CVPixelBufferGetBytesPerRow$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetBytesPerRow");
    }

    /**
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRow(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static long CVPixelBufferGetBytesPerRow(MemorySegment pixelBuffer) {
        var mh$ = CVPixelBufferGetBytesPerRow.HANDLE;
        try {
            return (long) mh$.invokeExact(pixelBuffer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetWidth {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_LONG, CoreVideo_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetWidth", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetWidth(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetWidth$descriptor() {
        return CVPixelBufferGetWidth.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetWidth(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MethodHandle CVPixelBufferGetWidth$handle() {
        return CVPixelBufferGetWidth.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetWidth(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MemorySegment CVPixelBufferGetWidth$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetWidth");
    }

    /**
     * {@snippet lang=c :
     * size_t CVPixelBufferGetWidth(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static long CVPixelBufferGetWidth(MemorySegment pixelBuffer) {
        var mh$ = CVPixelBufferGetWidth.HANDLE;
        try {
            return (long) mh$.invokeExact(pixelBuffer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetHeight {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_LONG, CoreVideo_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetHeight", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeight(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetHeight$descriptor() {
        return CVPixelBufferGetHeight.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeight(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MethodHandle CVPixelBufferGetHeight$handle() {
        return CVPixelBufferGetHeight.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeight(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static MemorySegment CVPixelBufferGetHeight$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetHeight");
    }

    /**
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeight(CVPixelBufferRef pixelBuffer)
     * }
     */
    public static long CVPixelBufferGetHeight(MemorySegment pixelBuffer) {
        var mh$ = CVPixelBufferGetHeight.HANDLE;
        try {
            return (long) mh$.invokeExact(pixelBuffer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetBaseAddressOfPlane {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_POINTER, CoreVideo_h.C_POINTER, CoreVideo_h.C_LONG);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetBaseAddressOfPlane", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddressOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetBaseAddressOfPlane$descriptor() {
        return CVPixelBufferGetBaseAddressOfPlane.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddressOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MethodHandle CVPixelBufferGetBaseAddressOfPlane$handle() {
        return CVPixelBufferGetBaseAddressOfPlane.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddressOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MemorySegment CVPixelBufferGetBaseAddressOfPlane$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetBaseAddressOfPlane");
    }

    /**
     * {@snippet lang=c :
     * void *CVPixelBufferGetBaseAddressOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MemorySegment CVPixelBufferGetBaseAddressOfPlane(MemorySegment pixelBuffer, long planeIndex) {
        var mh$ = CVPixelBufferGetBaseAddressOfPlane.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(pixelBuffer, planeIndex);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetBytesPerRowOfPlane {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_LONG, CoreVideo_h.C_POINTER, CoreVideo_h.C_LONG);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetBytesPerRowOfPlane", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRowOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetBytesPerRowOfPlane$descriptor() {
        return CVPixelBufferGetBytesPerRowOfPlane.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRowOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MethodHandle CVPixelBufferGetBytesPerRowOfPlane$handle() {
        return CVPixelBufferGetBytesPerRowOfPlane.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRowOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MemorySegment CVPixelBufferGetBytesPerRowOfPlane$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetBytesPerRowOfPlane");
    }

    /**
     * {@snippet lang=c :
     * size_t CVPixelBufferGetBytesPerRowOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static long CVPixelBufferGetBytesPerRowOfPlane(MemorySegment pixelBuffer, long planeIndex) {
        var mh$ = CVPixelBufferGetBytesPerRowOfPlane.HANDLE;
        try {
            return (long) mh$.invokeExact(pixelBuffer, planeIndex);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CVPixelBufferGetHeightOfPlane {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreVideo_h.C_LONG, CoreVideo_h.C_POINTER, CoreVideo_h.C_LONG);
        public static final MethodHandle HANDLE = CoreVideo_h.downcall("CVPixelBufferGetHeightOfPlane", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeightOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static FunctionDescriptor CVPixelBufferGetHeightOfPlane$descriptor() {
        return CVPixelBufferGetHeightOfPlane.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeightOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MethodHandle CVPixelBufferGetHeightOfPlane$handle() {
        return CVPixelBufferGetHeightOfPlane.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeightOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static MemorySegment CVPixelBufferGetHeightOfPlane$address() {
        return CoreVideo_h.findOrThrow("CVPixelBufferGetHeightOfPlane");
    }

    /**
     * {@snippet lang=c :
     * size_t CVPixelBufferGetHeightOfPlane(CVPixelBufferRef pixelBuffer, size_t planeIndex)
     * }
     */
    public static long CVPixelBufferGetHeightOfPlane(MemorySegment pixelBuffer, long planeIndex) {
        var mh$ = CVPixelBufferGetHeightOfPlane.HANDLE;
        try {
            return (long) mh$.invokeExact(pixelBuffer, planeIndex);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
