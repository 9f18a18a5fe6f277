// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-fcntl.args
// with bindings/jextract/libc-fcntl.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name fcntl_h
//   --include-function open
//   --include-constant O_RDONLY
//   --include-constant O_WRONLY
//   --include-constant O_RDWR
//   --include-constant O_CREAT
//   --include-constant O_EXCL
//   --include-constant O_NOCTTY
//   --include-constant O_TRUNC
//   --include-constant O_APPEND
//   --include-constant O_NONBLOCK
//   --include-constant O_CLOEXEC
//   /usr/include/fcntl.h
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
 * {@code <fcntl.h>}: {@code open} and its flags. The flags bound here have the same value on x86_64 and aarch64.
 */
@SuppressWarnings({"unused", "restricted"})
public class fcntl_h {

    fcntl_h() {
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

    /**
     * Variadic invoker class for:
     * {@snippet lang=c :
     * int open(const char *file, int oflag, ...)
     * }
     * Each {@link #makeInvoker} call links one shape of the variadic tail (e.g. {@code C_POINTER} for a
     * pointer argument), passing {@code Linker.Option.firstVariadicArg} so that the variadic calling
     * convention is used where it differs from the fixed one.
     */
    public static class open {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(fcntl_h.C_INT, fcntl_h.C_POINTER, fcntl_h.C_INT);

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private open(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        /** Links {@code open} with the given layouts for the variadic arguments. */
        public static open makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = fcntl_h.downcall("open", desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new open(mh$, desc$, spreader$);
        }

        /** The descriptor of the fixed arguments only. */
        public static FunctionDescriptor baseDescriptor() {
            return BASE_DESC;
        }

        /** The number of fixed arguments, i.e. the index of the first variadic one. */
        public static int firstVariadicArg() {
            return BASE_DESC.argumentLayouts().size();
        }

        public static MemorySegment address() {
            return fcntl_h.findOrThrow("open");
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(MemorySegment file, int oflag, Object... x$) {
            try {
                return (int) spreader.invokeExact(file, oflag, x$);
            } catch (IllegalArgumentException | ClassCastException ex$) {
                throw ex$; // wrong number or type of variadic arguments
            } catch (Error | RuntimeException ex) {
                throw ex;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final int O_RDONLY = (int) 0L;

    /**
     * {@snippet lang=c :
     * O_RDONLY = 0
     * }
     */
    public static int O_RDONLY() {
        return O_RDONLY;
    }

    private static final int O_WRONLY = (int) 1L;

    /**
     * {@snippet lang=c :
     * O_WRONLY = 1
     * }
     */
    public static int O_WRONLY() {
        return O_WRONLY;
    }

    private static final int O_RDWR = (int) 2L;

    /**
     * {@snippet lang=c :
     * O_RDWR = 2
     * }
     */
    public static int O_RDWR() {
        return O_RDWR;
    }

    private static final int O_CREAT = (int) 64L;

    /**
     * {@snippet lang=c :
     * O_CREAT = 64
     * }
     */
    public static int O_CREAT() {
        return O_CREAT;
    }

    private static final int O_EXCL = (int) 128L;

    /**
     * {@snippet lang=c :
     * O_EXCL = 128
     * }
     */
    public static int O_EXCL() {
        return O_EXCL;
    }

    private static final int O_NOCTTY = (int) 256L;

    /**
     * {@snippet lang=c :
     * O_NOCTTY = 256
     * }
     */
    public static int O_NOCTTY() {
        return O_NOCTTY;
    }

    private static final int O_TRUNC = (int) 512L;

    /**
     * {@snippet lang=c :
     * O_TRUNC = 512
     * }
     */
    public static int O_TRUNC() {
        return O_TRUNC;
    }

    private static final int O_APPEND = (int) 1024L;

    /**
     * {@snippet lang=c :
     * O_APPEND = 1024
     * }
     */
    public static int O_APPEND() {
        return O_APPEND;
    }

    private static final int O_NONBLOCK = (int) 2048L;

    /**
     * {@snippet lang=c :
     * O_NONBLOCK = 2048
     * }
     */
    public static int O_NONBLOCK() {
        return O_NONBLOCK;
    }

    private static final int O_CLOEXEC = (int) 524288L;

    /**
     * {@snippet lang=c :
     * O_CLOEXEC = 524288
     * }
     */
    public static int O_CLOEXEC() {
        return O_CLOEXEC;
    }
}
