// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-errno.args
// with bindings/jextract/libc-errno.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.libc
//   --header-class-name errno_h
//   --include-constant EPERM
//   --include-constant ENOENT
//   --include-constant ESRCH
//   --include-constant EINTR
//   --include-constant EIO
//   --include-constant ENXIO
//   --include-constant E2BIG
//   --include-constant EBADF
//   --include-constant ECHILD
//   --include-constant EAGAIN
//   --include-constant EWOULDBLOCK
//   --include-constant ENOMEM
//   --include-constant EACCES
//   --include-constant EFAULT
//   --include-constant EBUSY
//   --include-constant EEXIST
//   --include-constant ENODEV
//   --include-constant ENOTDIR
//   --include-constant EISDIR
//   --include-constant EINVAL
//   --include-constant ENFILE
//   --include-constant EMFILE
//   --include-constant ENOTTY
//   --include-constant ENOSPC
//   --include-constant ESPIPE
//   --include-constant EROFS
//   --include-constant EPIPE
//   --include-constant ERANGE
//   --include-constant ENOSYS
//   --include-constant ENODATA
//   --include-constant ETIME
//   --include-constant EOVERFLOW
//   --include-constant ESTRPIPE
//   --include-constant ENOTSUP
//   --include-constant EOPNOTSUPP
//   --include-constant ECANCELED
//   --include-constant ETIMEDOUT
//   --include-constant ENOLINK
//   --include-constant EBADFD
//   /usr/include/errno.h
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
 * {@code <errno.h>}: error numbers (identical on x86_64 and aarch64).
 */
@SuppressWarnings({"unused", "restricted"})
public class errno_h {

    errno_h() {
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

    private static final int EPERM = (int) 1L;

    /**
     * {@snippet lang=c :
     * EPERM = 1
     * }
     */
    public static int EPERM() {
        return EPERM;
    }

    private static final int ENOENT = (int) 2L;

    /**
     * {@snippet lang=c :
     * ENOENT = 2
     * }
     */
    public static int ENOENT() {
        return ENOENT;
    }

    private static final int ESRCH = (int) 3L;

    /**
     * {@snippet lang=c :
     * ESRCH = 3
     * }
     */
    public static int ESRCH() {
        return ESRCH;
    }

    private static final int EINTR = (int) 4L;

    /**
     * {@snippet lang=c :
     * EINTR = 4
     * }
     */
    public static int EINTR() {
        return EINTR;
    }

    private static final int EIO = (int) 5L;

    /**
     * {@snippet lang=c :
     * EIO = 5
     * }
     */
    public static int EIO() {
        return EIO;
    }

    private static final int ENXIO = (int) 6L;

    /**
     * {@snippet lang=c :
     * ENXIO = 6
     * }
     */
    public static int ENXIO() {
        return ENXIO;
    }

    private static final int E2BIG = (int) 7L;

    /**
     * {@snippet lang=c :
     * E2BIG = 7
     * }
     */
    public static int E2BIG() {
        return E2BIG;
    }

    private static final int EBADF = (int) 9L;

    /**
     * {@snippet lang=c :
     * EBADF = 9
     * }
     */
    public static int EBADF() {
        return EBADF;
    }

    private static final int ECHILD = (int) 10L;

    /**
     * {@snippet lang=c :
     * ECHILD = 10
     * }
     */
    public static int ECHILD() {
        return ECHILD;
    }

    private static final int EAGAIN = (int) 11L;

    /**
     * {@snippet lang=c :
     * EAGAIN = 11
     * }
     */
    public static int EAGAIN() {
        return EAGAIN;
    }

    private static final int EWOULDBLOCK = (int) 11L;

    /**
     * {@snippet lang=c :
     * EWOULDBLOCK = 11
     * }
     */
    public static int EWOULDBLOCK() {
        return EWOULDBLOCK;
    }

    private static final int ENOMEM = (int) 12L;

    /**
     * {@snippet lang=c :
     * ENOMEM = 12
     * }
     */
    public static int ENOMEM() {
        return ENOMEM;
    }

    private static final int EACCES = (int) 13L;

    /**
     * {@snippet lang=c :
     * EACCES = 13
     * }
     */
    public static int EACCES() {
        return EACCES;
    }

    private static final int EFAULT = (int) 14L;

    /**
     * {@snippet lang=c :
     * EFAULT = 14
     * }
     */
    public static int EFAULT() {
        return EFAULT;
    }

    private static final int EBUSY = (int) 16L;

    /**
     * {@snippet lang=c :
     * EBUSY = 16
     * }
     */
    public static int EBUSY() {
        return EBUSY;
    }

    private static final int EEXIST = (int) 17L;

    /**
     * {@snippet lang=c :
     * EEXIST = 17
     * }
     */
    public static int EEXIST() {
        return EEXIST;
    }

    private static final int ENODEV = (int) 19L;

    /**
     * {@snippet lang=c :
     * ENODEV = 19
     * }
     */
    public static int ENODEV() {
        return ENODEV;
    }

    private static final int ENOTDIR = (int) 20L;

    /**
     * {@snippet lang=c :
     * ENOTDIR = 20
     * }
     */
    public static int ENOTDIR() {
        return ENOTDIR;
    }

    private static final int EISDIR = (int) 21L;

    /**
     * {@snippet lang=c :
     * EISDIR = 21
     * }
     */
    public static int EISDIR() {
        return EISDIR;
    }

    private static final int EINVAL = (int) 22L;

    /**
     * {@snippet lang=c :
     * EINVAL = 22
     * }
     */
    public static int EINVAL() {
        return EINVAL;
    }

    private static final int ENFILE = (int) 23L;

    /**
     * {@snippet lang=c :
     * ENFILE = 23
     * }
     */
    public static int ENFILE() {
        return ENFILE;
    }

    private static final int EMFILE = (int) 24L;

    /**
     * {@snippet lang=c :
     * EMFILE = 24
     * }
     */
    public static int EMFILE() {
        return EMFILE;
    }

    private static final int ENOTTY = (int) 25L;

    /**
     * {@snippet lang=c :
     * ENOTTY = 25
     * }
     */
    public static int ENOTTY() {
        return ENOTTY;
    }

    private static final int ENOSPC = (int) 28L;

    /**
     * {@snippet lang=c :
     * ENOSPC = 28
     * }
     */
    public static int ENOSPC() {
        return ENOSPC;
    }

    private static final int ESPIPE = (int) 29L;

    /**
     * {@snippet lang=c :
     * ESPIPE = 29
     * }
     */
    public static int ESPIPE() {
        return ESPIPE;
    }

    private static final int EROFS = (int) 30L;

    /**
     * {@snippet lang=c :
     * EROFS = 30
     * }
     */
    public static int EROFS() {
        return EROFS;
    }

    private static final int EPIPE = (int) 32L;

    /**
     * {@snippet lang=c :
     * EPIPE = 32
     * }
     */
    public static int EPIPE() {
        return EPIPE;
    }

    private static final int ERANGE = (int) 34L;

    /**
     * {@snippet lang=c :
     * ERANGE = 34
     * }
     */
    public static int ERANGE() {
        return ERANGE;
    }

    private static final int ENOSYS = (int) 38L;

    /**
     * {@snippet lang=c :
     * ENOSYS = 38
     * }
     */
    public static int ENOSYS() {
        return ENOSYS;
    }

    private static final int ENODATA = (int) 61L;

    /**
     * {@snippet lang=c :
     * ENODATA = 61
     * }
     */
    public static int ENODATA() {
        return ENODATA;
    }

    private static final int ETIME = (int) 62L;

    /**
     * {@snippet lang=c :
     * ETIME = 62
     * }
     */
    public static int ETIME() {
        return ETIME;
    }

    private static final int EOVERFLOW = (int) 75L;

    /**
     * {@snippet lang=c :
     * EOVERFLOW = 75
     * }
     */
    public static int EOVERFLOW() {
        return EOVERFLOW;
    }

    private static final int ESTRPIPE = (int) 86L;

    /**
     * {@snippet lang=c :
     * ESTRPIPE = 86
     * }
     */
    public static int ESTRPIPE() {
        return ESTRPIPE;
    }

    private static final int ENOTSUP = (int) 95L;

    /**
     * {@snippet lang=c :
     * ENOTSUP = 95
     * }
     */
    public static int ENOTSUP() {
        return ENOTSUP;
    }

    private static final int EOPNOTSUPP = (int) 95L;

    /**
     * {@snippet lang=c :
     * EOPNOTSUPP = 95
     * }
     */
    public static int EOPNOTSUPP() {
        return EOPNOTSUPP;
    }

    private static final int ECANCELED = (int) 125L;

    /**
     * {@snippet lang=c :
     * ECANCELED = 125
     * }
     */
    public static int ECANCELED() {
        return ECANCELED;
    }

    private static final int ETIMEDOUT = (int) 110L;

    /**
     * {@snippet lang=c :
     * ETIMEDOUT = 110
     * }
     */
    public static int ETIMEDOUT() {
        return ETIMEDOUT;
    }

    private static final int ENOLINK = (int) 67L;

    /**
     * {@snippet lang=c :
     * ENOLINK = 67
     * }
     */
    public static int ENOLINK() {
        return ENOLINK;
    }

    private static final int EBADFD = (int) 77L;

    /**
     * {@snippet lang=c :
     * EBADFD = 77
     * }
     */
    public static int EBADFD() {
        return EBADFD;
    }
}
