package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.inline.Syscalls;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The OS seam of the V4L2 backend: opening and closing a node ({@link V4l2Node}), the ioctls that probe and
 * enumerate it ({@link V4l2Enumerator}, QUERYCAP, the controls) and configure it ({@link CaptureFormat},
 * {@link StreamParameters}), and the ioctls, poll and mappings of a capture ({@link V4l2Source},
 * {@link MmapBuffers}). {@link #SYSTEM} is the C library; host unit tests script a driver's answers (buffers
 * dequeued in order, an unplug's ENODEV, a busy device, a node that is no camera) that only a real camera would
 * otherwise give. Chromium's {@code V4L2CaptureDevice} is the model.
 */
interface V4l2Calls {
    /** {@code open(path, flags)}: the new descriptor (the caller owns it), or {@code -errno}. */
    int open(String path, int flags);

    /**
     * {@code close(fd)}. The descriptor is released even when this fails (Linux), which throws the
     * {@link ErrnoException}.
     */
    void close(int fd);

    /** {@code ioctl(fd, request, arg)}: the result, or {@code -errno} (EINTR retried). */
    int ioctl(int fd, long request, MemorySegment arg);

    /** {@code poll(2)} over an array of {@code struct pollfd}. */
    int poll(MemorySegment fds, long count, int timeoutMillis);

    /** {@code mmap(NULL, length, PROT_READ|PROT_WRITE, MAP_SHARED, fd, offset)}, unmapped when {@code arena} closes. */
    MemorySegment mapShared(int fd, long length, long offset, Arena arena);

    /** As {@link #ioctl}, but a failure throws the {@link io.mediacapture.bindings.libc.ErrnoException}. */
    default int ioctl(int fd, long request, MemorySegment arg, String requestName) {
        int r = ioctl(fd, request, arg);
        if (r < 0) {
            throw Errno.exception("ioctl(" + requestName + ")", -r);
        }
        return r;
    }

    V4l2Calls SYSTEM = new V4l2Calls() {
        @Override
        public int open(String path, int flags) {
            try {
                return Syscalls.open(path, flags);
            } catch (ErrnoException e) {
                return -e.errno();
            }
        }

        @Override
        public void close(int fd) {
            Syscalls.close(fd);
        }

        @Override
        public int ioctl(int fd, long request, MemorySegment arg) {
            return Syscalls.ioctlOrErrno(fd, request, arg);
        }

        @Override
        public int poll(MemorySegment fds, long count, int timeoutMillis) {
            return Syscalls.poll(fds, count, timeoutMillis);
        }

        @Override
        public MemorySegment mapShared(int fd, long length, long offset, Arena arena) {
            return Syscalls.mmap(length, io.mediacapture.bindings.libc.mman_h.PROT_READ()
                    | io.mediacapture.bindings.libc.mman_h.PROT_WRITE(), io.mediacapture.bindings.libc.mman_h.MAP_SHARED(),
                    fd, offset, arena);
        }
    };
}
