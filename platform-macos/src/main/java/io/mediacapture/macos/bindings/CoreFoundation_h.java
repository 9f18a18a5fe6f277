// Written in jextract's shape (one class per header: $descriptor()/$handle()/$address() and a static method per
// function, lazy library loading), because jextract cannot read Apple's SDK headers here. The prototypes
// are restated from Apple's documentation and headers; see the C declaration above each function.
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;

import static java.lang.foreign.ValueLayout.*;

/**
 * CoreFoundation ({@code <CoreFoundation/CoreFoundation.h>}): reference counting and the main run loop. macOS only.
 */
@SuppressWarnings({"unused", "restricted"})
public class CoreFoundation_h {

    CoreFoundation_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types of LP64 macOS (x86_64 and arm64 alike).
    public static final ValueLayout.OfByte C_CHAR = JAVA_BYTE;
    public static final ValueLayout.OfInt C_INT = JAVA_INT;
    public static final ValueLayout.OfLong C_LONG = JAVA_LONG;
    public static final AddressLayout C_POINTER = ADDRESS;

    /** The library, loaded on first use of one of its functions (never at class initialisation). */
    public static final Framework LIBRARY = Framework.system("CoreFoundation");

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

    private static class CFRetain {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreFoundation_h.C_POINTER, CoreFoundation_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreFoundation_h.downcall("CFRetain", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CFTypeRef CFRetain(CFTypeRef cf)
     * }
     */
    public static FunctionDescriptor CFRetain$descriptor() {
        return CFRetain.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CFTypeRef CFRetain(CFTypeRef cf)
     * }
     */
    public static MethodHandle CFRetain$handle() {
        return CFRetain.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CFTypeRef CFRetain(CFTypeRef cf)
     * }
     */
    public static MemorySegment CFRetain$address() {
        return CoreFoundation_h.findOrThrow("CFRetain");
    }

    /**
     * {@snippet lang=c :
     * CFTypeRef CFRetain(CFTypeRef cf)
     * }
     */
    public static MemorySegment CFRetain(MemorySegment cf) {
        var mh$ = CFRetain.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(cf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CFRelease {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(CoreFoundation_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreFoundation_h.downcall("CFRelease", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void CFRelease(CFTypeRef cf)
     * }
     */
    public static FunctionDescriptor CFRelease$descriptor() {
        return CFRelease.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void CFRelease(CFTypeRef cf)
     * }
     */
    public static MethodHandle CFRelease$handle() {
        return CFRelease.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void CFRelease(CFTypeRef cf)
     * }
     */
    public static MemorySegment CFRelease$address() {
        return CoreFoundation_h.findOrThrow("CFRelease");
    }

    /**
     * {@snippet lang=c :
     * void CFRelease(CFTypeRef cf)
     * }
     */
    public static void CFRelease(MemorySegment cf) {
        var mh$ = CFRelease.HANDLE;
        try {
            mh$.invokeExact(cf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CFRunLoopGetMain {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreFoundation_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreFoundation_h.downcall("CFRunLoopGetMain", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CFRunLoopRef CFRunLoopGetMain(void)
     * }
     */
    public static FunctionDescriptor CFRunLoopGetMain$descriptor() {
        return CFRunLoopGetMain.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CFRunLoopRef CFRunLoopGetMain(void)
     * }
     */
    public static MethodHandle CFRunLoopGetMain$handle() {
        return CFRunLoopGetMain.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CFRunLoopRef CFRunLoopGetMain(void)
     * }
     */
    public static MemorySegment CFRunLoopGetMain$address() {
        return CoreFoundation_h.findOrThrow("CFRunLoopGetMain");
    }

    /**
     * {@snippet lang=c :
     * CFRunLoopRef CFRunLoopGetMain(void)
     * }
     */
    public static MemorySegment CFRunLoopGetMain() {
        var mh$ = CFRunLoopGetMain.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CFRunLoopCopyCurrentMode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreFoundation_h.C_POINTER, CoreFoundation_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreFoundation_h.downcall("CFRunLoopCopyCurrentMode", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CFRunLoopMode CFRunLoopCopyCurrentMode(CFRunLoopRef rl)  // NULL when rl is not running
     * }
     */
    public static FunctionDescriptor CFRunLoopCopyCurrentMode$descriptor() {
        return CFRunLoopCopyCurrentMode.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CFRunLoopMode CFRunLoopCopyCurrentMode(CFRunLoopRef rl)  // NULL when rl is not running
     * }
     */
    public static MethodHandle CFRunLoopCopyCurrentMode$handle() {
        return CFRunLoopCopyCurrentMode.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CFRunLoopMode CFRunLoopCopyCurrentMode(CFRunLoopRef rl)  // NULL when rl is not running
     * }
     */
    public static MemorySegment CFRunLoopCopyCurrentMode$address() {
        return CoreFoundation_h.findOrThrow("CFRunLoopCopyCurrentMode");
    }

    /**
     * {@snippet lang=c :
     * CFRunLoopMode CFRunLoopCopyCurrentMode(CFRunLoopRef rl)  // NULL when rl is not running
     * }
     */
    public static MemorySegment CFRunLoopCopyCurrentMode(MemorySegment rl) {
        var mh$ = CFRunLoopCopyCurrentMode.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(rl);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
