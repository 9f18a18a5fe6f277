package io.mediacapture.linux;

import io.mediacapture.bindings.libc.eventfd_h;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The eventfd a capture or watcher thread polls beside its device descriptors so that another thread can
 * wake it to stop. Owns the descriptor: {@link #close()} releases it, and only after the polling thread is
 * done with it (callers join the thread first, or hold the lock it polls under).
 */
public final class StopSignal implements AutoCloseable {
    private final int fd;
    private boolean closed;

    private StopSignal(int fd) {
        this.fd = fd;
    }

    /** @throws io.mediacapture.bindings.libc.ErrnoException when no eventfd can be made (out of descriptors) */
    public static StopSignal open() {
        return new StopSignal(Syscalls.eventfd(0, eventfd_h.EFD_CLOEXEC() | eventfd_h.EFD_NONBLOCK()));
    }

    /** The descriptor, readable (POLLIN) once {@link #signal()} ran. */
    public int fd() {
        return fd;
    }

    /** Fills one {@code struct pollfd} to wait for the signal. */
    public void pollOn(MemorySegment slot) {
        pollfd.fd(slot, fd);
        pollfd.events(slot, (short) poll_h.POLLIN());
        pollfd.revents(slot, (short) 0);
    }

    /**
     * Wakes the thread polling it; any thread, any number of times. After {@link #close()} it does nothing: the
     * number may already belong to another descriptor (a late wake-up from a second closer would write into it).
     */
    public synchronized void signal() {
        if (closed) {
            return;
        }
        try (Arena a = Arena.ofConfined()) {
            Syscalls.write(fd, a.allocateFrom(ValueLayout.JAVA_LONG, 1L));
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Syscalls.close(fd);
        }
    }
}
