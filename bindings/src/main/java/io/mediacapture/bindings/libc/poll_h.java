// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-poll.args
// with bindings/jextract/libc-poll.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name poll_h
//   --include-function poll
//   --include-struct pollfd
//   --include-constant POLLIN
//   --include-constant POLLPRI
//   --include-constant POLLOUT
//   --include-constant POLLERR
//   --include-constant POLLHUP
//   --include-constant POLLNVAL
//   /usr/include/poll.h
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
 * {@code <poll.h>}: {@code poll} and {@code struct pollfd}.
 */
@SuppressWarnings({"unused", "restricted"})
public class poll_h {

    poll_h() {
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

    private static class poll {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(poll_h.C_INT, poll_h.C_POINTER, poll_h.C_LONG, poll_h.C_INT);
        public static final MethodHandle HANDLE = poll_h.downcall("poll", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int poll(struct pollfd *fds, nfds_t nfds, int timeout)
     * }
     */
    public static FunctionDescriptor poll$descriptor() {
        return poll.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int poll(struct pollfd *fds, nfds_t nfds, int timeout)
     * }
     */
    public static MethodHandle poll$handle() {
        return poll.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int poll(struct pollfd *fds, nfds_t nfds, int timeout)
     * }
     */
    public static MemorySegment poll$address() {
        return poll_h.findOrThrow("poll");
    }

    /**
     * {@snippet lang=c :
     * int poll(struct pollfd *fds, nfds_t nfds, int timeout)
     * }
     */
    public static int poll(MemorySegment fds, long nfds, int timeout) {
        var mh$ = poll.HANDLE;
        try {
            return (int) mh$.invokeExact(fds, nfds, timeout);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int POLLIN = (int) 1L;

    /**
     * {@snippet lang=c :
     * POLLIN = 1
     * }
     */
    public static int POLLIN() {
        return POLLIN;
    }

    private static final int POLLPRI = (int) 2L;

    /**
     * {@snippet lang=c :
     * POLLPRI = 2
     * }
     */
    public static int POLLPRI() {
        return POLLPRI;
    }

    private static final int POLLOUT = (int) 4L;

    /**
     * {@snippet lang=c :
     * POLLOUT = 4
     * }
     */
    public static int POLLOUT() {
        return POLLOUT;
    }

    private static final int POLLERR = (int) 8L;

    /**
     * {@snippet lang=c :
     * POLLERR = 8
     * }
     */
    public static int POLLERR() {
        return POLLERR;
    }

    private static final int POLLHUP = (int) 16L;

    /**
     * {@snippet lang=c :
     * POLLHUP = 16
     * }
     */
    public static int POLLHUP() {
        return POLLHUP;
    }

    private static final int POLLNVAL = (int) 32L;

    /**
     * {@snippet lang=c :
     * POLLNVAL = 32
     * }
     */
    public static int POLLNVAL() {
        return POLLNVAL;
    }
}
