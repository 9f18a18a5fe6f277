// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-mman.args
// with bindings/jextract/libc-mman.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name mman_h
//   --include-function mmap
//   --include-function munmap
//   --include-constant PROT_NONE
//   --include-constant PROT_READ
//   --include-constant PROT_WRITE
//   --include-constant PROT_EXEC
//   --include-constant MAP_SHARED
//   --include-constant MAP_PRIVATE
//   --include-constant MAP_ANONYMOUS
//   --include-constant MAP_FAILED
//   /usr/include/x86_64-linux-gnu/sys/mman.h
// Written without jextract (not installed here); layouts use the native linker's canonical C layouts
// and computed padding instead of the literal offsets jextract would print. Checked against the real
// headers by the ABI tests.
package io.mediacapture.bindings.libc;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@code <sys/mman.h>}: {@code mmap}/{@code munmap} (64-bit {@code off_t}).
 */
@SuppressWarnings({"unused", "restricted"})
public class mman_h {

    mman_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types as the native linker lays them out on this platform. C_LONG/C_SIZE_T are cast to OfLong:
    // on an ILP32 platform that cast fails at class initialisation instead of corrupting memory later.
    public static final ValueLayout.OfBoolean C_BOOL = (ValueLayout.OfBoolean) LINKER.canonicalLayouts().get("bool");
    public static final ValueLayout.OfByte C_CHAR = (ValueLayout.OfByte) LINKER.canonicalLayouts().get("char");
    public static final ValueLayout.OfShort C_SHORT = (ValueLayout.OfShort) LINKER.canonicalLayouts().get("short");
    public static final ValueLayout.OfInt C_INT = (ValueLayout.OfInt) LINKER.canonicalLayouts().get("int");
    public static final ValueLayout.OfLong C_LONG_LONG = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("long long");
    public static final ValueLayout.OfFloat C_FLOAT = (ValueLayout.OfFloat) LINKER.canonicalLayouts().get("float");
    public static final ValueLayout.OfDouble C_DOUBLE = (ValueLayout.OfDouble) LINKER.canonicalLayouts().get("double");
    public static final AddressLayout C_POINTER = ((AddressLayout) LINKER.canonicalLayouts().get("void*"))
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("long");
    public static final ValueLayout.OfLong C_SIZE_T = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("size_t");

    static MemorySegment findOrThrow(String symbol) {
        // The C library is always mapped into the JVM: the linker's default lookup finds its symbols.
        return LINKER.defaultLookup().find(symbol)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc symbol not found: " + symbol));
    }

    /**
     * Links a downcall. When the library or symbol is missing, returns a handle of the same type that throws
     * the loader's error on every call, so callers see the library and package name (a failing static
     * initialiser would turn into NoClassDefFoundError on the second call).
     */
    static MethodHandle downcall(String symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment address;
        try {
            address = findOrThrow(symbol);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            MethodType type = descriptor.toMethodType();
            MethodHandle thrower = MethodHandles.throwException(type.returnType(), e.getClass()).bindTo(e);
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        }
        return LINKER.downcallHandle(address, descriptor, options);
    }

    private static class mmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(mman_h.C_POINTER, mman_h.C_POINTER, mman_h.C_SIZE_T, mman_h.C_INT, mman_h.C_INT, mman_h.C_INT, mman_h.C_LONG);
        public static final MethodHandle HANDLE = mman_h.downcall("mmap", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static FunctionDescriptor mmap$descriptor() {
        return mmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MethodHandle mmap$handle() {
        return mmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MemorySegment mmap$address() {
        return mman_h.findOrThrow("mmap");
    }

    /**
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MemorySegment mmap(MemorySegment addr, long len, int prot, int flags, int fd, long offset) {
        var mh$ = mmap.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(addr, len, prot, flags, fd, offset);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class munmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(mman_h.C_INT, mman_h.C_POINTER, mman_h.C_SIZE_T);
        public static final MethodHandle HANDLE = mman_h.downcall("munmap", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int munmap(void *addr, size_t len)
     * }
     */
    public static FunctionDescriptor munmap$descriptor() {
        return munmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int munmap(void *addr, size_t len)
     * }
     */
    public static MethodHandle munmap$handle() {
        return munmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int munmap(void *addr, size_t len)
     * }
     */
    public static MemorySegment munmap$address() {
        return mman_h.findOrThrow("munmap");
    }

    /**
     * {@snippet lang=c :
     * int munmap(void *addr, size_t len)
     * }
     */
    public static int munmap(MemorySegment addr, long len) {
        var mh$ = munmap.HANDLE;
        try {
            return (int) mh$.invokeExact(addr, len);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int PROT_NONE = (int) 0L;

    /**
     * {@snippet lang=c :
     * PROT_NONE = 0
     * }
     */
    public static int PROT_NONE() {
        return PROT_NONE;
    }

    private static final int PROT_READ = (int) 1L;

    /**
     * {@snippet lang=c :
     * PROT_READ = 1
     * }
     */
    public static int PROT_READ() {
        return PROT_READ;
    }

    private static final int PROT_WRITE = (int) 2L;

    /**
     * {@snippet lang=c :
     * PROT_WRITE = 2
     * }
     */
    public static int PROT_WRITE() {
        return PROT_WRITE;
    }

    private static final int PROT_EXEC = (int) 4L;

    /**
     * {@snippet lang=c :
     * PROT_EXEC = 4
     * }
     */
    public static int PROT_EXEC() {
        return PROT_EXEC;
    }

    private static final int MAP_SHARED = (int) 1L;

    /**
     * {@snippet lang=c :
     * MAP_SHARED = 1
     * }
     */
    public static int MAP_SHARED() {
        return MAP_SHARED;
    }

    private static final int MAP_PRIVATE = (int) 2L;

    /**
     * {@snippet lang=c :
     * MAP_PRIVATE = 2
     * }
     */
    public static int MAP_PRIVATE() {
        return MAP_PRIVATE;
    }

    private static final int MAP_ANONYMOUS = (int) 32L;

    /**
     * {@snippet lang=c :
     * MAP_ANONYMOUS = 32
     * }
     */
    public static int MAP_ANONYMOUS() {
        return MAP_ANONYMOUS;
    }

    private static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);

    /**
     * {@snippet lang=c :
     * #define MAP_FAILED (void *) -1
     * }
     */
    public static MemorySegment MAP_FAILED() {
        return MAP_FAILED;
    }
}
