package io.mediacapture.bindings.libc.inline;

import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.libc.eventfd_h;
import io.mediacapture.bindings.libc.fcntl_h;
import io.mediacapture.bindings.libc.inotify_h;
import io.mediacapture.bindings.libc.ioctl_h;
import io.mediacapture.bindings.libc.mman_h;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.unistd_h;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The libc calls a device backend makes, with errno captured and failures turned into
 * {@link ErrnoException}s that name the call. Hand-written over the jextract-generated classes
 * ({@code fcntl_h}, {@code ioctl_h}, ...), whose plain handles cannot report errno reliably.
 *
 * <p>{@code EINTR} is retried by {@link #ioctl} and {@link #poll} (as V4L2 clients conventionally do);
 * {@code EAGAIN} on a non-blocking descriptor is reported as a result, not an exception, where noted.
 * Thread-safe: each thread has its own errno capture buffer.
 */
public final class Syscalls {
    private Syscalls() {}

    /**
     * {@code MAP_FAILED}, {@code ((void *) -1)} in {@code sys/mman.h}: jextract drops macros that are casts, so it
     * is written here (LibcAbiTest checks it against the C compiler).
     */
    public static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);

    private static final int EINTR = errno_h.EINTR();
    private static final int EAGAIN = errno_h.EAGAIN();

    // One capture buffer per thread, freed with the thread's ThreadLocal entry (automatic arena).
    private static final ThreadLocal<MemorySegment> STATE =
            ThreadLocal.withInitial(() -> Errno.allocateState(Arena.ofAuto()));

    private static final class Handles {
        // open and ioctl are variadic: jextract's makeInvoker gives the descriptor for the arguments we pass,
        // and the variadic ones are those after its named parameters (two for both).
        static final MethodHandle OPEN = Errno.capturing(fcntl_h.open.address(), fcntl_h.open.makeInvoker().descriptor(),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle CLOSE = Errno.capturing(unistd_h.close$address(), unistd_h.close$descriptor());
        static final MethodHandle READ = Errno.capturing(unistd_h.read$address(), unistd_h.read$descriptor());
        static final MethodHandle WRITE = Errno.capturing(unistd_h.write$address(), unistd_h.write$descriptor());
        static final MethodHandle IOCTL = Errno.capturing(ioctl_h.ioctl.address(), ioctlPointerDescriptor(),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle MMAP = Errno.capturing(mman_h.mmap$address(), mman_h.mmap$descriptor());
        static final MethodHandle MUNMAP = Errno.capturing(mman_h.munmap$address(), mman_h.munmap$descriptor());
        static final MethodHandle POLL = Errno.capturing(poll_h.poll$address(), poll_h.poll$descriptor());
        static final MethodHandle EVENTFD = Errno.capturing(eventfd_h.eventfd$address(), eventfd_h.eventfd$descriptor());
        static final MethodHandle INOTIFY_INIT1 =
                Errno.capturing(inotify_h.inotify_init1$address(), inotify_h.inotify_init1$descriptor());
        static final MethodHandle INOTIFY_ADD_WATCH =
                Errno.capturing(inotify_h.inotify_add_watch$address(), inotify_h.inotify_add_watch$descriptor());
        static final MethodHandle INOTIFY_RM_WATCH =
                Errno.capturing(inotify_h.inotify_rm_watch$address(), inotify_h.inotify_rm_watch$descriptor());
    }

    /** {@code open(path, flags)} (no mode: not for {@code O_CREAT}). @return the descriptor, owned by the caller */
    public static int open(String path, int flags) {
        if (path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("path contains a NUL character: " + path.replace('\0', '?'));
        }
        if ((flags & fcntl_h.O_CREAT()) != 0) {
            throw new IllegalArgumentException("open with O_CREAT needs a mode; not supported here");
        }
        MemorySegment state = STATE.get();
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) Handles.OPEN.invokeExact(state, arena.allocateFrom(path), flags);
            if (fd < 0) {
                throw Errno.exception("open(" + path + ")", Errno.errno(state));
            }
            return fd;
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** {@code close(fd)}. A failure is reported, but the descriptor is released either way (Linux semantics). */
    public static void close(int fd) {
        MemorySegment state = STATE.get();
        int r = invokeInt(Handles.CLOSE, state, fd);
        if (r < 0) {
            throw Errno.exception("close(" + fd + ")", Errno.errno(state));
        }
    }

    /** {@code read(fd, buffer, buffer.byteSize())}. @return bytes read, 0 at end of file, -1 for EAGAIN */
    public static long read(int fd, MemorySegment buffer) {
        MemorySegment state = STATE.get();
        long n;
        try {
            n = (long) Handles.READ.invokeExact(state, fd, buffer, buffer.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (n < 0) {
            int errno = Errno.errno(state);
            if (errno == EAGAIN) {
                return -1;
            }
            throw Errno.exception("read(" + fd + ")", errno);
        }
        return n;
    }

    /** {@code write(fd, buffer, buffer.byteSize())}. @return bytes written, -1 for EAGAIN */
    public static long write(int fd, MemorySegment buffer) {
        MemorySegment state = STATE.get();
        long n;
        try {
            n = (long) Handles.WRITE.invokeExact(state, fd, buffer, buffer.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (n < 0) {
            int errno = Errno.errno(state);
            if (errno == EAGAIN) {
                return -1;
            }
            throw Errno.exception("write(" + fd + ")", errno);
        }
        return n;
    }

    /**
     * {@code ioctl(fd, request, arg)} with a pointer argument, retried on EINTR.
     *
     * @return the result (not negative), or {@code -errno}: for requests where an error is an answer
     *         (end of an {@code VIDIOC_ENUM_*} list is EINVAL, an empty {@code VIDIOC_DQBUF} is EAGAIN)
     */
    public static int ioctlOrErrno(int fd, long request, MemorySegment arg) {
        MemorySegment state = STATE.get();
        while (true) {
            int r;
            try {
                r = (int) Handles.IOCTL.invokeExact(state, fd, request, arg);
            } catch (Throwable t) {
                throw rethrow(t);
            }
            if (r >= 0) {
                return r;
            }
            int errno = Errno.errno(state);
            if (errno != EINTR) {
                return -errno;
            }
        }
    }

    /**
     * {@code ioctl(fd, request, arg)} with a pointer argument, retried on EINTR.
     *
     * @param requestName for the error message, e.g. {@code "VIDIOC_QUERYCAP"}
     * @throws ErrnoException naming {@code requestName}
     */
    public static int ioctl(int fd, long request, MemorySegment arg, String requestName) {
        int r = ioctlOrErrno(fd, request, arg);
        if (r < 0) {
            throw Errno.exception("ioctl(" + requestName + ")", -r);
        }
        return r;
    }

    /**
     * {@code mmap(NULL, length, prot, flags, fd, offset)}; the mapping belongs to {@code arena}: closing the
     * arena unmaps it, and the returned segment (of {@code length} bytes) is invalid from then on.
     */
    @SuppressWarnings("restricted")
    public static MemorySegment mmap(long length, int prot, int flags, int fd, long offset, Arena arena) {
        MemorySegment state = STATE.get();
        MemorySegment address;
        try {
            address = (MemorySegment) Handles.MMAP.invokeExact(state, MemorySegment.NULL, length, prot, flags, fd, offset);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (address.address() == MAP_FAILED.address()) {
            throw Errno.exception("mmap(fd " + fd + ", " + length + " bytes at " + offset + ")", Errno.errno(state));
        }
        return address.reinterpret(length, arena, mapped -> munmap(mapped, length));
    }

    /** {@code munmap(address, length)}. */
    public static void munmap(MemorySegment address, long length) {
        MemorySegment state = STATE.get();
        int r;
        try {
            r = (int) Handles.MUNMAP.invokeExact(state, address, length);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (r < 0) {
            throw Errno.exception("munmap(" + length + " bytes)", Errno.errno(state));
        }
    }

    /**
     * {@code poll(fds, count, timeoutMillis)} over an array of {@code struct pollfd}; retried on EINTR with
     * the full timeout again. @return the number of ready descriptors, 0 on timeout
     */
    public static int poll(MemorySegment fds, long count, int timeoutMillis) {
        MemorySegment state = STATE.get();
        while (true) {
            int r;
            try {
                r = (int) Handles.POLL.invokeExact(state, fds, count, timeoutMillis);
            } catch (Throwable t) {
                throw rethrow(t);
            }
            if (r >= 0) {
                return r;
            }
            int errno = Errno.errno(state);
            if (errno != EINTR) {
                throw Errno.exception("poll", errno);
            }
        }
    }

    /** {@code eventfd(initialValue, flags)}. @return the descriptor, owned by the caller */
    public static int eventfd(int initialValue, int flags) {
        MemorySegment state = STATE.get();
        int fd = invokeInt(Handles.EVENTFD, state, initialValue, flags);
        if (fd < 0) {
            throw Errno.exception("eventfd", Errno.errno(state));
        }
        return fd;
    }

    /** {@code inotify_init1(flags)}. @return the descriptor, owned by the caller */
    public static int inotifyInit(int flags) {
        MemorySegment state = STATE.get();
        int fd;
        try {
            fd = (int) Handles.INOTIFY_INIT1.invokeExact(state, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (fd < 0) {
            throw Errno.exception("inotify_init1", Errno.errno(state));
        }
        return fd;
    }

    /** {@code inotify_add_watch(fd, path, mask)}. @return the watch descriptor */
    public static int inotifyAddWatch(int fd, String path, int mask) {
        MemorySegment state = STATE.get();
        int wd;
        try (Arena arena = Arena.ofConfined()) {
            wd = (int) Handles.INOTIFY_ADD_WATCH.invokeExact(state, fd, arena.allocateFrom(path), mask);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (wd < 0) {
            throw Errno.exception("inotify_add_watch(" + path + ")", Errno.errno(state));
        }
        return wd;
    }

    /** {@code inotify_rm_watch(fd, wd)}. */
    public static void inotifyRmWatch(int fd, int wd) {
        MemorySegment state = STATE.get();
        int r = invokeInt(Handles.INOTIFY_RM_WATCH, state, fd, wd);
        if (r < 0) {
            throw Errno.exception("inotify_rm_watch(" + wd + ")", Errno.errno(state));
        }
    }

    private static int invokeInt(MethodHandle handle, MemorySegment state, int a) {
        try {
            return (int) handle.invokeExact(state, a);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int invokeInt(MethodHandle handle, MemorySegment state, int a, int b) {
        try {
            return (int) handle.invokeExact(state, a, b);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new AssertionError("unexpected checked exception from a downcall", t);
    }

    /** The descriptor used for the pointer form of {@code ioctl}, for callers linking their own handle. */
    public static FunctionDescriptor ioctlPointerDescriptor() {
        return ioctl_h.ioctl.makeInvoker(ioctl_h.C_POINTER).descriptor();
    }
}
