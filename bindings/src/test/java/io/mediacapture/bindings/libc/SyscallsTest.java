package io.mediacapture.bindings.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.testing.CProbe;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errno-checked libc calls against the real C library and kernel. */
class SyscallsTest {

    @Test
    void eventfdWriteMakesItReadableToPollAndReadReturnsTheCount() {
        int fd = Syscalls.eventfd(0, eventfd_h.EFD_CLOEXEC() | eventfd_h.EFD_NONBLOCK());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = pollfd.allocateArray(1, arena);
            pollfd.fd(fds, fd);
            pollfd.events(fds, (short) poll_h.POLLIN());
            assertEquals(0, Syscalls.poll(fds, 1, 0), "a fresh eventfd is not readable");

            MemorySegment value = arena.allocate(ValueLayout.JAVA_LONG);
            value.set(ValueLayout.JAVA_LONG, 0, 3);
            assertEquals(8, Syscalls.write(fd, value));
            value.set(ValueLayout.JAVA_LONG, 0, 4);
            assertEquals(8, Syscalls.write(fd, value));

            assertEquals(1, Syscalls.poll(fds, 1, 1000));
            assertTrue((pollfd.revents(fds) & poll_h.POLLIN()) != 0, "POLLIN set after write");

            value.set(ValueLayout.JAVA_LONG, 0, 0);
            assertEquals(8, Syscalls.read(fd, value));
            assertEquals(7, value.get(ValueLayout.JAVA_LONG, 0), "eventfd sums the writes");
            assertEquals(-1, Syscalls.read(fd, value), "EAGAIN on an empty non-blocking eventfd is -1, not an exception");
        } finally {
            Syscalls.close(fd);
        }
    }

    @Test
    void openOfAMissingPathNamesTheCallAndENOENT() {
        String path = "/nonexistent/mediacapture-test-" + ProcessHandle.current().pid();
        ErrnoException e = assertThrows(ErrnoException.class, () -> Syscalls.open(path, fcntl_h.O_RDONLY()));
        assertEquals(errno_h.ENOENT(), e.errno());
        assertEquals("open(" + path + ")", e.call());
        assertTrue(e.getMessage().contains("No such file or directory"), e.getMessage());
        assertTrue(e.getMessage().contains("ENOENT"), e.getMessage());
    }

    @Test
    void closeOfABadDescriptorIsEBADF() {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Syscalls.close(-1));
        assertEquals(errno_h.EBADF(), e.errno());
    }

    @Test
    void ioctlThroughTheVariadicPointerFormReportsErrno() {
        // A V4L2 request on an eventfd: the kernel answers ENOTTY, proving the call and errno capture work.
        int fd = Syscalls.eventfd(0, eventfd_h.EFD_CLOEXEC());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment arg = arena.allocate(104);
            long queryCap = io.mediacapture.bindings.v4l2.inline.Vidioc.VIDIOC_QUERYCAP;
            assertEquals(-errno_h.ENOTTY(), Syscalls.ioctlOrErrno(fd, queryCap, arg));
            ErrnoException e = assertThrows(ErrnoException.class, () -> Syscalls.ioctl(fd, queryCap, arg, "VIDIOC_QUERYCAP"));
            assertEquals("ioctl(VIDIOC_QUERYCAP)", e.call());
            assertEquals(errno_h.ENOTTY(), e.errno());
        } finally {
            Syscalls.close(fd);
        }
    }

    @Test
    void anonymousMappingIsUsableAndUnmappedWithItsArena() {
        long size = 1 << 16;
        MemorySegment mapping;
        try (Arena arena = Arena.ofConfined()) {
            mapping = Syscalls.mmap(size, mman_h.PROT_READ() | mman_h.PROT_WRITE(),
                    mman_h.MAP_PRIVATE() | mman_h.MAP_ANONYMOUS(), -1, 0, arena);
            assertEquals(size, mapping.byteSize());
            assertEquals(0, mapping.get(ValueLayout.JAVA_BYTE, size - 1), "anonymous pages start zeroed");
            mapping.fill((byte) 0x5a);
            assertEquals(0x5a, mapping.get(ValueLayout.JAVA_BYTE, size / 2));
        }
        assertTrue(!mapping.scope().isAlive(), "the mapping's segment dies with its arena");
    }

    @Test
    void mmapFailureNamesTheCall() {
        try (Arena arena = Arena.ofConfined()) {
            ErrnoException e = assertThrows(ErrnoException.class,
                    () -> Syscalls.mmap(4096, mman_h.PROT_READ(), mman_h.MAP_SHARED(), -1, 0, arena));
            assertEquals(errno_h.EBADF(), e.errno());
            assertTrue(e.call().startsWith("mmap("), e.call());
        }
    }

    @Test
    void inotifyReportsAFileCreatedInAWatchedDirectory(@TempDir Path dir) throws Exception {
        int fd = Syscalls.inotifyInit(inotify_h.IN_CLOEXEC() | inotify_h.IN_NONBLOCK());
        try (Arena arena = Arena.ofConfined()) {
            int wd = Syscalls.inotifyAddWatch(fd, dir.toString(), inotify_h.IN_CREATE() | inotify_h.IN_DELETE());
            Files.writeString(dir.resolve("video7"), "x");

            MemorySegment fds = pollfd.allocate(arena);
            pollfd.fd(fds, fd);
            pollfd.events(fds, (short) poll_h.POLLIN());
            assertEquals(1, Syscalls.poll(fds, 1, 5000), "inotify became readable");

            MemorySegment buffer = arena.allocate(4096, 8);
            long n = Syscalls.read(fd, buffer);
            assertTrue(n >= inotify_event.sizeof(), "read " + n + " bytes");
            MemorySegment event = buffer.asSlice(0, n);
            assertEquals(wd, inotify_event.wd(event));
            assertTrue((inotify_event.mask(event) & inotify_h.IN_CREATE()) != 0);
            String name = event.getString(inotify_event.name$offset());
            assertEquals("video7", name);
            Syscalls.inotifyRmWatch(fd, wd);
        } finally {
            Syscalls.close(fd);
        }
    }

    @Test
    void strerrorMatchesTheCLibrary() {
        String c = CProbe.compileAndRun("""
                #include <stdio.h>
                #include <string.h>
                #include <errno.h>
                int main(void) { printf("%s|%s|%s", strerror(ENOENT), strerror(EBUSY), strerror(ENOTTY)); return 0; }
                """, List.of(), List.of());
        assertEquals(c, Errno.strerror(errno_h.ENOENT()) + "|" + Errno.strerror(errno_h.EBUSY()) + "|"
                + Errno.strerror(errno_h.ENOTTY()));
        assertEquals("EAGAIN", Errno.name(errno_h.EAGAIN()));
        assertEquals("errno 100000", Errno.name(100000));
    }

    @Test
    void negativeErrnoConventionThrowsWithTheName() {
        assertEquals(5, Errno.checkNegative("x", 5));
        ErrnoException e = assertThrows(ErrnoException.class, () -> Errno.checkNegative("pw_something", -errno_h.EINVAL()));
        assertEquals(errno_h.EINVAL(), e.errno());
        assertTrue(e.getMessage().startsWith("pw_something: Invalid argument"), e.getMessage());
    }
}
