// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-inotify.args
// with bindings/jextract/libc-inotify.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name inotify_h
//   --include-function inotify_init1
//   --include-function inotify_add_watch
//   --include-function inotify_rm_watch
//   --include-struct inotify_event
//   --include-constant IN_CLOEXEC
//   --include-constant IN_NONBLOCK
//   --include-constant IN_ACCESS
//   --include-constant IN_MODIFY
//   --include-constant IN_ATTRIB
//   --include-constant IN_CLOSE_WRITE
//   --include-constant IN_CLOSE_NOWRITE
//   --include-constant IN_OPEN
//   --include-constant IN_MOVED_FROM
//   --include-constant IN_MOVED_TO
//   --include-constant IN_CREATE
//   --include-constant IN_DELETE
//   --include-constant IN_DELETE_SELF
//   --include-constant IN_MOVE_SELF
//   --include-constant IN_UNMOUNT
//   --include-constant IN_Q_OVERFLOW
//   --include-constant IN_IGNORED
//   --include-constant IN_ONLYDIR
//   --include-constant IN_DONT_FOLLOW
//   --include-constant IN_MASK_ADD
//   --include-constant IN_ISDIR
//   --include-constant IN_ONESHOT
//   /usr/include/x86_64-linux-gnu/sys/inotify.h
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
 * {@code <sys/inotify.h>}: file system change notification, used to watch {@code /dev} for devices.
 */
@SuppressWarnings({"unused", "restricted"})
public class inotify_h {

    inotify_h() {
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

    private static class inotify_init1 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(inotify_h.C_INT, inotify_h.C_INT);
        public static final MethodHandle HANDLE = inotify_h.downcall("inotify_init1", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int inotify_init1(int flags)
     * }
     */
    public static FunctionDescriptor inotify_init1$descriptor() {
        return inotify_init1.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int inotify_init1(int flags)
     * }
     */
    public static MethodHandle inotify_init1$handle() {
        return inotify_init1.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int inotify_init1(int flags)
     * }
     */
    public static MemorySegment inotify_init1$address() {
        return inotify_h.findOrThrow("inotify_init1");
    }

    /**
     * {@snippet lang=c :
     * int inotify_init1(int flags)
     * }
     */
    public static int inotify_init1(int flags) {
        var mh$ = inotify_init1.HANDLE;
        try {
            return (int) mh$.invokeExact(flags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class inotify_add_watch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(inotify_h.C_INT, inotify_h.C_INT, inotify_h.C_POINTER, inotify_h.C_INT);
        public static final MethodHandle HANDLE = inotify_h.downcall("inotify_add_watch", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int inotify_add_watch(int fd, const char *name, uint32_t mask)
     * }
     */
    public static FunctionDescriptor inotify_add_watch$descriptor() {
        return inotify_add_watch.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int inotify_add_watch(int fd, const char *name, uint32_t mask)
     * }
     */
    public static MethodHandle inotify_add_watch$handle() {
        return inotify_add_watch.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int inotify_add_watch(int fd, const char *name, uint32_t mask)
     * }
     */
    public static MemorySegment inotify_add_watch$address() {
        return inotify_h.findOrThrow("inotify_add_watch");
    }

    /**
     * {@snippet lang=c :
     * int inotify_add_watch(int fd, const char *name, uint32_t mask)
     * }
     */
    public static int inotify_add_watch(int fd, MemorySegment name, int mask) {
        var mh$ = inotify_add_watch.HANDLE;
        try {
            return (int) mh$.invokeExact(fd, name, mask);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class inotify_rm_watch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(inotify_h.C_INT, inotify_h.C_INT, inotify_h.C_INT);
        public static final MethodHandle HANDLE = inotify_h.downcall("inotify_rm_watch", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int inotify_rm_watch(int fd, int wd)
     * }
     */
    public static FunctionDescriptor inotify_rm_watch$descriptor() {
        return inotify_rm_watch.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int inotify_rm_watch(int fd, int wd)
     * }
     */
    public static MethodHandle inotify_rm_watch$handle() {
        return inotify_rm_watch.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int inotify_rm_watch(int fd, int wd)
     * }
     */
    public static MemorySegment inotify_rm_watch$address() {
        return inotify_h.findOrThrow("inotify_rm_watch");
    }

    /**
     * {@snippet lang=c :
     * int inotify_rm_watch(int fd, int wd)
     * }
     */
    public static int inotify_rm_watch(int fd, int wd) {
        var mh$ = inotify_rm_watch.HANDLE;
        try {
            return (int) mh$.invokeExact(fd, wd);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int IN_CLOEXEC = (int) 524288L;

    /**
     * {@snippet lang=c :
     * IN_CLOEXEC = 524288
     * }
     */
    public static int IN_CLOEXEC() {
        return IN_CLOEXEC;
    }

    private static final int IN_NONBLOCK = (int) 2048L;

    /**
     * {@snippet lang=c :
     * IN_NONBLOCK = 2048
     * }
     */
    public static int IN_NONBLOCK() {
        return IN_NONBLOCK;
    }

    private static final int IN_ACCESS = (int) 1L;

    /**
     * {@snippet lang=c :
     * IN_ACCESS = 1
     * }
     */
    public static int IN_ACCESS() {
        return IN_ACCESS;
    }

    private static final int IN_MODIFY = (int) 2L;

    /**
     * {@snippet lang=c :
     * IN_MODIFY = 2
     * }
     */
    public static int IN_MODIFY() {
        return IN_MODIFY;
    }

    private static final int IN_ATTRIB = (int) 4L;

    /**
     * {@snippet lang=c :
     * IN_ATTRIB = 4
     * }
     */
    public static int IN_ATTRIB() {
        return IN_ATTRIB;
    }

    private static final int IN_CLOSE_WRITE = (int) 8L;

    /**
     * {@snippet lang=c :
     * IN_CLOSE_WRITE = 8
     * }
     */
    public static int IN_CLOSE_WRITE() {
        return IN_CLOSE_WRITE;
    }

    private static final int IN_CLOSE_NOWRITE = (int) 16L;

    /**
     * {@snippet lang=c :
     * IN_CLOSE_NOWRITE = 16
     * }
     */
    public static int IN_CLOSE_NOWRITE() {
        return IN_CLOSE_NOWRITE;
    }

    private static final int IN_OPEN = (int) 32L;

    /**
     * {@snippet lang=c :
     * IN_OPEN = 32
     * }
     */
    public static int IN_OPEN() {
        return IN_OPEN;
    }

    private static final int IN_MOVED_FROM = (int) 64L;

    /**
     * {@snippet lang=c :
     * IN_MOVED_FROM = 64
     * }
     */
    public static int IN_MOVED_FROM() {
        return IN_MOVED_FROM;
    }

    private static final int IN_MOVED_TO = (int) 128L;

    /**
     * {@snippet lang=c :
     * IN_MOVED_TO = 128
     * }
     */
    public static int IN_MOVED_TO() {
        return IN_MOVED_TO;
    }

    private static final int IN_CREATE = (int) 256L;

    /**
     * {@snippet lang=c :
     * IN_CREATE = 256
     * }
     */
    public static int IN_CREATE() {
        return IN_CREATE;
    }

    private static final int IN_DELETE = (int) 512L;

    /**
     * {@snippet lang=c :
     * IN_DELETE = 512
     * }
     */
    public static int IN_DELETE() {
        return IN_DELETE;
    }

    private static final int IN_DELETE_SELF = (int) 1024L;

    /**
     * {@snippet lang=c :
     * IN_DELETE_SELF = 1024
     * }
     */
    public static int IN_DELETE_SELF() {
        return IN_DELETE_SELF;
    }

    private static final int IN_MOVE_SELF = (int) 2048L;

    /**
     * {@snippet lang=c :
     * IN_MOVE_SELF = 2048
     * }
     */
    public static int IN_MOVE_SELF() {
        return IN_MOVE_SELF;
    }

    private static final int IN_UNMOUNT = (int) 8192L;

    /**
     * {@snippet lang=c :
     * IN_UNMOUNT = 8192
     * }
     */
    public static int IN_UNMOUNT() {
        return IN_UNMOUNT;
    }

    private static final int IN_Q_OVERFLOW = (int) 16384L;

    /**
     * {@snippet lang=c :
     * IN_Q_OVERFLOW = 16384
     * }
     */
    public static int IN_Q_OVERFLOW() {
        return IN_Q_OVERFLOW;
    }

    private static final int IN_IGNORED = (int) 32768L;

    /**
     * {@snippet lang=c :
     * IN_IGNORED = 32768
     * }
     */
    public static int IN_IGNORED() {
        return IN_IGNORED;
    }

    private static final int IN_ONLYDIR = (int) 16777216L;

    /**
     * {@snippet lang=c :
     * IN_ONLYDIR = 16777216
     * }
     */
    public static int IN_ONLYDIR() {
        return IN_ONLYDIR;
    }

    private static final int IN_DONT_FOLLOW = (int) 33554432L;

    /**
     * {@snippet lang=c :
     * IN_DONT_FOLLOW = 33554432
     * }
     */
    public static int IN_DONT_FOLLOW() {
        return IN_DONT_FOLLOW;
    }

    private static final int IN_MASK_ADD = (int) 536870912L;

    /**
     * {@snippet lang=c :
     * IN_MASK_ADD = 536870912
     * }
     */
    public static int IN_MASK_ADD() {
        return IN_MASK_ADD;
    }

    private static final int IN_ISDIR = (int) 1073741824L;

    /**
     * {@snippet lang=c :
     * IN_ISDIR = 1073741824
     * }
     */
    public static int IN_ISDIR() {
        return IN_ISDIR;
    }

    private static final int IN_ONESHOT = (int) -2147483648L;

    /**
     * {@snippet lang=c :
     * IN_ONESHOT = 2147483648
     * }
     */
    public static int IN_ONESHOT() {
        return IN_ONESHOT;
    }
}
