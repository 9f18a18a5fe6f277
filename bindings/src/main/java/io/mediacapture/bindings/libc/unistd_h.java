// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-unistd.args
// with bindings/jextract/libc-unistd.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name unistd_h
//   --include-function close
//   --include-function read
//   --include-function write
//   /usr/include/unistd.h
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
 * {@code <unistd.h>}: {@code close}, {@code read}, {@code write}.
 */
@SuppressWarnings({"unused", "restricted"})
public class unistd_h {

    unistd_h() {
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

    private static class close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(unistd_h.C_INT, unistd_h.C_INT);
        public static final MethodHandle HANDLE = unistd_h.downcall("close", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static FunctionDescriptor close$descriptor() {
        return close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static MethodHandle close$handle() {
        return close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static MemorySegment close$address() {
        return unistd_h.findOrThrow("close");
    }

    /**
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static int close(int fd) {
        var mh$ = close.HANDLE;
        try {
            return (int) mh$.invokeExact(fd);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class read {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(unistd_h.C_SIZE_T, unistd_h.C_INT, unistd_h.C_POINTER, unistd_h.C_SIZE_T);
        public static final MethodHandle HANDLE = unistd_h.downcall("read", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * ssize_t read(int fd, void *buf, size_t nbytes)
     * }
     */
    public static FunctionDescriptor read$descriptor() {
        return read.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * ssize_t read(int fd, void *buf, size_t nbytes)
     * }
     */
    public static MethodHandle read$handle() {
        return read.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * ssize_t read(int fd, void *buf, size_t nbytes)
     * }
     */
    public static MemorySegment read$address() {
        return unistd_h.findOrThrow("read");
    }

    /**
     * {@snippet lang=c :
     * ssize_t read(int fd, void *buf, size_t nbytes)
     * }
     */
    public static long read(int fd, MemorySegment buf, long nbytes) {
        var mh$ = read.HANDLE;
        try {
            return (long) mh$.invokeExact(fd, buf, nbytes);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class write {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(unistd_h.C_SIZE_T, unistd_h.C_INT, unistd_h.C_POINTER, unistd_h.C_SIZE_T);
        public static final MethodHandle HANDLE = unistd_h.downcall("write", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * ssize_t write(int fd, const void *buf, size_t n)
     * }
     */
    public static FunctionDescriptor write$descriptor() {
        return write.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * ssize_t write(int fd, const void *buf, size_t n)
     * }
     */
    public static MethodHandle write$handle() {
        return write.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * ssize_t write(int fd, const void *buf, size_t n)
     * }
     */
    public static MemorySegment write$address() {
        return unistd_h.findOrThrow("write");
    }

    /**
     * {@snippet lang=c :
     * ssize_t write(int fd, const void *buf, size_t n)
     * }
     */
    public static long write(int fd, MemorySegment buf, long n) {
        var mh$ = write.HANDLE;
        try {
            return (long) mh$.invokeExact(fd, buf, n);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
