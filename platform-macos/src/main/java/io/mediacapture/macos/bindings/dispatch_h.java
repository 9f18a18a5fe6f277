// Written in jextract's shape (one class per header: $descriptor()/$handle()/$address() and a static method per
// function, lazy library loading), because jextract cannot read Apple's SDK headers here. The prototypes
// are restated from Apple's documentation and headers; see the C declaration above each function.
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;

import static java.lang.foreign.ValueLayout.*;

/**
 * libdispatch ({@code <dispatch/dispatch.h>}, in libSystem): serial queues, synchronous calls and queue-specific data. macOS only.
 */
@SuppressWarnings({"unused", "restricted"})
public class dispatch_h {

    dispatch_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types of LP64 macOS (x86_64 and arm64 alike).
    public static final ValueLayout.OfByte C_CHAR = JAVA_BYTE;
    public static final ValueLayout.OfInt C_INT = JAVA_INT;
    public static final ValueLayout.OfLong C_LONG = JAVA_LONG;
    public static final AddressLayout C_POINTER = ADDRESS;

    /** The library, loaded on first use of one of its functions (never at class initialisation). */
    public static final Framework LIBRARY = Framework.library("/usr/lib/libSystem.B.dylib");

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

    private static class dispatch_queue_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(dispatch_h.C_POINTER, dispatch_h.C_POINTER, dispatch_h.C_POINTER);
        public static final MethodHandle HANDLE = dispatch_h.downcall("dispatch_queue_create", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * dispatch_queue_t dispatch_queue_create(const char *label, dispatch_queue_attr_t attr)  // attr NULL: serial
     * }
     */
    public static FunctionDescriptor dispatch_queue_create$descriptor() {
        return dispatch_queue_create.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * dispatch_queue_t dispatch_queue_create(const char *label, dispatch_queue_attr_t attr)  // attr NULL: serial
     * }
     */
    public static MethodHandle dispatch_queue_create$handle() {
        return dispatch_queue_create.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * dispatch_queue_t dispatch_queue_create(const char *label, dispatch_queue_attr_t attr)  // attr NULL: serial
     * }
     */
    public static MemorySegment dispatch_queue_create$address() {
        return dispatch_h.findOrThrow("dispatch_queue_create");
    }

    /**
     * {@snippet lang=c :
     * dispatch_queue_t dispatch_queue_create(const char *label, dispatch_queue_attr_t attr)  // attr NULL: serial
     * }
     */
    public static MemorySegment dispatch_queue_create(MemorySegment label, MemorySegment attr) {
        var mh$ = dispatch_queue_create.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(label, attr);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dispatch_sync_f {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(dispatch_h.C_POINTER, dispatch_h.C_POINTER, dispatch_h.C_POINTER);
        public static final MethodHandle HANDLE = dispatch_h.downcall("dispatch_sync_f", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void dispatch_sync_f(dispatch_queue_t queue, void *context, dispatch_function_t work)
     * }
     */
    public static FunctionDescriptor dispatch_sync_f$descriptor() {
        return dispatch_sync_f.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void dispatch_sync_f(dispatch_queue_t queue, void *context, dispatch_function_t work)
     * }
     */
    public static MethodHandle dispatch_sync_f$handle() {
        return dispatch_sync_f.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void dispatch_sync_f(dispatch_queue_t queue, void *context, dispatch_function_t work)
     * }
     */
    public static MemorySegment dispatch_sync_f$address() {
        return dispatch_h.findOrThrow("dispatch_sync_f");
    }

    /**
     * {@snippet lang=c :
     * void dispatch_sync_f(dispatch_queue_t queue, void *context, dispatch_function_t work)
     * }
     */
    public static void dispatch_sync_f(MemorySegment queue, MemorySegment context, MemorySegment work) {
        var mh$ = dispatch_sync_f.HANDLE;
        try {
            mh$.invokeExact(queue, context, work);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dispatch_release {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(dispatch_h.C_POINTER);
        public static final MethodHandle HANDLE = dispatch_h.downcall("dispatch_release", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void dispatch_release(dispatch_object_t object)
     * }
     */
    public static FunctionDescriptor dispatch_release$descriptor() {
        return dispatch_release.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void dispatch_release(dispatch_object_t object)
     * }
     */
    public static MethodHandle dispatch_release$handle() {
        return dispatch_release.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void dispatch_release(dispatch_object_t object)
     * }
     */
    public static MemorySegment dispatch_release$address() {
        return dispatch_h.findOrThrow("dispatch_release");
    }

    /**
     * {@snippet lang=c :
     * void dispatch_release(dispatch_object_t object)
     * }
     */
    public static void dispatch_release(MemorySegment object) {
        var mh$ = dispatch_release.HANDLE;
        try {
            mh$.invokeExact(object);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dispatch_queue_set_specific {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(dispatch_h.C_POINTER, dispatch_h.C_POINTER, dispatch_h.C_POINTER, dispatch_h.C_POINTER);
        public static final MethodHandle HANDLE = dispatch_h.downcall("dispatch_queue_set_specific", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void dispatch_queue_set_specific(dispatch_queue_t queue, const void *key, void *context, dispatch_function_t destructor)
     * }
     */
    public static FunctionDescriptor dispatch_queue_set_specific$descriptor() {
        return dispatch_queue_set_specific.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void dispatch_queue_set_specific(dispatch_queue_t queue, const void *key, void *context, dispatch_function_t destructor)
     * }
     */
    public static MethodHandle dispatch_queue_set_specific$handle() {
        return dispatch_queue_set_specific.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void dispatch_queue_set_specific(dispatch_queue_t queue, const void *key, void *context, dispatch_function_t destructor)
     * }
     */
    public static MemorySegment dispatch_queue_set_specific$address() {
        return dispatch_h.findOrThrow("dispatch_queue_set_specific");
    }

    /**
     * {@snippet lang=c :
     * void dispatch_queue_set_specific(dispatch_queue_t queue, const void *key, void *context, dispatch_function_t destructor)
     * }
     */
    public static void dispatch_queue_set_specific(MemorySegment queue, MemorySegment key, MemorySegment context, MemorySegment destructor) {
        var mh$ = dispatch_queue_set_specific.HANDLE;
        try {
            mh$.invokeExact(queue, key, context, destructor);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dispatch_get_specific {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(dispatch_h.C_POINTER, dispatch_h.C_POINTER);
        public static final MethodHandle HANDLE = dispatch_h.downcall("dispatch_get_specific", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *dispatch_get_specific(const void *key)
     * }
     */
    public static FunctionDescriptor dispatch_get_specific$descriptor() {
        return dispatch_get_specific.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *dispatch_get_specific(const void *key)
     * }
     */
    public static MethodHandle dispatch_get_specific$handle() {
        return dispatch_get_specific.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *dispatch_get_specific(const void *key)
     * }
     */
    public static MemorySegment dispatch_get_specific$address() {
        return dispatch_h.findOrThrow("dispatch_get_specific");
    }

    /**
     * {@snippet lang=c :
     * void *dispatch_get_specific(const void *key)
     * }
     */
    public static MemorySegment dispatch_get_specific(MemorySegment key) {
        var mh$ = dispatch_get_specific.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(key);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
