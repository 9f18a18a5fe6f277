// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-ioctl.args
// with bindings/jextract/libc-ioctl.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name ioctl_h
//   --include-function ioctl
//   /usr/include/x86_64-linux-gnu/sys/ioctl.h
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
 * {@code <sys/ioctl.h>}: the variadic {@code ioctl}; use {@code ioctl.makeInvoker(C_POINTER)} for the pointer form.
 */
@SuppressWarnings({"unused", "restricted"})
public class ioctl_h {

    ioctl_h() {
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
     * int ioctl(int fd, unsigned long request, ...)
     * }
     * Each {@link #makeInvoker} call links one shape of the variadic tail (e.g. {@code C_POINTER} for a
     * pointer argument), passing {@code Linker.Option.firstVariadicArg} so that the variadic calling
     * convention is used where it differs from the fixed one.
     */
    public static class ioctl {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(ioctl_h.C_INT, ioctl_h.C_INT, ioctl_h.C_LONG);

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private ioctl(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        /** Links {@code ioctl} with the given layouts for the variadic arguments. */
        public static ioctl makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = ioctl_h.downcall("ioctl", desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new ioctl(mh$, desc$, spreader$);
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
            return ioctl_h.findOrThrow("ioctl");
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(int fd, long request, Object... x$) {
            try {
                return (int) spreader.invokeExact(fd, request, x$);
            } catch (IllegalArgumentException | ClassCastException ex$) {
                throw ex$; // wrong number or type of variadic arguments
            } catch (Error | RuntimeException ex) {
                throw ex;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }
}
