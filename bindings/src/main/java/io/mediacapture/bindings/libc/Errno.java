package io.mediacapture.bindings.libc;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * Hand-written errno support (jextract cannot emit it). The JVM may itself call into libc between a
 * downcall and a later read of {@code errno}, so errno is only reliable when the linker captures it as part
 * of the call ({@link Linker.Option#captureCallState}). A capturing handle takes one extra leading
 * argument: a segment of {@link #stateLayout()} that receives errno.
 *
 * <p>Two error conventions are supported: {@code -1} plus errno (most of libc, see {@link #capturing}),
 * and negative errno as the return value (kernel-style APIs, see {@link #checkNegative(String, int)}).
 * Thread-safe: all methods are stateless.
 */
public final class Errno {
    private Errno() {}

    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(groupElement("errno"));
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");

    /** The layout of the segment a capturing handle writes errno into. */
    public static StructLayout stateLayout() {
        return STATE;
    }

    /** Allocates a capture-state segment. */
    public static MemorySegment allocateState(SegmentAllocator allocator) {
        return allocator.allocate(STATE);
    }

    /** The errno a capturing call stored into {@code state}. */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** The linker option that captures errno. */
    public static Linker.Option captureOption() {
        return CAPTURE;
    }

    /**
     * A downcall handle for {@code address} that captures errno: its type is that of {@code descriptor}
     * with a leading {@code MemorySegment} for the capture state. Pass a generated class's
     * {@code foo$address()} and {@code foo$descriptor()}.
     */
    @SuppressWarnings("restricted")
    public static MethodHandle capturing(MemorySegment address, FunctionDescriptor descriptor, Linker.Option... options) {
        Linker.Option[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = CAPTURE;
        return Linker.nativeLinker().downcallHandle(address, descriptor, all);
    }

    /** The C library's description of {@code errno}, e.g. "No such file or directory". */
    public static String strerror(int errno) {
        MemorySegment text = string_h.strerror(errno);
        return text.equals(MemorySegment.NULL) ? "errno " + errno : text.getString(0);
    }

    /** The symbolic name of {@code errno}, e.g. "ENOENT", or "errno N" when it is not one bound here. */
    public static String name(int errno) {
        String name = Names.BY_VALUE.get(errno);
        return name != null ? name : "errno " + errno;
    }

    /** An exception for {@code call} failing with {@code errno}. */
    public static ErrnoException exception(String call, int errno) {
        return new ErrnoException(call, errno);
    }

    /** Returns {@code result} when it is not negative; otherwise it is {@code -errno}: throws. */
    public static int checkNegative(String call, int result) {
        if (result < 0) {
            throw exception(call, -result);
        }
        return result;
    }

    /** Returns {@code result} when it is not negative; otherwise it is {@code -errno}: throws. */
    public static long checkNegative(String call, long result) {
        if (result < 0) {
            throw exception(call, (int) -result);
        }
        return result;
    }

    /** Errno names from the generated {@code errno_h}, read once; aliases keep the POSIX-preferred name. */
    private static final class Names {
        static final Map<Integer, String> BY_VALUE = build();

        private static Map<Integer, String> build() {
            Map<Integer, String> names = new HashMap<>();
            Method[] methods = errno_h.class.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method m : methods) {
                if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
                        && m.getParameterCount() == 0 && m.getReturnType() == int.class && m.getName().startsWith("E")
                        && !m.getName().equals("EWOULDBLOCK") && !m.getName().equals("EOPNOTSUPP")) {
                    try {
                        names.putIfAbsent((Integer) m.invoke(null), m.getName());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read errno_h." + m.getName(), e);
                    }
                }
            }
            return Map.copyOf(names);
        }
    }
}
