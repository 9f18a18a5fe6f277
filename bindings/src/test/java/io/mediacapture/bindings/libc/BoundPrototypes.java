package io.mediacapture.bindings.libc;

import java.util.List;

/** The C prototypes the generated classes of this package were written from (kept in step by the generator). */
final class BoundPrototypes {
    private BoundPrototypes() {}

    static final List<AbiChecks.Fn> ALL = List.of(
            new AbiChecks.Fn(fcntl_h.class, List.of("fcntl.h"), "int open(const char *file, int oflag, ...)"),
            new AbiChecks.Fn(unistd_h.class, List.of("unistd.h"), "int close(int fd)"),
            new AbiChecks.Fn(unistd_h.class, List.of("unistd.h"), "ssize_t read(int fd, void *buf, size_t nbytes)"),
            new AbiChecks.Fn(unistd_h.class, List.of("unistd.h"), "ssize_t write(int fd, const void *buf, size_t n)"),
            new AbiChecks.Fn(ioctl_h.class, List.of("sys/ioctl.h"), "int ioctl(int fd, unsigned long request, ...)"),
            new AbiChecks.Fn(mman_h.class, List.of("sys/mman.h"), "void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)"),
            new AbiChecks.Fn(mman_h.class, List.of("sys/mman.h"), "int munmap(void *addr, size_t len)"),
            new AbiChecks.Fn(poll_h.class, List.of("poll.h"), "int poll(struct pollfd *fds, nfds_t nfds, int timeout)"),
            new AbiChecks.Fn(eventfd_h.class, List.of("sys/eventfd.h"), "int eventfd(unsigned int count, int flags)"),
            new AbiChecks.Fn(inotify_h.class, List.of("sys/inotify.h"), "int inotify_init1(int flags)"),
            new AbiChecks.Fn(inotify_h.class, List.of("sys/inotify.h"), "int inotify_add_watch(int fd, const char *name, uint32_t mask)"),
            new AbiChecks.Fn(inotify_h.class, List.of("sys/inotify.h"), "int inotify_rm_watch(int fd, int wd)"),
            new AbiChecks.Fn(string_h.class, List.of("string.h"), "char *strerror(int errnum)"),
            new AbiChecks.Fn(stdlib_h.class, List.of("stdlib.h"), "void free(void *ptr)"));
}
