package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.inline.Syscalls;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The OS seam of a V4L2 capture ({@link V4l2Source}, {@link MmapBuffers}): the ioctls, the poll and the
 * mappings it makes on an open node. {@link #SYSTEM} is the C library; host unit tests script a driver's answers
 * (buffers dequeued in order, an unplug's ENODEV) that only a real camera would otherwise give. Chromium's
 * {@code V4L2CaptureDevice} is the model.
 */
interface V4l2Calls {
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
