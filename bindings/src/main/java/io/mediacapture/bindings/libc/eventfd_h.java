// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-eventfd.args
// with bindings/jextract/libc-eventfd.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name eventfd_h
//   --include-function eventfd
//   --include-constant EFD_SEMAPHORE
//   --include-constant EFD_CLOEXEC
//   --include-constant EFD_NONBLOCK
//   /usr/include/x86_64-linux-gnu/sys/eventfd.h
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
 * {@code <sys/eventfd.h>}: {@code eventfd}.
 */
@SuppressWarnings({"unused", "restricted"})
public class eventfd_h {

    eventfd_h() {
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

    private static class eventfd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(eventfd_h.C_INT, eventfd_h.C_INT, eventfd_h.C_INT);
        public static final MethodHandle HANDLE = eventfd_h.downcall("eventfd", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int eventfd(unsigned int count, int flags)
     * }
     */
    public static FunctionDescriptor eventfd$descriptor() {
        return eventfd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int eventfd(unsigned int count, int flags)
     * }
     */
    public static MethodHandle eventfd$handle() {
        return eventfd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int eventfd(unsigned int count, int flags)
     * }
     */
    public static MemorySegment eventfd$address() {
        return eventfd_h.findOrThrow("eventfd");
    }

    /**
     * {@snippet lang=c :
     * int eventfd(unsigned int count, int flags)
     * }
     */
    public static int eventfd(int count, int flags) {
        var mh$ = eventfd.HANDLE;
        try {
            return (int) mh$.invokeExact(count, flags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int EFD_SEMAPHORE = (int) 1L;

    /**
     * {@snippet lang=c :
     * EFD_SEMAPHORE = 1
     * }
     */
    public static int EFD_SEMAPHORE() {
        return EFD_SEMAPHORE;
    }

    private static final int EFD_CLOEXEC = (int) 524288L;

    /**
     * {@snippet lang=c :
     * EFD_CLOEXEC = 524288
     * }
     */
    public static int EFD_CLOEXEC() {
        return EFD_CLOEXEC;
    }

    private static final int EFD_NONBLOCK = (int) 2048L;

    /**
     * {@snippet lang=c :
     * EFD_NONBLOCK = 2048
     * }
     */
    public static int EFD_NONBLOCK() {
        return EFD_NONBLOCK;
    }
}
