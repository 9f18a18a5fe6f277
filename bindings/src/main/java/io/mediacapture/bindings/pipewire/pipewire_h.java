// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h (header class: functions and constants)
// The full option list of this package is bindings/jextract/pipewire.args; regenerate with
// bindings/jextract/regenerate.sh (see there for the deliberate differences from raw jextract output).

package io.mediacapture.bindings.pipewire;

import io.mediacapture.bindings.NativeLibrary;
import io.mediacapture.bindings.NativeLibraryUnavailableException;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * Functions and constants of libpipewire-0.3 in the shape jextract emits: {@code pw_foo(...)} static wrappers plus
 * {@code pw_foo$handle()}, {@code pw_foo$descriptor()} and {@code pw_foo$address()}. The library is loaded on the
 * first call of a function; when it is missing every call throws
 * {@link io.mediacapture.bindings.NativeLibraryUnavailableException} naming the Debian package to install.
 *
 * <p>Threading is PipeWire's: functions on objects of a {@code pw_thread_loop} must be called with the loop lock
 * held ({@code pw_thread_loop_lock}) or from the loop thread.
 */
@SuppressWarnings({"unused", "restricted"})
public class pipewire_h {

    pipewire_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();

    /** The shared library, loaded on the first call of a function of this class (never at class initialisation). */
    public static final NativeLibrary LIBRARY = new NativeLibrary("libpipewire-0.3.so.0", "Debian package libpipewire-0.3-0");

    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, ValueLayout.JAVA_BYTE));
    /**
     * C {@code long} and {@code size_t}, from the linker's canonical layouts rather than assumed 8 bytes. The
     * supported platforms (x86_64 and aarch64 Linux) are LP64; on another data model this cast fails at class
     * initialisation instead of producing wrong layouts.
     */
    public static final ValueLayout.OfLong C_LONG = (ValueLayout.OfLong) Linker.nativeLinker().canonicalLayouts().get("long");

    /** See {@link io.mediacapture.bindings.spa.spa_h#structLayout}. */
    public static GroupLayout structLayout(String name, MemoryLayout... members) {
        return io.mediacapture.bindings.spa.spa_h.structLayout(name, members);
    }

    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
        try {
            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    /**
     * A downcall handle; when the library or symbol is missing, a handle that throws the
     * {@link NativeLibraryUnavailableException} (naming the package to install) on every call, so that a
     * missing library never surfaces as an {@code ExceptionInInitializerError}.
     */
    static MethodHandle downcall(String name, FunctionDescriptor desc, Linker.Option... options) {
        try {
            return LIBRARY.downcall(name, desc, options);
        } catch (NativeLibraryUnavailableException e) {
            var type = desc.toMethodType();
            MethodHandle thrower = MethodHandles.throwException(type.returnType(), NativeLibraryUnavailableException.class)
                    .bindTo(e);
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        }
    }

    private static class pw_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_init", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_init(int *argc, char **argv[])
     * }
     */
    public static FunctionDescriptor pw_init$descriptor() {
        return pw_init.DESC;
    }

    /** Downcall method handle for {@code pw_init}. */
    public static MethodHandle pw_init$handle() {
        return pw_init.HANDLE;
    }

    /** Address of {@code pw_init}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_init$address() {
        return LIBRARY.find("pw_init");
    }

    /**
     * {@snippet lang=c :
     * void pw_init(int *argc, char **argv[])
     * }
     */
    public static void pw_init(MemorySegment argc, MemorySegment argv) {
        var mh$ = pw_init.HANDLE;
        try {
            mh$.invokeExact(argc, argv);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_deinit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();

        public static final MethodHandle HANDLE = downcall("pw_deinit", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_deinit(void)
     * }
     */
    public static FunctionDescriptor pw_deinit$descriptor() {
        return pw_deinit.DESC;
    }

    /** Downcall method handle for {@code pw_deinit}. */
    public static MethodHandle pw_deinit$handle() {
        return pw_deinit.HANDLE;
    }

    /** Address of {@code pw_deinit}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_deinit$address() {
        return LIBRARY.find("pw_deinit");
    }

    /**
     * {@snippet lang=c :
     * void pw_deinit(void)
     * }
     */
    public static void pw_deinit() {
        var mh$ = pw_deinit.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_get_library_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_get_library_version", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *pw_get_library_version(void)
     * }
     */
    public static FunctionDescriptor pw_get_library_version$descriptor() {
        return pw_get_library_version.DESC;
    }

    /** Downcall method handle for {@code pw_get_library_version}. */
    public static MethodHandle pw_get_library_version$handle() {
        return pw_get_library_version.HANDLE;
    }

    /** Address of {@code pw_get_library_version}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_get_library_version$address() {
        return LIBRARY.find("pw_get_library_version");
    }

    /**
     * {@snippet lang=c :
     * const char *pw_get_library_version(void)
     * }
     */
    public static MemorySegment pw_get_library_version() {
        var mh$ = pw_get_library_version.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_new", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_thread_loop *pw_thread_loop_new(const char *name, const struct spa_dict *props)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_new$descriptor() {
        return pw_thread_loop_new.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_new}. */
    public static MethodHandle pw_thread_loop_new$handle() {
        return pw_thread_loop_new.HANDLE;
    }

    /** Address of {@code pw_thread_loop_new}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_new$address() {
        return LIBRARY.find("pw_thread_loop_new");
    }

    /**
     * {@snippet lang=c :
     * struct pw_thread_loop *pw_thread_loop_new(const char *name, const struct spa_dict *props)
     * }
     */
    public static MemorySegment pw_thread_loop_new(MemorySegment name, MemorySegment props) {
        var mh$ = pw_thread_loop_new.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(name, props);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_destroy", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_destroy(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_destroy$descriptor() {
        return pw_thread_loop_destroy.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_destroy}. */
    public static MethodHandle pw_thread_loop_destroy$handle() {
        return pw_thread_loop_destroy.HANDLE;
    }

    /** Address of {@code pw_thread_loop_destroy}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_destroy$address() {
        return LIBRARY.find("pw_thread_loop_destroy");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_destroy(struct pw_thread_loop *loop)
     * }
     */
    public static void pw_thread_loop_destroy(MemorySegment loop) {
        var mh$ = pw_thread_loop_destroy.HANDLE;
        try {
            mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_start {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_start", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_thread_loop_start(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_start$descriptor() {
        return pw_thread_loop_start.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_start}. */
    public static MethodHandle pw_thread_loop_start$handle() {
        return pw_thread_loop_start.HANDLE;
    }

    /** Address of {@code pw_thread_loop_start}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_start$address() {
        return LIBRARY.find("pw_thread_loop_start");
    }

    /**
     * {@snippet lang=c :
     * int pw_thread_loop_start(struct pw_thread_loop *loop)
     * }
     */
    public static int pw_thread_loop_start(MemorySegment loop) {
        var mh$ = pw_thread_loop_start.HANDLE;
        try {
            return (int) mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_stop {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_stop", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_stop(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_stop$descriptor() {
        return pw_thread_loop_stop.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_stop}. */
    public static MethodHandle pw_thread_loop_stop$handle() {
        return pw_thread_loop_stop.HANDLE;
    }

    /** Address of {@code pw_thread_loop_stop}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_stop$address() {
        return LIBRARY.find("pw_thread_loop_stop");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_stop(struct pw_thread_loop *loop)
     * }
     */
    public static void pw_thread_loop_stop(MemorySegment loop) {
        var mh$ = pw_thread_loop_stop.HANDLE;
        try {
            mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_lock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_lock", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_lock(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_lock$descriptor() {
        return pw_thread_loop_lock.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_lock}. */
    public static MethodHandle pw_thread_loop_lock$handle() {
        return pw_thread_loop_lock.HANDLE;
    }

    /** Address of {@code pw_thread_loop_lock}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_lock$address() {
        return LIBRARY.find("pw_thread_loop_lock");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_lock(struct pw_thread_loop *loop)
     * }
     */
    public static void pw_thread_loop_lock(MemorySegment loop) {
        var mh$ = pw_thread_loop_lock.HANDLE;
        try {
            mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_unlock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_unlock", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_unlock(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_unlock$descriptor() {
        return pw_thread_loop_unlock.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_unlock}. */
    public static MethodHandle pw_thread_loop_unlock$handle() {
        return pw_thread_loop_unlock.HANDLE;
    }

    /** Address of {@code pw_thread_loop_unlock}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_unlock$address() {
        return LIBRARY.find("pw_thread_loop_unlock");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_unlock(struct pw_thread_loop *loop)
     * }
     */
    public static void pw_thread_loop_unlock(MemorySegment loop) {
        var mh$ = pw_thread_loop_unlock.HANDLE;
        try {
            mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_signal {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER, C_BOOL);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_signal", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_signal(struct pw_thread_loop *loop, bool wait_for_accept)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_signal$descriptor() {
        return pw_thread_loop_signal.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_signal}. */
    public static MethodHandle pw_thread_loop_signal$handle() {
        return pw_thread_loop_signal.HANDLE;
    }

    /** Address of {@code pw_thread_loop_signal}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_signal$address() {
        return LIBRARY.find("pw_thread_loop_signal");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_signal(struct pw_thread_loop *loop, bool wait_for_accept)
     * }
     */
    public static void pw_thread_loop_signal(MemorySegment loop, boolean wait_for_accept) {
        var mh$ = pw_thread_loop_signal.HANDLE;
        try {
            mh$.invokeExact(loop, wait_for_accept);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_wait {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_wait", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_wait(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_wait$descriptor() {
        return pw_thread_loop_wait.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_wait}. */
    public static MethodHandle pw_thread_loop_wait$handle() {
        return pw_thread_loop_wait.HANDLE;
    }

    /** Address of {@code pw_thread_loop_wait}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_wait$address() {
        return LIBRARY.find("pw_thread_loop_wait");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_wait(struct pw_thread_loop *loop)
     * }
     */
    public static void pw_thread_loop_wait(MemorySegment loop) {
        var mh$ = pw_thread_loop_wait.HANDLE;
        try {
            mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_timed_wait {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_INT);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_timed_wait", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_thread_loop_timed_wait(struct pw_thread_loop *loop, int wait_max_sec)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_timed_wait$descriptor() {
        return pw_thread_loop_timed_wait.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_timed_wait}. */
    public static MethodHandle pw_thread_loop_timed_wait$handle() {
        return pw_thread_loop_timed_wait.HANDLE;
    }

    /** Address of {@code pw_thread_loop_timed_wait}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_timed_wait$address() {
        return LIBRARY.find("pw_thread_loop_timed_wait");
    }

    /**
     * {@snippet lang=c :
     * int pw_thread_loop_timed_wait(struct pw_thread_loop *loop, int wait_max_sec)
     * }
     */
    public static int pw_thread_loop_timed_wait(MemorySegment loop, int wait_max_sec) {
        var mh$ = pw_thread_loop_timed_wait.HANDLE;
        try {
            return (int) mh$.invokeExact(loop, wait_max_sec);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_accept {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_accept", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_thread_loop_accept(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_accept$descriptor() {
        return pw_thread_loop_accept.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_accept}. */
    public static MethodHandle pw_thread_loop_accept$handle() {
        return pw_thread_loop_accept.HANDLE;
    }

    /** Address of {@code pw_thread_loop_accept}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_accept$address() {
        return LIBRARY.find("pw_thread_loop_accept");
    }

    /**
     * {@snippet lang=c :
     * void pw_thread_loop_accept(struct pw_thread_loop *loop)
     * }
     */
    public static void pw_thread_loop_accept(MemorySegment loop) {
        var mh$ = pw_thread_loop_accept.HANDLE;
        try {
            mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_get_loop {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_get_loop", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_loop *pw_thread_loop_get_loop(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_get_loop$descriptor() {
        return pw_thread_loop_get_loop.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_get_loop}. */
    public static MethodHandle pw_thread_loop_get_loop$handle() {
        return pw_thread_loop_get_loop.HANDLE;
    }

    /** Address of {@code pw_thread_loop_get_loop}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_get_loop$address() {
        return LIBRARY.find("pw_thread_loop_get_loop");
    }

    /**
     * {@snippet lang=c :
     * struct pw_loop *pw_thread_loop_get_loop(struct pw_thread_loop *loop)
     * }
     */
    public static MemorySegment pw_thread_loop_get_loop(MemorySegment loop) {
        var mh$ = pw_thread_loop_get_loop.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_thread_loop_in_thread {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_BOOL, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_thread_loop_in_thread", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * bool pw_thread_loop_in_thread(struct pw_thread_loop *loop)
     * }
     */
    public static FunctionDescriptor pw_thread_loop_in_thread$descriptor() {
        return pw_thread_loop_in_thread.DESC;
    }

    /** Downcall method handle for {@code pw_thread_loop_in_thread}. */
    public static MethodHandle pw_thread_loop_in_thread$handle() {
        return pw_thread_loop_in_thread.HANDLE;
    }

    /** Address of {@code pw_thread_loop_in_thread}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_thread_loop_in_thread$address() {
        return LIBRARY.find("pw_thread_loop_in_thread");
    }

    /**
     * {@snippet lang=c :
     * bool pw_thread_loop_in_thread(struct pw_thread_loop *loop)
     * }
     */
    public static boolean pw_thread_loop_in_thread(MemorySegment loop) {
        var mh$ = pw_thread_loop_in_thread.HANDLE;
        try {
            return (boolean) mh$.invokeExact(loop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_context_new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER, C_LONG);

        public static final MethodHandle HANDLE = downcall("pw_context_new", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_context *pw_context_new(struct pw_loop *main_loop, struct pw_properties *props, size_t user_data_size)
     * }
     */
    public static FunctionDescriptor pw_context_new$descriptor() {
        return pw_context_new.DESC;
    }

    /** Downcall method handle for {@code pw_context_new}. */
    public static MethodHandle pw_context_new$handle() {
        return pw_context_new.HANDLE;
    }

    /** Address of {@code pw_context_new}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_context_new$address() {
        return LIBRARY.find("pw_context_new");
    }

    /**
     * {@snippet lang=c :
     * struct pw_context *pw_context_new(struct pw_loop *main_loop, struct pw_properties *props, size_t user_data_size)
     * }
     */
    public static MemorySegment pw_context_new(MemorySegment main_loop, MemorySegment props, long user_data_size) {
        var mh$ = pw_context_new.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(main_loop, props, user_data_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_context_destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_context_destroy", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_context_destroy(struct pw_context *context)
     * }
     */
    public static FunctionDescriptor pw_context_destroy$descriptor() {
        return pw_context_destroy.DESC;
    }

    /** Downcall method handle for {@code pw_context_destroy}. */
    public static MethodHandle pw_context_destroy$handle() {
        return pw_context_destroy.HANDLE;
    }

    /** Address of {@code pw_context_destroy}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_context_destroy$address() {
        return LIBRARY.find("pw_context_destroy");
    }

    /**
     * {@snippet lang=c :
     * void pw_context_destroy(struct pw_context *context)
     * }
     */
    public static void pw_context_destroy(MemorySegment context) {
        var mh$ = pw_context_destroy.HANDLE;
        try {
            mh$.invokeExact(context);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_context_add_listener {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER, C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_context_add_listener", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_context_add_listener(struct pw_context *context, struct spa_hook *listener, const struct pw_context_events *events, void *data)
     * }
     */
    public static FunctionDescriptor pw_context_add_listener$descriptor() {
        return pw_context_add_listener.DESC;
    }

    /** Downcall method handle for {@code pw_context_add_listener}. */
    public static MethodHandle pw_context_add_listener$handle() {
        return pw_context_add_listener.HANDLE;
    }

    /** Address of {@code pw_context_add_listener}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_context_add_listener$address() {
        return LIBRARY.find("pw_context_add_listener");
    }

    /**
     * {@snippet lang=c :
     * void pw_context_add_listener(struct pw_context *context, struct spa_hook *listener, const struct pw_context_events *events, void *data)
     * }
     */
    public static void pw_context_add_listener(MemorySegment context, MemorySegment listener, MemorySegment events, MemorySegment data) {
        var mh$ = pw_context_add_listener.HANDLE;
        try {
            mh$.invokeExact(context, listener, events, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_context_connect {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER, C_LONG);

        public static final MethodHandle HANDLE = downcall("pw_context_connect", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_core *pw_context_connect(struct pw_context *context, struct pw_properties *properties, size_t user_data_size)
     * }
     */
    public static FunctionDescriptor pw_context_connect$descriptor() {
        return pw_context_connect.DESC;
    }

    /** Downcall method handle for {@code pw_context_connect}. */
    public static MethodHandle pw_context_connect$handle() {
        return pw_context_connect.HANDLE;
    }

    /** Address of {@code pw_context_connect}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_context_connect$address() {
        return LIBRARY.find("pw_context_connect");
    }

    /**
     * {@snippet lang=c :
     * struct pw_core *pw_context_connect(struct pw_context *context, struct pw_properties *properties, size_t user_data_size)
     * }
     */
    public static MemorySegment pw_context_connect(MemorySegment context, MemorySegment properties, long user_data_size) {
        var mh$ = pw_context_connect.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(context, properties, user_data_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_context_connect_self {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER, C_LONG);

        public static final MethodHandle HANDLE = downcall("pw_context_connect_self", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_core *pw_context_connect_self(struct pw_context *context, struct pw_properties *properties, size_t user_data_size)
     * }
     */
    public static FunctionDescriptor pw_context_connect_self$descriptor() {
        return pw_context_connect_self.DESC;
    }

    /** Downcall method handle for {@code pw_context_connect_self}. */
    public static MethodHandle pw_context_connect_self$handle() {
        return pw_context_connect_self.HANDLE;
    }

    /** Address of {@code pw_context_connect_self}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_context_connect_self$address() {
        return LIBRARY.find("pw_context_connect_self");
    }

    /**
     * {@snippet lang=c :
     * struct pw_core *pw_context_connect_self(struct pw_context *context, struct pw_properties *properties, size_t user_data_size)
     * }
     */
    public static MemorySegment pw_context_connect_self(MemorySegment context, MemorySegment properties, long user_data_size) {
        var mh$ = pw_context_connect_self.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(context, properties, user_data_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_core_disconnect {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_core_disconnect", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_core_disconnect(struct pw_core *core)
     * }
     */
    public static FunctionDescriptor pw_core_disconnect$descriptor() {
        return pw_core_disconnect.DESC;
    }

    /** Downcall method handle for {@code pw_core_disconnect}. */
    public static MethodHandle pw_core_disconnect$handle() {
        return pw_core_disconnect.HANDLE;
    }

    /** Address of {@code pw_core_disconnect}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_core_disconnect$address() {
        return LIBRARY.find("pw_core_disconnect");
    }

    /**
     * {@snippet lang=c :
     * int pw_core_disconnect(struct pw_core *core)
     * }
     */
    public static int pw_core_disconnect(MemorySegment core) {
        var mh$ = pw_core_disconnect.HANDLE;
        try {
            return (int) mh$.invokeExact(core);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_properties_new_string {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_properties_new_string", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_properties *pw_properties_new_string(const char *args)
     * }
     */
    public static FunctionDescriptor pw_properties_new_string$descriptor() {
        return pw_properties_new_string.DESC;
    }

    /** Downcall method handle for {@code pw_properties_new_string}. */
    public static MethodHandle pw_properties_new_string$handle() {
        return pw_properties_new_string.HANDLE;
    }

    /** Address of {@code pw_properties_new_string}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_properties_new_string$address() {
        return LIBRARY.find("pw_properties_new_string");
    }

    /**
     * {@snippet lang=c :
     * struct pw_properties *pw_properties_new_string(const char *args)
     * }
     */
    public static MemorySegment pw_properties_new_string(MemorySegment args) {
        var mh$ = pw_properties_new_string.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(args);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_properties_new_dict {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_properties_new_dict", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_properties *pw_properties_new_dict(const struct spa_dict *dict)
     * }
     */
    public static FunctionDescriptor pw_properties_new_dict$descriptor() {
        return pw_properties_new_dict.DESC;
    }

    /** Downcall method handle for {@code pw_properties_new_dict}. */
    public static MethodHandle pw_properties_new_dict$handle() {
        return pw_properties_new_dict.HANDLE;
    }

    /** Address of {@code pw_properties_new_dict}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_properties_new_dict$address() {
        return LIBRARY.find("pw_properties_new_dict");
    }

    /**
     * {@snippet lang=c :
     * struct pw_properties *pw_properties_new_dict(const struct spa_dict *dict)
     * }
     */
    public static MemorySegment pw_properties_new_dict(MemorySegment dict) {
        var mh$ = pw_properties_new_dict.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(dict);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_properties_set {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_properties_set", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_properties_set(struct pw_properties *properties, const char *key, const char *value)
     * }
     */
    public static FunctionDescriptor pw_properties_set$descriptor() {
        return pw_properties_set.DESC;
    }

    /** Downcall method handle for {@code pw_properties_set}. */
    public static MethodHandle pw_properties_set$handle() {
        return pw_properties_set.HANDLE;
    }

    /** Address of {@code pw_properties_set}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_properties_set$address() {
        return LIBRARY.find("pw_properties_set");
    }

    /**
     * {@snippet lang=c :
     * int pw_properties_set(struct pw_properties *properties, const char *key, const char *value)
     * }
     */
    public static int pw_properties_set(MemorySegment properties, MemorySegment key, MemorySegment value) {
        var mh$ = pw_properties_set.HANDLE;
        try {
            return (int) mh$.invokeExact(properties, key, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_properties_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_properties_get", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *pw_properties_get(const struct pw_properties *properties, const char *key)
     * }
     */
    public static FunctionDescriptor pw_properties_get$descriptor() {
        return pw_properties_get.DESC;
    }

    /** Downcall method handle for {@code pw_properties_get}. */
    public static MethodHandle pw_properties_get$handle() {
        return pw_properties_get.HANDLE;
    }

    /** Address of {@code pw_properties_get}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_properties_get$address() {
        return LIBRARY.find("pw_properties_get");
    }

    /**
     * {@snippet lang=c :
     * const char *pw_properties_get(const struct pw_properties *properties, const char *key)
     * }
     */
    public static MemorySegment pw_properties_get(MemorySegment properties, MemorySegment key) {
        var mh$ = pw_properties_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(properties, key);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_properties_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_properties_free", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_properties_free(struct pw_properties *properties)
     * }
     */
    public static FunctionDescriptor pw_properties_free$descriptor() {
        return pw_properties_free.DESC;
    }

    /** Downcall method handle for {@code pw_properties_free}. */
    public static MethodHandle pw_properties_free$handle() {
        return pw_properties_free.HANDLE;
    }

    /** Address of {@code pw_properties_free}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_properties_free$address() {
        return LIBRARY.find("pw_properties_free");
    }

    /**
     * {@snippet lang=c :
     * void pw_properties_free(struct pw_properties *properties)
     * }
     */
    public static void pw_properties_free(MemorySegment properties) {
        var mh$ = pw_properties_free.HANDLE;
        try {
            mh$.invokeExact(properties);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_proxy_destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_proxy_destroy", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_proxy_destroy(struct pw_proxy *proxy)
     * }
     */
    public static FunctionDescriptor pw_proxy_destroy$descriptor() {
        return pw_proxy_destroy.DESC;
    }

    /** Downcall method handle for {@code pw_proxy_destroy}. */
    public static MethodHandle pw_proxy_destroy$handle() {
        return pw_proxy_destroy.HANDLE;
    }

    /** Address of {@code pw_proxy_destroy}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_proxy_destroy$address() {
        return LIBRARY.find("pw_proxy_destroy");
    }

    /**
     * {@snippet lang=c :
     * void pw_proxy_destroy(struct pw_proxy *proxy)
     * }
     */
    public static void pw_proxy_destroy(MemorySegment proxy) {
        var mh$ = pw_proxy_destroy.HANDLE;
        try {
            mh$.invokeExact(proxy);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_proxy_add_listener {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER, C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_proxy_add_listener", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_proxy_add_listener(struct pw_proxy *proxy, struct spa_hook *listener, const struct pw_proxy_events *events, void *data)
     * }
     */
    public static FunctionDescriptor pw_proxy_add_listener$descriptor() {
        return pw_proxy_add_listener.DESC;
    }

    /** Downcall method handle for {@code pw_proxy_add_listener}. */
    public static MethodHandle pw_proxy_add_listener$handle() {
        return pw_proxy_add_listener.HANDLE;
    }

    /** Address of {@code pw_proxy_add_listener}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_proxy_add_listener$address() {
        return LIBRARY.find("pw_proxy_add_listener");
    }

    /**
     * {@snippet lang=c :
     * void pw_proxy_add_listener(struct pw_proxy *proxy, struct spa_hook *listener, const struct pw_proxy_events *events, void *data)
     * }
     */
    public static void pw_proxy_add_listener(MemorySegment proxy, MemorySegment listener, MemorySegment events, MemorySegment data) {
        var mh$ = pw_proxy_add_listener.HANDLE;
        try {
            mh$.invokeExact(proxy, listener, events, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_proxy_get_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_proxy_get_id", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uint32_t pw_proxy_get_id(struct pw_proxy *proxy)
     * }
     */
    public static FunctionDescriptor pw_proxy_get_id$descriptor() {
        return pw_proxy_get_id.DESC;
    }

    /** Downcall method handle for {@code pw_proxy_get_id}. */
    public static MethodHandle pw_proxy_get_id$handle() {
        return pw_proxy_get_id.HANDLE;
    }

    /** Address of {@code pw_proxy_get_id}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_proxy_get_id$address() {
        return LIBRARY.find("pw_proxy_get_id");
    }

    /**
     * {@snippet lang=c :
     * uint32_t pw_proxy_get_id(struct pw_proxy *proxy)
     * }
     */
    public static int pw_proxy_get_id(MemorySegment proxy) {
        var mh$ = pw_proxy_get_id.HANDLE;
        try {
            return (int) mh$.invokeExact(proxy);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_new", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_stream *pw_stream_new(struct pw_core *core, const char *name, struct pw_properties *props)
     * }
     */
    public static FunctionDescriptor pw_stream_new$descriptor() {
        return pw_stream_new.DESC;
    }

    /** Downcall method handle for {@code pw_stream_new}. */
    public static MethodHandle pw_stream_new$handle() {
        return pw_stream_new.HANDLE;
    }

    /** Address of {@code pw_stream_new}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_new$address() {
        return LIBRARY.find("pw_stream_new");
    }

    /**
     * {@snippet lang=c :
     * struct pw_stream *pw_stream_new(struct pw_core *core, const char *name, struct pw_properties *props)
     * }
     */
    public static MemorySegment pw_stream_new(MemorySegment core, MemorySegment name, MemorySegment props) {
        var mh$ = pw_stream_new.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(core, name, props);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_new_simple {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_new_simple", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_stream *pw_stream_new_simple(struct pw_loop *loop, const char *name, struct pw_properties *props, const struct pw_stream_events *events, void *data)
     * }
     */
    public static FunctionDescriptor pw_stream_new_simple$descriptor() {
        return pw_stream_new_simple.DESC;
    }

    /** Downcall method handle for {@code pw_stream_new_simple}. */
    public static MethodHandle pw_stream_new_simple$handle() {
        return pw_stream_new_simple.HANDLE;
    }

    /** Address of {@code pw_stream_new_simple}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_new_simple$address() {
        return LIBRARY.find("pw_stream_new_simple");
    }

    /**
     * {@snippet lang=c :
     * struct pw_stream *pw_stream_new_simple(struct pw_loop *loop, const char *name, struct pw_properties *props, const struct pw_stream_events *events, void *data)
     * }
     */
    public static MemorySegment pw_stream_new_simple(MemorySegment loop, MemorySegment name, MemorySegment props, MemorySegment events, MemorySegment data) {
        var mh$ = pw_stream_new_simple.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(loop, name, props, events, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_add_listener {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER, C_POINTER, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_add_listener", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_stream_add_listener(struct pw_stream *stream, struct spa_hook *listener, const struct pw_stream_events *events, void *data)
     * }
     */
    public static FunctionDescriptor pw_stream_add_listener$descriptor() {
        return pw_stream_add_listener.DESC;
    }

    /** Downcall method handle for {@code pw_stream_add_listener}. */
    public static MethodHandle pw_stream_add_listener$handle() {
        return pw_stream_add_listener.HANDLE;
    }

    /** Address of {@code pw_stream_add_listener}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_add_listener$address() {
        return LIBRARY.find("pw_stream_add_listener");
    }

    /**
     * {@snippet lang=c :
     * void pw_stream_add_listener(struct pw_stream *stream, struct spa_hook *listener, const struct pw_stream_events *events, void *data)
     * }
     */
    public static void pw_stream_add_listener(MemorySegment stream, MemorySegment listener, MemorySegment events, MemorySegment data) {
        var mh$ = pw_stream_add_listener.HANDLE;
        try {
            mh$.invokeExact(stream, listener, events, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_connect {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_INT, C_INT, C_INT, C_POINTER, C_INT);

        public static final MethodHandle HANDLE = downcall("pw_stream_connect", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_connect(struct pw_stream *stream, enum pw_direction direction, uint32_t target_id, enum pw_stream_flags flags, const struct spa_pod **params, uint32_t n_params)
     * }
     */
    public static FunctionDescriptor pw_stream_connect$descriptor() {
        return pw_stream_connect.DESC;
    }

    /** Downcall method handle for {@code pw_stream_connect}. */
    public static MethodHandle pw_stream_connect$handle() {
        return pw_stream_connect.HANDLE;
    }

    /** Address of {@code pw_stream_connect}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_connect$address() {
        return LIBRARY.find("pw_stream_connect");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_connect(struct pw_stream *stream, enum pw_direction direction, uint32_t target_id, enum pw_stream_flags flags, const struct spa_pod **params, uint32_t n_params)
     * }
     */
    public static int pw_stream_connect(MemorySegment stream, int direction, int target_id, int flags, MemorySegment params, int n_params) {
        var mh$ = pw_stream_connect.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, direction, target_id, flags, params, n_params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_disconnect {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_disconnect", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_disconnect(struct pw_stream *stream)
     * }
     */
    public static FunctionDescriptor pw_stream_disconnect$descriptor() {
        return pw_stream_disconnect.DESC;
    }

    /** Downcall method handle for {@code pw_stream_disconnect}. */
    public static MethodHandle pw_stream_disconnect$handle() {
        return pw_stream_disconnect.HANDLE;
    }

    /** Address of {@code pw_stream_disconnect}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_disconnect$address() {
        return LIBRARY.find("pw_stream_disconnect");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_disconnect(struct pw_stream *stream)
     * }
     */
    public static int pw_stream_disconnect(MemorySegment stream) {
        var mh$ = pw_stream_disconnect.HANDLE;
        try {
            return (int) mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_destroy", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void pw_stream_destroy(struct pw_stream *stream)
     * }
     */
    public static FunctionDescriptor pw_stream_destroy$descriptor() {
        return pw_stream_destroy.DESC;
    }

    /** Downcall method handle for {@code pw_stream_destroy}. */
    public static MethodHandle pw_stream_destroy$handle() {
        return pw_stream_destroy.HANDLE;
    }

    /** Address of {@code pw_stream_destroy}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_destroy$address() {
        return LIBRARY.find("pw_stream_destroy");
    }

    /**
     * {@snippet lang=c :
     * void pw_stream_destroy(struct pw_stream *stream)
     * }
     */
    public static void pw_stream_destroy(MemorySegment stream) {
        var mh$ = pw_stream_destroy.HANDLE;
        try {
            mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_dequeue_buffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_dequeue_buffer", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct pw_buffer *pw_stream_dequeue_buffer(struct pw_stream *stream)
     * }
     */
    public static FunctionDescriptor pw_stream_dequeue_buffer$descriptor() {
        return pw_stream_dequeue_buffer.DESC;
    }

    /** Downcall method handle for {@code pw_stream_dequeue_buffer}. */
    public static MethodHandle pw_stream_dequeue_buffer$handle() {
        return pw_stream_dequeue_buffer.HANDLE;
    }

    /** Address of {@code pw_stream_dequeue_buffer}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_dequeue_buffer$address() {
        return LIBRARY.find("pw_stream_dequeue_buffer");
    }

    /**
     * {@snippet lang=c :
     * struct pw_buffer *pw_stream_dequeue_buffer(struct pw_stream *stream)
     * }
     */
    public static MemorySegment pw_stream_dequeue_buffer(MemorySegment stream) {
        var mh$ = pw_stream_dequeue_buffer.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_queue_buffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_queue_buffer", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_queue_buffer(struct pw_stream *stream, struct pw_buffer *buffer)
     * }
     */
    public static FunctionDescriptor pw_stream_queue_buffer$descriptor() {
        return pw_stream_queue_buffer.DESC;
    }

    /** Downcall method handle for {@code pw_stream_queue_buffer}. */
    public static MethodHandle pw_stream_queue_buffer$handle() {
        return pw_stream_queue_buffer.HANDLE;
    }

    /** Address of {@code pw_stream_queue_buffer}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_queue_buffer$address() {
        return LIBRARY.find("pw_stream_queue_buffer");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_queue_buffer(struct pw_stream *stream, struct pw_buffer *buffer)
     * }
     */
    public static int pw_stream_queue_buffer(MemorySegment stream, MemorySegment buffer) {
        var mh$ = pw_stream_queue_buffer.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_update_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_POINTER, C_INT);

        public static final MethodHandle HANDLE = downcall("pw_stream_update_params", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_update_params(struct pw_stream *stream, const struct spa_pod **params, uint32_t n_params)
     * }
     */
    public static FunctionDescriptor pw_stream_update_params$descriptor() {
        return pw_stream_update_params.DESC;
    }

    /** Downcall method handle for {@code pw_stream_update_params}. */
    public static MethodHandle pw_stream_update_params$handle() {
        return pw_stream_update_params.HANDLE;
    }

    /** Address of {@code pw_stream_update_params}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_update_params$address() {
        return LIBRARY.find("pw_stream_update_params");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_update_params(struct pw_stream *stream, const struct spa_pod **params, uint32_t n_params)
     * }
     */
    public static int pw_stream_update_params(MemorySegment stream, MemorySegment params, int n_params) {
        var mh$ = pw_stream_update_params.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, params, n_params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_set_active {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_BOOL);

        public static final MethodHandle HANDLE = downcall("pw_stream_set_active", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_set_active(struct pw_stream *stream, bool active)
     * }
     */
    public static FunctionDescriptor pw_stream_set_active$descriptor() {
        return pw_stream_set_active.DESC;
    }

    /** Downcall method handle for {@code pw_stream_set_active}. */
    public static MethodHandle pw_stream_set_active$handle() {
        return pw_stream_set_active.HANDLE;
    }

    /** Address of {@code pw_stream_set_active}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_set_active$address() {
        return LIBRARY.find("pw_stream_set_active");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_set_active(struct pw_stream *stream, bool active)
     * }
     */
    public static int pw_stream_set_active(MemorySegment stream, boolean active) {
        var mh$ = pw_stream_set_active.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, active);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_flush {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_BOOL);

        public static final MethodHandle HANDLE = downcall("pw_stream_flush", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_flush(struct pw_stream *stream, bool drain)
     * }
     */
    public static FunctionDescriptor pw_stream_flush$descriptor() {
        return pw_stream_flush.DESC;
    }

    /** Downcall method handle for {@code pw_stream_flush}. */
    public static MethodHandle pw_stream_flush$handle() {
        return pw_stream_flush.HANDLE;
    }

    /** Address of {@code pw_stream_flush}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_flush$address() {
        return LIBRARY.find("pw_stream_flush");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_flush(struct pw_stream *stream, bool drain)
     * }
     */
    public static int pw_stream_flush(MemorySegment stream, boolean drain) {
        var mh$ = pw_stream_flush.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, drain);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_get_time_n {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_POINTER, C_LONG);

        public static final MethodHandle HANDLE = downcall("pw_stream_get_time_n", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int pw_stream_get_time_n(struct pw_stream *stream, struct pw_time *time, size_t size)
     * }
     */
    public static FunctionDescriptor pw_stream_get_time_n$descriptor() {
        return pw_stream_get_time_n.DESC;
    }

    /** Downcall method handle for {@code pw_stream_get_time_n}. */
    public static MethodHandle pw_stream_get_time_n$handle() {
        return pw_stream_get_time_n.HANDLE;
    }

    /** Address of {@code pw_stream_get_time_n}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_get_time_n$address() {
        return LIBRARY.find("pw_stream_get_time_n");
    }

    /**
     * {@snippet lang=c :
     * int pw_stream_get_time_n(struct pw_stream *stream, struct pw_time *time, size_t size)
     * }
     */
    public static int pw_stream_get_time_n(MemorySegment stream, MemorySegment time, long size) {
        var mh$ = pw_stream_get_time_n.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, time, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_get_state {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_get_state", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * enum pw_stream_state pw_stream_get_state(struct pw_stream *stream, const char **error)
     * }
     */
    public static FunctionDescriptor pw_stream_get_state$descriptor() {
        return pw_stream_get_state.DESC;
    }

    /** Downcall method handle for {@code pw_stream_get_state}. */
    public static MethodHandle pw_stream_get_state$handle() {
        return pw_stream_get_state.HANDLE;
    }

    /** Address of {@code pw_stream_get_state}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_get_state$address() {
        return LIBRARY.find("pw_stream_get_state");
    }

    /**
     * {@snippet lang=c :
     * enum pw_stream_state pw_stream_get_state(struct pw_stream *stream, const char **error)
     * }
     */
    public static int pw_stream_get_state(MemorySegment stream, MemorySegment error) {
        var mh$ = pw_stream_get_state.HANDLE;
        try {
            return (int) mh$.invokeExact(stream, error);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_get_node_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_INT, C_POINTER);

        public static final MethodHandle HANDLE = downcall("pw_stream_get_node_id", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uint32_t pw_stream_get_node_id(struct pw_stream *stream)
     * }
     */
    public static FunctionDescriptor pw_stream_get_node_id$descriptor() {
        return pw_stream_get_node_id.DESC;
    }

    /** Downcall method handle for {@code pw_stream_get_node_id}. */
    public static MethodHandle pw_stream_get_node_id$handle() {
        return pw_stream_get_node_id.HANDLE;
    }

    /** Address of {@code pw_stream_get_node_id}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_get_node_id$address() {
        return LIBRARY.find("pw_stream_get_node_id");
    }

    /**
     * {@snippet lang=c :
     * uint32_t pw_stream_get_node_id(struct pw_stream *stream)
     * }
     */
    public static int pw_stream_get_node_id(MemorySegment stream) {
        var mh$ = pw_stream_get_node_id.HANDLE;
        try {
            return (int) mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pw_stream_state_as_string {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(C_POINTER, C_INT);

        public static final MethodHandle HANDLE = downcall("pw_stream_state_as_string", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *pw_stream_state_as_string(enum pw_stream_state state)
     * }
     */
    public static FunctionDescriptor pw_stream_state_as_string$descriptor() {
        return pw_stream_state_as_string.DESC;
    }

    /** Downcall method handle for {@code pw_stream_state_as_string}. */
    public static MethodHandle pw_stream_state_as_string$handle() {
        return pw_stream_state_as_string.HANDLE;
    }

    /** Address of {@code pw_stream_state_as_string}. @throws NativeLibraryUnavailableException when the library or symbol is missing */
    public static MemorySegment pw_stream_state_as_string$address() {
        return LIBRARY.find("pw_stream_state_as_string");
    }

    /**
     * {@snippet lang=c :
     * const char *pw_stream_state_as_string(enum pw_stream_state state)
     * }
     */
    public static MemorySegment pw_stream_state_as_string(int state) {
        var mh$ = pw_stream_state_as_string.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(state);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Variadic function:
     * {@snippet lang=c :
     * struct pw_properties *pw_properties_new(const char *key, ...)
     * }
     * Make an invoker for the layouts of the variadic arguments with {@link #makeInvoker}.
     */
    public static class pw_properties_new {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(C_POINTER, C_POINTER);

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private pw_properties_new(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        /** An invoker whose variadic arguments have the given layouts. */
        public static pw_properties_new makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = downcall("pw_properties_new", desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new pw_properties_new(mh$, desc$, spreader$);
        }

        /** Address of {@code pw_properties_new}. */
        public static MemorySegment address() {
            return LIBRARY.find("pw_properties_new");
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        /** Calls the function; {@code x} must match the layouts given to {@link #makeInvoker}. */
        public MemorySegment apply(MemorySegment key, Object... x) {
            try {
                return (MemorySegment) spreader.invokeExact(key, x);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final int PW_STREAM_STATE_ERROR = (int) -1L;

    /** {@snippet lang=c : PW_STREAM_STATE_ERROR } */
    public static int PW_STREAM_STATE_ERROR() {
        return PW_STREAM_STATE_ERROR;
    }

    private static final int PW_STREAM_STATE_UNCONNECTED = (int) 0L;

    /** {@snippet lang=c : PW_STREAM_STATE_UNCONNECTED } */
    public static int PW_STREAM_STATE_UNCONNECTED() {
        return PW_STREAM_STATE_UNCONNECTED;
    }

    private static final int PW_STREAM_STATE_CONNECTING = (int) 1L;

    /** {@snippet lang=c : PW_STREAM_STATE_CONNECTING } */
    public static int PW_STREAM_STATE_CONNECTING() {
        return PW_STREAM_STATE_CONNECTING;
    }

    private static final int PW_STREAM_STATE_PAUSED = (int) 2L;

    /** {@snippet lang=c : PW_STREAM_STATE_PAUSED } */
    public static int PW_STREAM_STATE_PAUSED() {
        return PW_STREAM_STATE_PAUSED;
    }

    private static final int PW_STREAM_STATE_STREAMING = (int) 3L;

    /** {@snippet lang=c : PW_STREAM_STATE_STREAMING } */
    public static int PW_STREAM_STATE_STREAMING() {
        return PW_STREAM_STATE_STREAMING;
    }

    private static final int PW_STREAM_FLAG_NONE = (int) 0L;

    /** {@snippet lang=c : PW_STREAM_FLAG_NONE } */
    public static int PW_STREAM_FLAG_NONE() {
        return PW_STREAM_FLAG_NONE;
    }

    private static final int PW_STREAM_FLAG_AUTOCONNECT = (int) 1L;

    /** {@snippet lang=c : PW_STREAM_FLAG_AUTOCONNECT } */
    public static int PW_STREAM_FLAG_AUTOCONNECT() {
        return PW_STREAM_FLAG_AUTOCONNECT;
    }

    private static final int PW_STREAM_FLAG_INACTIVE = (int) 2L;

    /** {@snippet lang=c : PW_STREAM_FLAG_INACTIVE } */
    public static int PW_STREAM_FLAG_INACTIVE() {
        return PW_STREAM_FLAG_INACTIVE;
    }

    private static final int PW_STREAM_FLAG_MAP_BUFFERS = (int) 4L;

    /** {@snippet lang=c : PW_STREAM_FLAG_MAP_BUFFERS } */
    public static int PW_STREAM_FLAG_MAP_BUFFERS() {
        return PW_STREAM_FLAG_MAP_BUFFERS;
    }

    private static final int PW_STREAM_FLAG_DRIVER = (int) 8L;

    /** {@snippet lang=c : PW_STREAM_FLAG_DRIVER } */
    public static int PW_STREAM_FLAG_DRIVER() {
        return PW_STREAM_FLAG_DRIVER;
    }

    private static final int PW_STREAM_FLAG_RT_PROCESS = (int) 16L;

    /** {@snippet lang=c : PW_STREAM_FLAG_RT_PROCESS } */
    public static int PW_STREAM_FLAG_RT_PROCESS() {
        return PW_STREAM_FLAG_RT_PROCESS;
    }

    private static final int PW_STREAM_FLAG_NO_CONVERT = (int) 32L;

    /** {@snippet lang=c : PW_STREAM_FLAG_NO_CONVERT } */
    public static int PW_STREAM_FLAG_NO_CONVERT() {
        return PW_STREAM_FLAG_NO_CONVERT;
    }

    private static final int PW_STREAM_FLAG_EXCLUSIVE = (int) 64L;

    /** {@snippet lang=c : PW_STREAM_FLAG_EXCLUSIVE } */
    public static int PW_STREAM_FLAG_EXCLUSIVE() {
        return PW_STREAM_FLAG_EXCLUSIVE;
    }

    private static final int PW_STREAM_FLAG_DONT_RECONNECT = (int) 128L;

    /** {@snippet lang=c : PW_STREAM_FLAG_DONT_RECONNECT } */
    public static int PW_STREAM_FLAG_DONT_RECONNECT() {
        return PW_STREAM_FLAG_DONT_RECONNECT;
    }

    private static final int PW_STREAM_FLAG_ALLOC_BUFFERS = (int) 256L;

    /** {@snippet lang=c : PW_STREAM_FLAG_ALLOC_BUFFERS } */
    public static int PW_STREAM_FLAG_ALLOC_BUFFERS() {
        return PW_STREAM_FLAG_ALLOC_BUFFERS;
    }

    private static final int PW_STREAM_FLAG_TRIGGER = (int) 512L;

    /** {@snippet lang=c : PW_STREAM_FLAG_TRIGGER } */
    public static int PW_STREAM_FLAG_TRIGGER() {
        return PW_STREAM_FLAG_TRIGGER;
    }

    private static final int PW_ID_CORE = (int) 0L;

    /** {@snippet lang=c : PW_ID_CORE } */
    public static int PW_ID_CORE() {
        return PW_ID_CORE;
    }

    private static final int PW_ID_ANY = (int) 4294967295L;

    /** {@snippet lang=c : PW_ID_ANY } */
    public static int PW_ID_ANY() {
        return PW_ID_ANY;
    }

    private static final int PW_DIRECTION_INPUT = (int) 0L;

    /** {@snippet lang=c : PW_DIRECTION_INPUT } */
    public static int PW_DIRECTION_INPUT() {
        return PW_DIRECTION_INPUT;
    }

    private static final int PW_DIRECTION_OUTPUT = (int) 1L;

    /** {@snippet lang=c : PW_DIRECTION_OUTPUT } */
    public static int PW_DIRECTION_OUTPUT() {
        return PW_DIRECTION_OUTPUT;
    }

    private static final int PW_VERSION_CORE = (int) 3L;

    /** {@snippet lang=c : PW_VERSION_CORE } */
    public static int PW_VERSION_CORE() {
        return PW_VERSION_CORE;
    }

    private static final int PW_VERSION_REGISTRY = (int) 3L;

    /** {@snippet lang=c : PW_VERSION_REGISTRY } */
    public static int PW_VERSION_REGISTRY() {
        return PW_VERSION_REGISTRY;
    }

    private static final int PW_VERSION_CORE_EVENTS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_CORE_EVENTS } */
    public static int PW_VERSION_CORE_EVENTS() {
        return PW_VERSION_CORE_EVENTS;
    }

    private static final int PW_VERSION_CORE_METHODS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_CORE_METHODS } */
    public static int PW_VERSION_CORE_METHODS() {
        return PW_VERSION_CORE_METHODS;
    }

    private static final int PW_VERSION_REGISTRY_EVENTS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_REGISTRY_EVENTS } */
    public static int PW_VERSION_REGISTRY_EVENTS() {
        return PW_VERSION_REGISTRY_EVENTS;
    }

    private static final int PW_VERSION_REGISTRY_METHODS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_REGISTRY_METHODS } */
    public static int PW_VERSION_REGISTRY_METHODS() {
        return PW_VERSION_REGISTRY_METHODS;
    }

    private static final int PW_VERSION_STREAM_EVENTS = (int) 2L;

    /** {@snippet lang=c : PW_VERSION_STREAM_EVENTS } */
    public static int PW_VERSION_STREAM_EVENTS() {
        return PW_VERSION_STREAM_EVENTS;
    }

    private static final int PW_VERSION_PROXY_EVENTS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_PROXY_EVENTS } */
    public static int PW_VERSION_PROXY_EVENTS() {
        return PW_VERSION_PROXY_EVENTS;
    }

    private static final int PW_VERSION_CONTEXT_EVENTS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_CONTEXT_EVENTS } */
    public static int PW_VERSION_CONTEXT_EVENTS() {
        return PW_VERSION_CONTEXT_EVENTS;
    }

    private static final int PW_VERSION_NODE = (int) 3L;

    /** {@snippet lang=c : PW_VERSION_NODE } */
    public static int PW_VERSION_NODE() {
        return PW_VERSION_NODE;
    }

    private static final int PW_VERSION_DEVICE = (int) 3L;

    /** {@snippet lang=c : PW_VERSION_DEVICE } */
    public static int PW_VERSION_DEVICE() {
        return PW_VERSION_DEVICE;
    }

    private static final int PW_VERSION_NODE_EVENTS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_NODE_EVENTS } */
    public static int PW_VERSION_NODE_EVENTS() {
        return PW_VERSION_NODE_EVENTS;
    }

    private static final int PW_VERSION_NODE_METHODS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_NODE_METHODS } */
    public static int PW_VERSION_NODE_METHODS() {
        return PW_VERSION_NODE_METHODS;
    }

    private static final int PW_VERSION_PORT = (int) 3L;

    /** {@snippet lang=c : PW_VERSION_PORT } */
    public static int PW_VERSION_PORT() {
        return PW_VERSION_PORT;
    }

    private static final int PW_VERSION_PORT_EVENTS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_PORT_EVENTS } */
    public static int PW_VERSION_PORT_EVENTS() {
        return PW_VERSION_PORT_EVENTS;
    }

    private static final int PW_VERSION_PORT_METHODS = (int) 0L;

    /** {@snippet lang=c : PW_VERSION_PORT_METHODS } */
    public static int PW_VERSION_PORT_METHODS() {
        return PW_VERSION_PORT_METHODS;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Core "PipeWire:Interface:Core" } */
    public static MemorySegment PW_TYPE_INTERFACE_Core() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Core = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Core");
        }
        return Holder.PW_TYPE_INTERFACE_Core;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Registry "PipeWire:Interface:Registry" } */
    public static MemorySegment PW_TYPE_INTERFACE_Registry() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Registry = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Registry");
        }
        return Holder.PW_TYPE_INTERFACE_Registry;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Node "PipeWire:Interface:Node" } */
    public static MemorySegment PW_TYPE_INTERFACE_Node() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Node = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Node");
        }
        return Holder.PW_TYPE_INTERFACE_Node;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Port "PipeWire:Interface:Port" } */
    public static MemorySegment PW_TYPE_INTERFACE_Port() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Port = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Port");
        }
        return Holder.PW_TYPE_INTERFACE_Port;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Link "PipeWire:Interface:Link" } */
    public static MemorySegment PW_TYPE_INTERFACE_Link() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Link = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Link");
        }
        return Holder.PW_TYPE_INTERFACE_Link;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Device "PipeWire:Interface:Device" } */
    public static MemorySegment PW_TYPE_INTERFACE_Device() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Device = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Device");
        }
        return Holder.PW_TYPE_INTERFACE_Device;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Client "PipeWire:Interface:Client" } */
    public static MemorySegment PW_TYPE_INTERFACE_Client() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Client = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Client");
        }
        return Holder.PW_TYPE_INTERFACE_Client;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Module "PipeWire:Interface:Module" } */
    public static MemorySegment PW_TYPE_INTERFACE_Module() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Module = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Module");
        }
        return Holder.PW_TYPE_INTERFACE_Module;
    }

    /** {@snippet lang=c : #define PW_TYPE_INTERFACE_Factory "PipeWire:Interface:Factory" } */
    public static MemorySegment PW_TYPE_INTERFACE_Factory() {
        class Holder {
            static final MemorySegment PW_TYPE_INTERFACE_Factory = pipewire_h.LIBRARY_ARENA.allocateFrom("PipeWire:Interface:Factory");
        }
        return Holder.PW_TYPE_INTERFACE_Factory;
    }

    /** {@snippet lang=c : #define PW_KEY_ACCESS "pipewire.access" } */
    public static MemorySegment PW_KEY_ACCESS() {
        class Holder {
            static final MemorySegment PW_KEY_ACCESS = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.access");
        }
        return Holder.PW_KEY_ACCESS;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_ICON "application.icon" } */
    public static MemorySegment PW_KEY_APP_ICON() {
        class Holder {
            static final MemorySegment PW_KEY_APP_ICON = pipewire_h.LIBRARY_ARENA.allocateFrom("application.icon");
        }
        return Holder.PW_KEY_APP_ICON;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_ICON_NAME "application.icon-name" } */
    public static MemorySegment PW_KEY_APP_ICON_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_APP_ICON_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("application.icon-name");
        }
        return Holder.PW_KEY_APP_ICON_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_ID "application.id" } */
    public static MemorySegment PW_KEY_APP_ID() {
        class Holder {
            static final MemorySegment PW_KEY_APP_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("application.id");
        }
        return Holder.PW_KEY_APP_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_LANGUAGE "application.language" } */
    public static MemorySegment PW_KEY_APP_LANGUAGE() {
        class Holder {
            static final MemorySegment PW_KEY_APP_LANGUAGE = pipewire_h.LIBRARY_ARENA.allocateFrom("application.language");
        }
        return Holder.PW_KEY_APP_LANGUAGE;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_NAME "application.name" } */
    public static MemorySegment PW_KEY_APP_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_APP_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("application.name");
        }
        return Holder.PW_KEY_APP_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_PROCESS_BINARY "application.process.binary" } */
    public static MemorySegment PW_KEY_APP_PROCESS_BINARY() {
        class Holder {
            static final MemorySegment PW_KEY_APP_PROCESS_BINARY = pipewire_h.LIBRARY_ARENA.allocateFrom("application.process.binary");
        }
        return Holder.PW_KEY_APP_PROCESS_BINARY;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_PROCESS_HOST "application.process.host" } */
    public static MemorySegment PW_KEY_APP_PROCESS_HOST() {
        class Holder {
            static final MemorySegment PW_KEY_APP_PROCESS_HOST = pipewire_h.LIBRARY_ARENA.allocateFrom("application.process.host");
        }
        return Holder.PW_KEY_APP_PROCESS_HOST;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_PROCESS_ID "application.process.id" } */
    public static MemorySegment PW_KEY_APP_PROCESS_ID() {
        class Holder {
            static final MemorySegment PW_KEY_APP_PROCESS_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("application.process.id");
        }
        return Holder.PW_KEY_APP_PROCESS_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_PROCESS_MACHINE_ID "application.process.machine-id" } */
    public static MemorySegment PW_KEY_APP_PROCESS_MACHINE_ID() {
        class Holder {
            static final MemorySegment PW_KEY_APP_PROCESS_MACHINE_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("application.process.machine-id");
        }
        return Holder.PW_KEY_APP_PROCESS_MACHINE_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_PROCESS_SESSION_ID "application.process.session-id" } */
    public static MemorySegment PW_KEY_APP_PROCESS_SESSION_ID() {
        class Holder {
            static final MemorySegment PW_KEY_APP_PROCESS_SESSION_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("application.process.session-id");
        }
        return Holder.PW_KEY_APP_PROCESS_SESSION_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_PROCESS_USER "application.process.user" } */
    public static MemorySegment PW_KEY_APP_PROCESS_USER() {
        class Holder {
            static final MemorySegment PW_KEY_APP_PROCESS_USER = pipewire_h.LIBRARY_ARENA.allocateFrom("application.process.user");
        }
        return Holder.PW_KEY_APP_PROCESS_USER;
    }

    /** {@snippet lang=c : #define PW_KEY_APP_VERSION "application.version" } */
    public static MemorySegment PW_KEY_APP_VERSION() {
        class Holder {
            static final MemorySegment PW_KEY_APP_VERSION = pipewire_h.LIBRARY_ARENA.allocateFrom("application.version");
        }
        return Holder.PW_KEY_APP_VERSION;
    }

    /** {@snippet lang=c : #define PW_KEY_AUDIO_ALLOWED_RATES "audio.allowed-rates" } */
    public static MemorySegment PW_KEY_AUDIO_ALLOWED_RATES() {
        class Holder {
            static final MemorySegment PW_KEY_AUDIO_ALLOWED_RATES = pipewire_h.LIBRARY_ARENA.allocateFrom("audio.allowed-rates");
        }
        return Holder.PW_KEY_AUDIO_ALLOWED_RATES;
    }

    /** {@snippet lang=c : #define PW_KEY_AUDIO_CHANNEL "audio.channel" } */
    public static MemorySegment PW_KEY_AUDIO_CHANNEL() {
        class Holder {
            static final MemorySegment PW_KEY_AUDIO_CHANNEL = pipewire_h.LIBRARY_ARENA.allocateFrom("audio.channel");
        }
        return Holder.PW_KEY_AUDIO_CHANNEL;
    }

    /** {@snippet lang=c : #define PW_KEY_AUDIO_CHANNELS "audio.channels" } */
    public static MemorySegment PW_KEY_AUDIO_CHANNELS() {
        class Holder {
            static final MemorySegment PW_KEY_AUDIO_CHANNELS = pipewire_h.LIBRARY_ARENA.allocateFrom("audio.channels");
        }
        return Holder.PW_KEY_AUDIO_CHANNELS;
    }

    /** {@snippet lang=c : #define PW_KEY_AUDIO_FORMAT "audio.format" } */
    public static MemorySegment PW_KEY_AUDIO_FORMAT() {
        class Holder {
            static final MemorySegment PW_KEY_AUDIO_FORMAT = pipewire_h.LIBRARY_ARENA.allocateFrom("audio.format");
        }
        return Holder.PW_KEY_AUDIO_FORMAT;
    }

    /** {@snippet lang=c : #define PW_KEY_AUDIO_RATE "audio.rate" } */
    public static MemorySegment PW_KEY_AUDIO_RATE() {
        class Holder {
            static final MemorySegment PW_KEY_AUDIO_RATE = pipewire_h.LIBRARY_ARENA.allocateFrom("audio.rate");
        }
        return Holder.PW_KEY_AUDIO_RATE;
    }

    /** {@snippet lang=c : #define PW_KEY_CLIENT_ACCESS "pipewire.client.access" } */
    public static MemorySegment PW_KEY_CLIENT_ACCESS() {
        class Holder {
            static final MemorySegment PW_KEY_CLIENT_ACCESS = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.client.access");
        }
        return Holder.PW_KEY_CLIENT_ACCESS;
    }

    /** {@snippet lang=c : #define PW_KEY_CLIENT_API "client.api" } */
    public static MemorySegment PW_KEY_CLIENT_API() {
        class Holder {
            static final MemorySegment PW_KEY_CLIENT_API = pipewire_h.LIBRARY_ARENA.allocateFrom("client.api");
        }
        return Holder.PW_KEY_CLIENT_API;
    }

    /** {@snippet lang=c : #define PW_KEY_CLIENT_ID "client.id" } */
    public static MemorySegment PW_KEY_CLIENT_ID() {
        class Holder {
            static final MemorySegment PW_KEY_CLIENT_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("client.id");
        }
        return Holder.PW_KEY_CLIENT_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_CLIENT_NAME "client.name" } */
    public static MemorySegment PW_KEY_CLIENT_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_CLIENT_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("client.name");
        }
        return Holder.PW_KEY_CLIENT_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_CONFIG_NAME "config.name" } */
    public static MemorySegment PW_KEY_CONFIG_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_CONFIG_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("config.name");
        }
        return Holder.PW_KEY_CONFIG_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_CONFIG_OVERRIDE_NAME "config.override.name" } */
    public static MemorySegment PW_KEY_CONFIG_OVERRIDE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_CONFIG_OVERRIDE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("config.override.name");
        }
        return Holder.PW_KEY_CONFIG_OVERRIDE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_CONFIG_OVERRIDE_PREFIX "config.override.prefix" } */
    public static MemorySegment PW_KEY_CONFIG_OVERRIDE_PREFIX() {
        class Holder {
            static final MemorySegment PW_KEY_CONFIG_OVERRIDE_PREFIX = pipewire_h.LIBRARY_ARENA.allocateFrom("config.override.prefix");
        }
        return Holder.PW_KEY_CONFIG_OVERRIDE_PREFIX;
    }

    /** {@snippet lang=c : #define PW_KEY_CONFIG_PREFIX "config.prefix" } */
    public static MemorySegment PW_KEY_CONFIG_PREFIX() {
        class Holder {
            static final MemorySegment PW_KEY_CONFIG_PREFIX = pipewire_h.LIBRARY_ARENA.allocateFrom("config.prefix");
        }
        return Holder.PW_KEY_CONFIG_PREFIX;
    }

    /** {@snippet lang=c : #define PW_KEY_CONTEXT_PROFILE_MODULES "context.profile.modules" } */
    public static MemorySegment PW_KEY_CONTEXT_PROFILE_MODULES() {
        class Holder {
            static final MemorySegment PW_KEY_CONTEXT_PROFILE_MODULES = pipewire_h.LIBRARY_ARENA.allocateFrom("context.profile.modules");
        }
        return Holder.PW_KEY_CONTEXT_PROFILE_MODULES;
    }

    /** {@snippet lang=c : #define PW_KEY_CORE_DAEMON "core.daemon" } */
    public static MemorySegment PW_KEY_CORE_DAEMON() {
        class Holder {
            static final MemorySegment PW_KEY_CORE_DAEMON = pipewire_h.LIBRARY_ARENA.allocateFrom("core.daemon");
        }
        return Holder.PW_KEY_CORE_DAEMON;
    }

    /** {@snippet lang=c : #define PW_KEY_CORE_ID "core.id" } */
    public static MemorySegment PW_KEY_CORE_ID() {
        class Holder {
            static final MemorySegment PW_KEY_CORE_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("core.id");
        }
        return Holder.PW_KEY_CORE_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_CORE_MONITORS "core.monitors" } */
    public static MemorySegment PW_KEY_CORE_MONITORS() {
        class Holder {
            static final MemorySegment PW_KEY_CORE_MONITORS = pipewire_h.LIBRARY_ARENA.allocateFrom("core.monitors");
        }
        return Holder.PW_KEY_CORE_MONITORS;
    }

    /** {@snippet lang=c : #define PW_KEY_CORE_NAME "core.name" } */
    public static MemorySegment PW_KEY_CORE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_CORE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("core.name");
        }
        return Holder.PW_KEY_CORE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_CORE_VERSION "core.version" } */
    public static MemorySegment PW_KEY_CORE_VERSION() {
        class Holder {
            static final MemorySegment PW_KEY_CORE_VERSION = pipewire_h.LIBRARY_ARENA.allocateFrom("core.version");
        }
        return Holder.PW_KEY_CORE_VERSION;
    }

    /** {@snippet lang=c : #define PW_KEY_CPU_CORES "cpu.cores" } */
    public static MemorySegment PW_KEY_CPU_CORES() {
        class Holder {
            static final MemorySegment PW_KEY_CPU_CORES = pipewire_h.LIBRARY_ARENA.allocateFrom("cpu.cores");
        }
        return Holder.PW_KEY_CPU_CORES;
    }

    /** {@snippet lang=c : #define PW_KEY_CPU_MAX_ALIGN "cpu.max-align" } */
    public static MemorySegment PW_KEY_CPU_MAX_ALIGN() {
        class Holder {
            static final MemorySegment PW_KEY_CPU_MAX_ALIGN = pipewire_h.LIBRARY_ARENA.allocateFrom("cpu.max-align");
        }
        return Holder.PW_KEY_CPU_MAX_ALIGN;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_API "device.api" } */
    public static MemorySegment PW_KEY_DEVICE_API() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_API = pipewire_h.LIBRARY_ARENA.allocateFrom("device.api");
        }
        return Holder.PW_KEY_DEVICE_API;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_BUS "device.bus" } */
    public static MemorySegment PW_KEY_DEVICE_BUS() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_BUS = pipewire_h.LIBRARY_ARENA.allocateFrom("device.bus");
        }
        return Holder.PW_KEY_DEVICE_BUS;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_BUS_PATH "device.bus-path" } */
    public static MemorySegment PW_KEY_DEVICE_BUS_PATH() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_BUS_PATH = pipewire_h.LIBRARY_ARENA.allocateFrom("device.bus-path");
        }
        return Holder.PW_KEY_DEVICE_BUS_PATH;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_CACHE_PARAMS "device.cache-params" } */
    public static MemorySegment PW_KEY_DEVICE_CACHE_PARAMS() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_CACHE_PARAMS = pipewire_h.LIBRARY_ARENA.allocateFrom("device.cache-params");
        }
        return Holder.PW_KEY_DEVICE_CACHE_PARAMS;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_CLASS "device.class" } */
    public static MemorySegment PW_KEY_DEVICE_CLASS() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_CLASS = pipewire_h.LIBRARY_ARENA.allocateFrom("device.class");
        }
        return Holder.PW_KEY_DEVICE_CLASS;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_DESCRIPTION "device.description" } */
    public static MemorySegment PW_KEY_DEVICE_DESCRIPTION() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_DESCRIPTION = pipewire_h.LIBRARY_ARENA.allocateFrom("device.description");
        }
        return Holder.PW_KEY_DEVICE_DESCRIPTION;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_FORM_FACTOR "device.form-factor" } */
    public static MemorySegment PW_KEY_DEVICE_FORM_FACTOR() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_FORM_FACTOR = pipewire_h.LIBRARY_ARENA.allocateFrom("device.form-factor");
        }
        return Holder.PW_KEY_DEVICE_FORM_FACTOR;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_ICON "device.icon" } */
    public static MemorySegment PW_KEY_DEVICE_ICON() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_ICON = pipewire_h.LIBRARY_ARENA.allocateFrom("device.icon");
        }
        return Holder.PW_KEY_DEVICE_ICON;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_ICON_NAME "device.icon-name" } */
    public static MemorySegment PW_KEY_DEVICE_ICON_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_ICON_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("device.icon-name");
        }
        return Holder.PW_KEY_DEVICE_ICON_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_ID "device.id" } */
    public static MemorySegment PW_KEY_DEVICE_ID() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("device.id");
        }
        return Holder.PW_KEY_DEVICE_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_INTENDED_ROLES "device.intended-roles" } */
    public static MemorySegment PW_KEY_DEVICE_INTENDED_ROLES() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_INTENDED_ROLES = pipewire_h.LIBRARY_ARENA.allocateFrom("device.intended-roles");
        }
        return Holder.PW_KEY_DEVICE_INTENDED_ROLES;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_NAME "device.name" } */
    public static MemorySegment PW_KEY_DEVICE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("device.name");
        }
        return Holder.PW_KEY_DEVICE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_NICK "device.nick" } */
    public static MemorySegment PW_KEY_DEVICE_NICK() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_NICK = pipewire_h.LIBRARY_ARENA.allocateFrom("device.nick");
        }
        return Holder.PW_KEY_DEVICE_NICK;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_PLUGGED "device.plugged" } */
    public static MemorySegment PW_KEY_DEVICE_PLUGGED() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_PLUGGED = pipewire_h.LIBRARY_ARENA.allocateFrom("device.plugged");
        }
        return Holder.PW_KEY_DEVICE_PLUGGED;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_PRODUCT_ID "device.product.id" } */
    public static MemorySegment PW_KEY_DEVICE_PRODUCT_ID() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_PRODUCT_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("device.product.id");
        }
        return Holder.PW_KEY_DEVICE_PRODUCT_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_PRODUCT_NAME "device.product.name" } */
    public static MemorySegment PW_KEY_DEVICE_PRODUCT_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_PRODUCT_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("device.product.name");
        }
        return Holder.PW_KEY_DEVICE_PRODUCT_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_SERIAL "device.serial" } */
    public static MemorySegment PW_KEY_DEVICE_SERIAL() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_SERIAL = pipewire_h.LIBRARY_ARENA.allocateFrom("device.serial");
        }
        return Holder.PW_KEY_DEVICE_SERIAL;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_STRING "device.string" } */
    public static MemorySegment PW_KEY_DEVICE_STRING() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_STRING = pipewire_h.LIBRARY_ARENA.allocateFrom("device.string");
        }
        return Holder.PW_KEY_DEVICE_STRING;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_SUBSYSTEM "device.subsystem" } */
    public static MemorySegment PW_KEY_DEVICE_SUBSYSTEM() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_SUBSYSTEM = pipewire_h.LIBRARY_ARENA.allocateFrom("device.subsystem");
        }
        return Holder.PW_KEY_DEVICE_SUBSYSTEM;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_SYSFS_PATH "device.sysfs.path" } */
    public static MemorySegment PW_KEY_DEVICE_SYSFS_PATH() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_SYSFS_PATH = pipewire_h.LIBRARY_ARENA.allocateFrom("device.sysfs.path");
        }
        return Holder.PW_KEY_DEVICE_SYSFS_PATH;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_VENDOR_ID "device.vendor.id" } */
    public static MemorySegment PW_KEY_DEVICE_VENDOR_ID() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_VENDOR_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("device.vendor.id");
        }
        return Holder.PW_KEY_DEVICE_VENDOR_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_DEVICE_VENDOR_NAME "device.vendor.name" } */
    public static MemorySegment PW_KEY_DEVICE_VENDOR_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_DEVICE_VENDOR_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("device.vendor.name");
        }
        return Holder.PW_KEY_DEVICE_VENDOR_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_FACTORY_ID "factory.id" } */
    public static MemorySegment PW_KEY_FACTORY_ID() {
        class Holder {
            static final MemorySegment PW_KEY_FACTORY_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("factory.id");
        }
        return Holder.PW_KEY_FACTORY_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_FACTORY_NAME "factory.name" } */
    public static MemorySegment PW_KEY_FACTORY_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_FACTORY_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("factory.name");
        }
        return Holder.PW_KEY_FACTORY_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_FACTORY_TYPE_NAME "factory.type.name" } */
    public static MemorySegment PW_KEY_FACTORY_TYPE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_FACTORY_TYPE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("factory.type.name");
        }
        return Holder.PW_KEY_FACTORY_TYPE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_FACTORY_TYPE_VERSION "factory.type.version" } */
    public static MemorySegment PW_KEY_FACTORY_TYPE_VERSION() {
        class Holder {
            static final MemorySegment PW_KEY_FACTORY_TYPE_VERSION = pipewire_h.LIBRARY_ARENA.allocateFrom("factory.type.version");
        }
        return Holder.PW_KEY_FACTORY_TYPE_VERSION;
    }

    /** {@snippet lang=c : #define PW_KEY_FACTORY_USAGE "factory.usage" } */
    public static MemorySegment PW_KEY_FACTORY_USAGE() {
        class Holder {
            static final MemorySegment PW_KEY_FACTORY_USAGE = pipewire_h.LIBRARY_ARENA.allocateFrom("factory.usage");
        }
        return Holder.PW_KEY_FACTORY_USAGE;
    }

    /** {@snippet lang=c : #define PW_KEY_FORMAT_DSP "format.dsp" } */
    public static MemorySegment PW_KEY_FORMAT_DSP() {
        class Holder {
            static final MemorySegment PW_KEY_FORMAT_DSP = pipewire_h.LIBRARY_ARENA.allocateFrom("format.dsp");
        }
        return Holder.PW_KEY_FORMAT_DSP;
    }

    /** {@snippet lang=c : #define PW_KEY_HOST_NAME "context.host-name" } */
    public static MemorySegment PW_KEY_HOST_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_HOST_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("context.host-name");
        }
        return Holder.PW_KEY_HOST_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_LIBRARY_NAME_DBUS "library.name.dbus" } */
    public static MemorySegment PW_KEY_LIBRARY_NAME_DBUS() {
        class Holder {
            static final MemorySegment PW_KEY_LIBRARY_NAME_DBUS = pipewire_h.LIBRARY_ARENA.allocateFrom("library.name.dbus");
        }
        return Holder.PW_KEY_LIBRARY_NAME_DBUS;
    }

    /** {@snippet lang=c : #define PW_KEY_LIBRARY_NAME_LOOP "library.name.loop" } */
    public static MemorySegment PW_KEY_LIBRARY_NAME_LOOP() {
        class Holder {
            static final MemorySegment PW_KEY_LIBRARY_NAME_LOOP = pipewire_h.LIBRARY_ARENA.allocateFrom("library.name.loop");
        }
        return Holder.PW_KEY_LIBRARY_NAME_LOOP;
    }

    /** {@snippet lang=c : #define PW_KEY_LIBRARY_NAME_SYSTEM "library.name.system" } */
    public static MemorySegment PW_KEY_LIBRARY_NAME_SYSTEM() {
        class Holder {
            static final MemorySegment PW_KEY_LIBRARY_NAME_SYSTEM = pipewire_h.LIBRARY_ARENA.allocateFrom("library.name.system");
        }
        return Holder.PW_KEY_LIBRARY_NAME_SYSTEM;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_FEEDBACK "link.feedback" } */
    public static MemorySegment PW_KEY_LINK_FEEDBACK() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_FEEDBACK = pipewire_h.LIBRARY_ARENA.allocateFrom("link.feedback");
        }
        return Holder.PW_KEY_LINK_FEEDBACK;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_ID "link.id" } */
    public static MemorySegment PW_KEY_LINK_ID() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("link.id");
        }
        return Holder.PW_KEY_LINK_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_INPUT_NODE "link.input.node" } */
    public static MemorySegment PW_KEY_LINK_INPUT_NODE() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_INPUT_NODE = pipewire_h.LIBRARY_ARENA.allocateFrom("link.input.node");
        }
        return Holder.PW_KEY_LINK_INPUT_NODE;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_INPUT_PORT "link.input.port" } */
    public static MemorySegment PW_KEY_LINK_INPUT_PORT() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_INPUT_PORT = pipewire_h.LIBRARY_ARENA.allocateFrom("link.input.port");
        }
        return Holder.PW_KEY_LINK_INPUT_PORT;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_OUTPUT_NODE "link.output.node" } */
    public static MemorySegment PW_KEY_LINK_OUTPUT_NODE() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_OUTPUT_NODE = pipewire_h.LIBRARY_ARENA.allocateFrom("link.output.node");
        }
        return Holder.PW_KEY_LINK_OUTPUT_NODE;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_OUTPUT_PORT "link.output.port" } */
    public static MemorySegment PW_KEY_LINK_OUTPUT_PORT() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_OUTPUT_PORT = pipewire_h.LIBRARY_ARENA.allocateFrom("link.output.port");
        }
        return Holder.PW_KEY_LINK_OUTPUT_PORT;
    }

    /** {@snippet lang=c : #define PW_KEY_LINK_PASSIVE "link.passive" } */
    public static MemorySegment PW_KEY_LINK_PASSIVE() {
        class Holder {
            static final MemorySegment PW_KEY_LINK_PASSIVE = pipewire_h.LIBRARY_ARENA.allocateFrom("link.passive");
        }
        return Holder.PW_KEY_LINK_PASSIVE;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_ARTIST "media.artist" } */
    public static MemorySegment PW_KEY_MEDIA_ARTIST() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_ARTIST = pipewire_h.LIBRARY_ARENA.allocateFrom("media.artist");
        }
        return Holder.PW_KEY_MEDIA_ARTIST;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_CATEGORY "media.category" } */
    public static MemorySegment PW_KEY_MEDIA_CATEGORY() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_CATEGORY = pipewire_h.LIBRARY_ARENA.allocateFrom("media.category");
        }
        return Holder.PW_KEY_MEDIA_CATEGORY;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_CLASS "media.class" } */
    public static MemorySegment PW_KEY_MEDIA_CLASS() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_CLASS = pipewire_h.LIBRARY_ARENA.allocateFrom("media.class");
        }
        return Holder.PW_KEY_MEDIA_CLASS;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_COMMENT "media.comment" } */
    public static MemorySegment PW_KEY_MEDIA_COMMENT() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_COMMENT = pipewire_h.LIBRARY_ARENA.allocateFrom("media.comment");
        }
        return Holder.PW_KEY_MEDIA_COMMENT;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_COPYRIGHT "media.copyright" } */
    public static MemorySegment PW_KEY_MEDIA_COPYRIGHT() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_COPYRIGHT = pipewire_h.LIBRARY_ARENA.allocateFrom("media.copyright");
        }
        return Holder.PW_KEY_MEDIA_COPYRIGHT;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_DATE "media.date" } */
    public static MemorySegment PW_KEY_MEDIA_DATE() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_DATE = pipewire_h.LIBRARY_ARENA.allocateFrom("media.date");
        }
        return Holder.PW_KEY_MEDIA_DATE;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_FILENAME "media.filename" } */
    public static MemorySegment PW_KEY_MEDIA_FILENAME() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_FILENAME = pipewire_h.LIBRARY_ARENA.allocateFrom("media.filename");
        }
        return Holder.PW_KEY_MEDIA_FILENAME;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_FORMAT "media.format" } */
    public static MemorySegment PW_KEY_MEDIA_FORMAT() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_FORMAT = pipewire_h.LIBRARY_ARENA.allocateFrom("media.format");
        }
        return Holder.PW_KEY_MEDIA_FORMAT;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_ICON "media.icon" } */
    public static MemorySegment PW_KEY_MEDIA_ICON() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_ICON = pipewire_h.LIBRARY_ARENA.allocateFrom("media.icon");
        }
        return Holder.PW_KEY_MEDIA_ICON;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_ICON_NAME "media.icon-name" } */
    public static MemorySegment PW_KEY_MEDIA_ICON_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_ICON_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("media.icon-name");
        }
        return Holder.PW_KEY_MEDIA_ICON_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_LANGUAGE "media.language" } */
    public static MemorySegment PW_KEY_MEDIA_LANGUAGE() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_LANGUAGE = pipewire_h.LIBRARY_ARENA.allocateFrom("media.language");
        }
        return Holder.PW_KEY_MEDIA_LANGUAGE;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_NAME "media.name" } */
    public static MemorySegment PW_KEY_MEDIA_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("media.name");
        }
        return Holder.PW_KEY_MEDIA_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_ROLE "media.role" } */
    public static MemorySegment PW_KEY_MEDIA_ROLE() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_ROLE = pipewire_h.LIBRARY_ARENA.allocateFrom("media.role");
        }
        return Holder.PW_KEY_MEDIA_ROLE;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_SOFTWARE "media.software" } */
    public static MemorySegment PW_KEY_MEDIA_SOFTWARE() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_SOFTWARE = pipewire_h.LIBRARY_ARENA.allocateFrom("media.software");
        }
        return Holder.PW_KEY_MEDIA_SOFTWARE;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_TITLE "media.title" } */
    public static MemorySegment PW_KEY_MEDIA_TITLE() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_TITLE = pipewire_h.LIBRARY_ARENA.allocateFrom("media.title");
        }
        return Holder.PW_KEY_MEDIA_TITLE;
    }

    /** {@snippet lang=c : #define PW_KEY_MEDIA_TYPE "media.type" } */
    public static MemorySegment PW_KEY_MEDIA_TYPE() {
        class Holder {
            static final MemorySegment PW_KEY_MEDIA_TYPE = pipewire_h.LIBRARY_ARENA.allocateFrom("media.type");
        }
        return Holder.PW_KEY_MEDIA_TYPE;
    }

    /** {@snippet lang=c : #define PW_KEY_MODULE_AUTHOR "module.author" } */
    public static MemorySegment PW_KEY_MODULE_AUTHOR() {
        class Holder {
            static final MemorySegment PW_KEY_MODULE_AUTHOR = pipewire_h.LIBRARY_ARENA.allocateFrom("module.author");
        }
        return Holder.PW_KEY_MODULE_AUTHOR;
    }

    /** {@snippet lang=c : #define PW_KEY_MODULE_DESCRIPTION "module.description" } */
    public static MemorySegment PW_KEY_MODULE_DESCRIPTION() {
        class Holder {
            static final MemorySegment PW_KEY_MODULE_DESCRIPTION = pipewire_h.LIBRARY_ARENA.allocateFrom("module.description");
        }
        return Holder.PW_KEY_MODULE_DESCRIPTION;
    }

    /** {@snippet lang=c : #define PW_KEY_MODULE_ID "module.id" } */
    public static MemorySegment PW_KEY_MODULE_ID() {
        class Holder {
            static final MemorySegment PW_KEY_MODULE_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("module.id");
        }
        return Holder.PW_KEY_MODULE_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_MODULE_NAME "module.name" } */
    public static MemorySegment PW_KEY_MODULE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_MODULE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("module.name");
        }
        return Holder.PW_KEY_MODULE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_MODULE_USAGE "module.usage" } */
    public static MemorySegment PW_KEY_MODULE_USAGE() {
        class Holder {
            static final MemorySegment PW_KEY_MODULE_USAGE = pipewire_h.LIBRARY_ARENA.allocateFrom("module.usage");
        }
        return Holder.PW_KEY_MODULE_USAGE;
    }

    /** {@snippet lang=c : #define PW_KEY_MODULE_VERSION "module.version" } */
    public static MemorySegment PW_KEY_MODULE_VERSION() {
        class Holder {
            static final MemorySegment PW_KEY_MODULE_VERSION = pipewire_h.LIBRARY_ARENA.allocateFrom("module.version");
        }
        return Holder.PW_KEY_MODULE_VERSION;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_ALWAYS_PROCESS "node.always-process" } */
    public static MemorySegment PW_KEY_NODE_ALWAYS_PROCESS() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_ALWAYS_PROCESS = pipewire_h.LIBRARY_ARENA.allocateFrom("node.always-process");
        }
        return Holder.PW_KEY_NODE_ALWAYS_PROCESS;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_AUTOCONNECT "node.autoconnect" } */
    public static MemorySegment PW_KEY_NODE_AUTOCONNECT() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_AUTOCONNECT = pipewire_h.LIBRARY_ARENA.allocateFrom("node.autoconnect");
        }
        return Holder.PW_KEY_NODE_AUTOCONNECT;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_CACHE_PARAMS "node.cache-params" } */
    public static MemorySegment PW_KEY_NODE_CACHE_PARAMS() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_CACHE_PARAMS = pipewire_h.LIBRARY_ARENA.allocateFrom("node.cache-params");
        }
        return Holder.PW_KEY_NODE_CACHE_PARAMS;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_CHANNELNAMES "node.channel-names" } */
    public static MemorySegment PW_KEY_NODE_CHANNELNAMES() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_CHANNELNAMES = pipewire_h.LIBRARY_ARENA.allocateFrom("node.channel-names");
        }
        return Holder.PW_KEY_NODE_CHANNELNAMES;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_DESCRIPTION "node.description" } */
    public static MemorySegment PW_KEY_NODE_DESCRIPTION() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_DESCRIPTION = pipewire_h.LIBRARY_ARENA.allocateFrom("node.description");
        }
        return Holder.PW_KEY_NODE_DESCRIPTION;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_DEVICE_PORT_NAME_PREFIX "node.device-port-name-prefix" } */
    public static MemorySegment PW_KEY_NODE_DEVICE_PORT_NAME_PREFIX() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_DEVICE_PORT_NAME_PREFIX = pipewire_h.LIBRARY_ARENA.allocateFrom("node.device-port-name-prefix");
        }
        return Holder.PW_KEY_NODE_DEVICE_PORT_NAME_PREFIX;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_DONT_RECONNECT "node.dont-reconnect" } */
    public static MemorySegment PW_KEY_NODE_DONT_RECONNECT() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_DONT_RECONNECT = pipewire_h.LIBRARY_ARENA.allocateFrom("node.dont-reconnect");
        }
        return Holder.PW_KEY_NODE_DONT_RECONNECT;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_DRIVER "node.driver" } */
    public static MemorySegment PW_KEY_NODE_DRIVER() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_DRIVER = pipewire_h.LIBRARY_ARENA.allocateFrom("node.driver");
        }
        return Holder.PW_KEY_NODE_DRIVER;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_EXCLUSIVE "node.exclusive" } */
    public static MemorySegment PW_KEY_NODE_EXCLUSIVE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_EXCLUSIVE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.exclusive");
        }
        return Holder.PW_KEY_NODE_EXCLUSIVE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_FORCE_QUANTUM "node.force-quantum" } */
    public static MemorySegment PW_KEY_NODE_FORCE_QUANTUM() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_FORCE_QUANTUM = pipewire_h.LIBRARY_ARENA.allocateFrom("node.force-quantum");
        }
        return Holder.PW_KEY_NODE_FORCE_QUANTUM;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_FORCE_RATE "node.force-rate" } */
    public static MemorySegment PW_KEY_NODE_FORCE_RATE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_FORCE_RATE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.force-rate");
        }
        return Holder.PW_KEY_NODE_FORCE_RATE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_GROUP "node.group" } */
    public static MemorySegment PW_KEY_NODE_GROUP() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_GROUP = pipewire_h.LIBRARY_ARENA.allocateFrom("node.group");
        }
        return Holder.PW_KEY_NODE_GROUP;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_ID "node.id" } */
    public static MemorySegment PW_KEY_NODE_ID() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("node.id");
        }
        return Holder.PW_KEY_NODE_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_LATENCY "node.latency" } */
    public static MemorySegment PW_KEY_NODE_LATENCY() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_LATENCY = pipewire_h.LIBRARY_ARENA.allocateFrom("node.latency");
        }
        return Holder.PW_KEY_NODE_LATENCY;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_LINK_GROUP "node.link-group" } */
    public static MemorySegment PW_KEY_NODE_LINK_GROUP() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_LINK_GROUP = pipewire_h.LIBRARY_ARENA.allocateFrom("node.link-group");
        }
        return Holder.PW_KEY_NODE_LINK_GROUP;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_LOCK_QUANTUM "node.lock-quantum" } */
    public static MemorySegment PW_KEY_NODE_LOCK_QUANTUM() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_LOCK_QUANTUM = pipewire_h.LIBRARY_ARENA.allocateFrom("node.lock-quantum");
        }
        return Holder.PW_KEY_NODE_LOCK_QUANTUM;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_LOCK_RATE "node.lock-rate" } */
    public static MemorySegment PW_KEY_NODE_LOCK_RATE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_LOCK_RATE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.lock-rate");
        }
        return Holder.PW_KEY_NODE_LOCK_RATE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_MAX_LATENCY "node.max-latency" } */
    public static MemorySegment PW_KEY_NODE_MAX_LATENCY() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_MAX_LATENCY = pipewire_h.LIBRARY_ARENA.allocateFrom("node.max-latency");
        }
        return Holder.PW_KEY_NODE_MAX_LATENCY;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_NAME "node.name" } */
    public static MemorySegment PW_KEY_NODE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("node.name");
        }
        return Holder.PW_KEY_NODE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_NETWORK "node.network" } */
    public static MemorySegment PW_KEY_NODE_NETWORK() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_NETWORK = pipewire_h.LIBRARY_ARENA.allocateFrom("node.network");
        }
        return Holder.PW_KEY_NODE_NETWORK;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_NICK "node.nick" } */
    public static MemorySegment PW_KEY_NODE_NICK() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_NICK = pipewire_h.LIBRARY_ARENA.allocateFrom("node.nick");
        }
        return Holder.PW_KEY_NODE_NICK;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_PASSIVE "node.passive" } */
    public static MemorySegment PW_KEY_NODE_PASSIVE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_PASSIVE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.passive");
        }
        return Holder.PW_KEY_NODE_PASSIVE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_PAUSE_ON_IDLE "node.pause-on-idle" } */
    public static MemorySegment PW_KEY_NODE_PAUSE_ON_IDLE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_PAUSE_ON_IDLE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.pause-on-idle");
        }
        return Holder.PW_KEY_NODE_PAUSE_ON_IDLE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_PLUGGED "node.plugged" } */
    public static MemorySegment PW_KEY_NODE_PLUGGED() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_PLUGGED = pipewire_h.LIBRARY_ARENA.allocateFrom("node.plugged");
        }
        return Holder.PW_KEY_NODE_PLUGGED;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_RATE "node.rate" } */
    public static MemorySegment PW_KEY_NODE_RATE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_RATE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.rate");
        }
        return Holder.PW_KEY_NODE_RATE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_SESSION "node.session" } */
    public static MemorySegment PW_KEY_NODE_SESSION() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_SESSION = pipewire_h.LIBRARY_ARENA.allocateFrom("node.session");
        }
        return Holder.PW_KEY_NODE_SESSION;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_STREAM "node.stream" } */
    public static MemorySegment PW_KEY_NODE_STREAM() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_STREAM = pipewire_h.LIBRARY_ARENA.allocateFrom("node.stream");
        }
        return Holder.PW_KEY_NODE_STREAM;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_SUSPEND_ON_IDLE "node.suspend-on-idle" } */
    public static MemorySegment PW_KEY_NODE_SUSPEND_ON_IDLE() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_SUSPEND_ON_IDLE = pipewire_h.LIBRARY_ARENA.allocateFrom("node.suspend-on-idle");
        }
        return Holder.PW_KEY_NODE_SUSPEND_ON_IDLE;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_TARGET "node.target" } */
    public static MemorySegment PW_KEY_NODE_TARGET() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_TARGET = pipewire_h.LIBRARY_ARENA.allocateFrom("node.target");
        }
        return Holder.PW_KEY_NODE_TARGET;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_TRANSPORT_SYNC "node.transport.sync" } */
    public static MemorySegment PW_KEY_NODE_TRANSPORT_SYNC() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_TRANSPORT_SYNC = pipewire_h.LIBRARY_ARENA.allocateFrom("node.transport.sync");
        }
        return Holder.PW_KEY_NODE_TRANSPORT_SYNC;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_TRIGGER "node.trigger" } */
    public static MemorySegment PW_KEY_NODE_TRIGGER() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_TRIGGER = pipewire_h.LIBRARY_ARENA.allocateFrom("node.trigger");
        }
        return Holder.PW_KEY_NODE_TRIGGER;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_VIRTUAL "node.virtual" } */
    public static MemorySegment PW_KEY_NODE_VIRTUAL() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_VIRTUAL = pipewire_h.LIBRARY_ARENA.allocateFrom("node.virtual");
        }
        return Holder.PW_KEY_NODE_VIRTUAL;
    }

    /** {@snippet lang=c : #define PW_KEY_NODE_WANT_DRIVER "node.want-driver" } */
    public static MemorySegment PW_KEY_NODE_WANT_DRIVER() {
        class Holder {
            static final MemorySegment PW_KEY_NODE_WANT_DRIVER = pipewire_h.LIBRARY_ARENA.allocateFrom("node.want-driver");
        }
        return Holder.PW_KEY_NODE_WANT_DRIVER;
    }

    /** {@snippet lang=c : #define PW_KEY_OBJECT_ID "object.id" } */
    public static MemorySegment PW_KEY_OBJECT_ID() {
        class Holder {
            static final MemorySegment PW_KEY_OBJECT_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("object.id");
        }
        return Holder.PW_KEY_OBJECT_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_OBJECT_LINGER "object.linger" } */
    public static MemorySegment PW_KEY_OBJECT_LINGER() {
        class Holder {
            static final MemorySegment PW_KEY_OBJECT_LINGER = pipewire_h.LIBRARY_ARENA.allocateFrom("object.linger");
        }
        return Holder.PW_KEY_OBJECT_LINGER;
    }

    /** {@snippet lang=c : #define PW_KEY_OBJECT_PATH "object.path" } */
    public static MemorySegment PW_KEY_OBJECT_PATH() {
        class Holder {
            static final MemorySegment PW_KEY_OBJECT_PATH = pipewire_h.LIBRARY_ARENA.allocateFrom("object.path");
        }
        return Holder.PW_KEY_OBJECT_PATH;
    }

    /** {@snippet lang=c : #define PW_KEY_OBJECT_REGISTER "object.register" } */
    public static MemorySegment PW_KEY_OBJECT_REGISTER() {
        class Holder {
            static final MemorySegment PW_KEY_OBJECT_REGISTER = pipewire_h.LIBRARY_ARENA.allocateFrom("object.register");
        }
        return Holder.PW_KEY_OBJECT_REGISTER;
    }

    /** {@snippet lang=c : #define PW_KEY_OBJECT_SERIAL "object.serial" } */
    public static MemorySegment PW_KEY_OBJECT_SERIAL() {
        class Holder {
            static final MemorySegment PW_KEY_OBJECT_SERIAL = pipewire_h.LIBRARY_ARENA.allocateFrom("object.serial");
        }
        return Holder.PW_KEY_OBJECT_SERIAL;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_ALIAS "port.alias" } */
    public static MemorySegment PW_KEY_PORT_ALIAS() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_ALIAS = pipewire_h.LIBRARY_ARENA.allocateFrom("port.alias");
        }
        return Holder.PW_KEY_PORT_ALIAS;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_CACHE_PARAMS "port.cache-params" } */
    public static MemorySegment PW_KEY_PORT_CACHE_PARAMS() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_CACHE_PARAMS = pipewire_h.LIBRARY_ARENA.allocateFrom("port.cache-params");
        }
        return Holder.PW_KEY_PORT_CACHE_PARAMS;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_CONTROL "port.control" } */
    public static MemorySegment PW_KEY_PORT_CONTROL() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_CONTROL = pipewire_h.LIBRARY_ARENA.allocateFrom("port.control");
        }
        return Holder.PW_KEY_PORT_CONTROL;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_DIRECTION "port.direction" } */
    public static MemorySegment PW_KEY_PORT_DIRECTION() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_DIRECTION = pipewire_h.LIBRARY_ARENA.allocateFrom("port.direction");
        }
        return Holder.PW_KEY_PORT_DIRECTION;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_EXTRA "port.extra" } */
    public static MemorySegment PW_KEY_PORT_EXTRA() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_EXTRA = pipewire_h.LIBRARY_ARENA.allocateFrom("port.extra");
        }
        return Holder.PW_KEY_PORT_EXTRA;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_ID "port.id" } */
    public static MemorySegment PW_KEY_PORT_ID() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_ID = pipewire_h.LIBRARY_ARENA.allocateFrom("port.id");
        }
        return Holder.PW_KEY_PORT_ID;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_MONITOR "port.monitor" } */
    public static MemorySegment PW_KEY_PORT_MONITOR() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_MONITOR = pipewire_h.LIBRARY_ARENA.allocateFrom("port.monitor");
        }
        return Holder.PW_KEY_PORT_MONITOR;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_NAME "port.name" } */
    public static MemorySegment PW_KEY_PORT_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("port.name");
        }
        return Holder.PW_KEY_PORT_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_PHYSICAL "port.physical" } */
    public static MemorySegment PW_KEY_PORT_PHYSICAL() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_PHYSICAL = pipewire_h.LIBRARY_ARENA.allocateFrom("port.physical");
        }
        return Holder.PW_KEY_PORT_PHYSICAL;
    }

    /** {@snippet lang=c : #define PW_KEY_PORT_TERMINAL "port.terminal" } */
    public static MemorySegment PW_KEY_PORT_TERMINAL() {
        class Holder {
            static final MemorySegment PW_KEY_PORT_TERMINAL = pipewire_h.LIBRARY_ARENA.allocateFrom("port.terminal");
        }
        return Holder.PW_KEY_PORT_TERMINAL;
    }

    /** {@snippet lang=c : #define PW_KEY_PRIORITY_DRIVER "priority.driver" } */
    public static MemorySegment PW_KEY_PRIORITY_DRIVER() {
        class Holder {
            static final MemorySegment PW_KEY_PRIORITY_DRIVER = pipewire_h.LIBRARY_ARENA.allocateFrom("priority.driver");
        }
        return Holder.PW_KEY_PRIORITY_DRIVER;
    }

    /** {@snippet lang=c : #define PW_KEY_PRIORITY_MASTER "priority.master" } */
    public static MemorySegment PW_KEY_PRIORITY_MASTER() {
        class Holder {
            static final MemorySegment PW_KEY_PRIORITY_MASTER = pipewire_h.LIBRARY_ARENA.allocateFrom("priority.master");
        }
        return Holder.PW_KEY_PRIORITY_MASTER;
    }

    /** {@snippet lang=c : #define PW_KEY_PRIORITY_SESSION "priority.session" } */
    public static MemorySegment PW_KEY_PRIORITY_SESSION() {
        class Holder {
            static final MemorySegment PW_KEY_PRIORITY_SESSION = pipewire_h.LIBRARY_ARENA.allocateFrom("priority.session");
        }
        return Holder.PW_KEY_PRIORITY_SESSION;
    }

    /** {@snippet lang=c : #define PW_KEY_PROTOCOL "pipewire.protocol" } */
    public static MemorySegment PW_KEY_PROTOCOL() {
        class Holder {
            static final MemorySegment PW_KEY_PROTOCOL = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.protocol");
        }
        return Holder.PW_KEY_PROTOCOL;
    }

    /** {@snippet lang=c : #define PW_KEY_REMOTE_INTENTION "remote.intention" } */
    public static MemorySegment PW_KEY_REMOTE_INTENTION() {
        class Holder {
            static final MemorySegment PW_KEY_REMOTE_INTENTION = pipewire_h.LIBRARY_ARENA.allocateFrom("remote.intention");
        }
        return Holder.PW_KEY_REMOTE_INTENTION;
    }

    /** {@snippet lang=c : #define PW_KEY_REMOTE_NAME "remote.name" } */
    public static MemorySegment PW_KEY_REMOTE_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_REMOTE_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("remote.name");
        }
        return Holder.PW_KEY_REMOTE_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_SEC_GID "pipewire.sec.gid" } */
    public static MemorySegment PW_KEY_SEC_GID() {
        class Holder {
            static final MemorySegment PW_KEY_SEC_GID = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.sec.gid");
        }
        return Holder.PW_KEY_SEC_GID;
    }

    /** {@snippet lang=c : #define PW_KEY_SEC_LABEL "pipewire.sec.label" } */
    public static MemorySegment PW_KEY_SEC_LABEL() {
        class Holder {
            static final MemorySegment PW_KEY_SEC_LABEL = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.sec.label");
        }
        return Holder.PW_KEY_SEC_LABEL;
    }

    /** {@snippet lang=c : #define PW_KEY_SEC_PID "pipewire.sec.pid" } */
    public static MemorySegment PW_KEY_SEC_PID() {
        class Holder {
            static final MemorySegment PW_KEY_SEC_PID = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.sec.pid");
        }
        return Holder.PW_KEY_SEC_PID;
    }

    /** {@snippet lang=c : #define PW_KEY_SEC_UID "pipewire.sec.uid" } */
    public static MemorySegment PW_KEY_SEC_UID() {
        class Holder {
            static final MemorySegment PW_KEY_SEC_UID = pipewire_h.LIBRARY_ARENA.allocateFrom("pipewire.sec.uid");
        }
        return Holder.PW_KEY_SEC_UID;
    }

    /** {@snippet lang=c : #define PW_KEY_STREAM_CAPTURE_SINK "stream.capture.sink" } */
    public static MemorySegment PW_KEY_STREAM_CAPTURE_SINK() {
        class Holder {
            static final MemorySegment PW_KEY_STREAM_CAPTURE_SINK = pipewire_h.LIBRARY_ARENA.allocateFrom("stream.capture.sink");
        }
        return Holder.PW_KEY_STREAM_CAPTURE_SINK;
    }

    /** {@snippet lang=c : #define PW_KEY_STREAM_DONT_REMIX "stream.dont-remix" } */
    public static MemorySegment PW_KEY_STREAM_DONT_REMIX() {
        class Holder {
            static final MemorySegment PW_KEY_STREAM_DONT_REMIX = pipewire_h.LIBRARY_ARENA.allocateFrom("stream.dont-remix");
        }
        return Holder.PW_KEY_STREAM_DONT_REMIX;
    }

    /** {@snippet lang=c : #define PW_KEY_STREAM_IS_LIVE "stream.is-live" } */
    public static MemorySegment PW_KEY_STREAM_IS_LIVE() {
        class Holder {
            static final MemorySegment PW_KEY_STREAM_IS_LIVE = pipewire_h.LIBRARY_ARENA.allocateFrom("stream.is-live");
        }
        return Holder.PW_KEY_STREAM_IS_LIVE;
    }

    /** {@snippet lang=c : #define PW_KEY_STREAM_LATENCY_MAX "stream.latency.max" } */
    public static MemorySegment PW_KEY_STREAM_LATENCY_MAX() {
        class Holder {
            static final MemorySegment PW_KEY_STREAM_LATENCY_MAX = pipewire_h.LIBRARY_ARENA.allocateFrom("stream.latency.max");
        }
        return Holder.PW_KEY_STREAM_LATENCY_MAX;
    }

    /** {@snippet lang=c : #define PW_KEY_STREAM_LATENCY_MIN "stream.latency.min" } */
    public static MemorySegment PW_KEY_STREAM_LATENCY_MIN() {
        class Holder {
            static final MemorySegment PW_KEY_STREAM_LATENCY_MIN = pipewire_h.LIBRARY_ARENA.allocateFrom("stream.latency.min");
        }
        return Holder.PW_KEY_STREAM_LATENCY_MIN;
    }

    /** {@snippet lang=c : #define PW_KEY_STREAM_MONITOR "stream.monitor" } */
    public static MemorySegment PW_KEY_STREAM_MONITOR() {
        class Holder {
            static final MemorySegment PW_KEY_STREAM_MONITOR = pipewire_h.LIBRARY_ARENA.allocateFrom("stream.monitor");
        }
        return Holder.PW_KEY_STREAM_MONITOR;
    }

    /** {@snippet lang=c : #define PW_KEY_TARGET_OBJECT "target.object" } */
    public static MemorySegment PW_KEY_TARGET_OBJECT() {
        class Holder {
            static final MemorySegment PW_KEY_TARGET_OBJECT = pipewire_h.LIBRARY_ARENA.allocateFrom("target.object");
        }
        return Holder.PW_KEY_TARGET_OBJECT;
    }

    /** {@snippet lang=c : #define PW_KEY_USER_NAME "context.user-name" } */
    public static MemorySegment PW_KEY_USER_NAME() {
        class Holder {
            static final MemorySegment PW_KEY_USER_NAME = pipewire_h.LIBRARY_ARENA.allocateFrom("context.user-name");
        }
        return Holder.PW_KEY_USER_NAME;
    }

    /** {@snippet lang=c : #define PW_KEY_VIDEO_FORMAT "video.format" } */
    public static MemorySegment PW_KEY_VIDEO_FORMAT() {
        class Holder {
            static final MemorySegment PW_KEY_VIDEO_FORMAT = pipewire_h.LIBRARY_ARENA.allocateFrom("video.format");
        }
        return Holder.PW_KEY_VIDEO_FORMAT;
    }

    /** {@snippet lang=c : #define PW_KEY_VIDEO_RATE "video.framerate" } */
    public static MemorySegment PW_KEY_VIDEO_RATE() {
        class Holder {
            static final MemorySegment PW_KEY_VIDEO_RATE = pipewire_h.LIBRARY_ARENA.allocateFrom("video.framerate");
        }
        return Holder.PW_KEY_VIDEO_RATE;
    }

    /** {@snippet lang=c : #define PW_KEY_VIDEO_SIZE "video.size" } */
    public static MemorySegment PW_KEY_VIDEO_SIZE() {
        class Holder {
            static final MemorySegment PW_KEY_VIDEO_SIZE = pipewire_h.LIBRARY_ARENA.allocateFrom("video.size");
        }
        return Holder.PW_KEY_VIDEO_SIZE;
    }

    /** {@snippet lang=c : #define PW_KEY_WINDOW_X11_DISPLAY "window.x11.display" } */
    public static MemorySegment PW_KEY_WINDOW_X11_DISPLAY() {
        class Holder {
            static final MemorySegment PW_KEY_WINDOW_X11_DISPLAY = pipewire_h.LIBRARY_ARENA.allocateFrom("window.x11.display");
        }
        return Holder.PW_KEY_WINDOW_X11_DISPLAY;
    }

}
