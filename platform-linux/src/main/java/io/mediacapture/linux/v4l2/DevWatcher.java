package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.eventfd_h;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.libc.inotify_event;
import io.mediacapture.bindings.libc.inotify_h;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Watches a directory ({@code /dev}) with inotify and reports when entries of interest appear, vanish or
 * change permissions (udev often creates a node first and grants access a moment later). Changes that
 * arrive together are reported once, after {@value #SETTLE_MILLIS} ms without further change, so that the
 * driver has finished registering the device before anyone opens it.
 *
 * <p>Owns its inotify descriptor, an eventfd and a daemon thread; {@link #close()} stops the thread and
 * releases both. The callback runs on the watcher thread and must not throw (throwables are logged).
 */
final class DevWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.linux.v4l2");
    static final int SETTLE_MILLIS = 150;

    private final String dir;
    private final Predicate<String> interesting;
    private final Runnable onChange;
    private final int inotifyFd;
    private final int stopFd;
    private final Thread thread;
    private volatile boolean stopping;

    private DevWatcher(String dir, Predicate<String> interesting, Runnable onChange, int inotifyFd, int stopFd) {
        this.dir = dir;
        this.interesting = interesting;
        this.onChange = onChange;
        this.inotifyFd = inotifyFd;
        this.stopFd = stopFd;
        this.thread = Thread.ofPlatform().daemon().name("mediacapture-v4l2-hotplug").unstarted(this::run);
    }

    /** @throws ErrnoException when inotify is unavailable (too many watches, no permission) */
    static DevWatcher start(String dir, Predicate<String> interesting, Runnable onChange) {
        int in = Syscalls.inotifyInit(inotify_h.IN_CLOEXEC() | inotify_h.IN_NONBLOCK());
        int stop = -1;
        try {
            Syscalls.inotifyAddWatch(in, dir, inotify_h.IN_CREATE() | inotify_h.IN_DELETE() | inotify_h.IN_ATTRIB()
                    | inotify_h.IN_MOVED_FROM() | inotify_h.IN_MOVED_TO());
            stop = Syscalls.eventfd(0, eventfd_h.EFD_CLOEXEC() | eventfd_h.EFD_NONBLOCK());
        } catch (ErrnoException e) {
            Syscalls.close(in);
            throw e;
        }
        DevWatcher w = new DevWatcher(dir, interesting, onChange, in, stop);
        w.thread.start();
        return w;
    }

    private void run() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = pollfd.allocateArray(2, arena);
            MemorySegment events = arena.allocate(16 * 1024, 8);
            boolean pending = false;
            while (!stopping) {
                for (int i = 0; i < 2; i++) {
                    MemorySegment p = pollfd.asSlice(fds, i);
                    pollfd.fd(p, i == 0 ? inotifyFd : stopFd);
                    pollfd.events(p, (short) poll_h.POLLIN());
                    pollfd.revents(p, (short) 0);
                }
                int ready = Syscalls.poll(fds, 2, pending ? SETTLE_MILLIS : -1);
                if (stopping) {
                    break;
                }
                if (ready == 0) {
                    pending = false;
                    notifyChange();
                    continue;
                }
                if ((pollfd.revents(fds) & poll_h.POLLIN()) != 0 && readEvents(events)) {
                    pending = true;
                }
            }
        } catch (Throwable t) {
            if (!stopping) {
                LOG.log(System.Logger.Level.WARNING, "watching " + dir + " for cameras failed; hot-plug is not reported any more", t);
            }
        }
    }

    /** Reads what is queued; returns whether an interesting entry changed. */
    private boolean readEvents(MemorySegment buf) {
        boolean relevant = false;
        long n;
        while ((n = Syscalls.read(inotifyFd, buf)) > 0) {
            long off = 0;
            while (off + inotify_event.sizeof() <= n) {
                MemorySegment ev = buf.asSlice(off);
                int len = inotify_event.len(ev);
                int mask = inotify_event.mask(ev);
                String name = nameOf(ev.asSlice(inotify_event.sizeof(), len));
                if ((mask & inotify_h.IN_Q_OVERFLOW()) != 0 || interesting.test(name)) {
                    relevant = true;
                }
                off += inotify_event.sizeof() + len;
            }
        }
        return relevant;
    }

    private static String nameOf(MemorySegment padded) {
        int end = 0;
        while (end < padded.byteSize() && padded.get(ValueLayout.JAVA_BYTE, end) != 0) {
            end++;
        }
        return new String(padded.asSlice(0, end).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    private void notifyChange() {
        try {
            onChange.run();
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "camera hot-plug callback failed", t);
        }
    }

    @Override
    public void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        try (Arena a = Arena.ofConfined()) {
            Syscalls.write(stopFd, a.allocateFrom(ValueLayout.JAVA_LONG, 1L));
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(System.Logger.Level.WARNING, "the camera hot-plug watcher did not stop within 2 s; leaking its descriptors");
            return;
        }
        Syscalls.close(inotifyFd);
        Syscalls.close(stopFd);
    }
}
