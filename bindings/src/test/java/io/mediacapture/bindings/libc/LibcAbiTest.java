package io.mediacapture.bindings.libc;

import io.mediacapture.bindings.libc.inline.Syscalls;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The libc bindings against the real glibc and kernel headers, through the C compiler. */
class LibcAbiTest {

    @Test
    void structsMatchTheHeaders() {
        AbiChecks.assertStructs(List.of("poll.h", "sys/inotify.h"), List.of(), List.of(pollfd.class, inotify_event.class));
    }

    @Test
    void constantsMatchTheHeaders() {
        AbiChecks.assertConstants(List.of("fcntl.h"), List.of(), fcntl_h.class);
        AbiChecks.assertConstants(List.of("sys/mman.h"), List.of(), mman_h.class);
        AbiChecks.assertConstants(List.of("poll.h"), List.of(), poll_h.class);
        AbiChecks.assertConstants(List.of("sys/eventfd.h"), List.of(), eventfd_h.class);
        AbiChecks.assertConstants(List.of("sys/inotify.h"), List.of(), inotify_h.class);
        AbiChecks.assertConstants(List.of("errno.h"), List.of(), errno_h.class);
        // The macros jextract drops (MAP_FAILED is a cast), hand-written beside the output.
        AbiChecks.assertConstants(List.of("sys/mman.h"), List.of(), Syscalls.class);
    }

    @Test
    void functionDescriptorsMatchThePrototypes() {
        AbiChecks.assertPrototypes(List.of("-D_GNU_SOURCE"), BoundPrototypes.ALL);
    }
}
