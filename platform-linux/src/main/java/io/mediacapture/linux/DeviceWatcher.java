package io.mediacapture.linux;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.libc.inotify_event;
import io.mediacapture.bindings.libc.inotify_h;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Watches a device directory ({@code /dev}, {@code /dev/snd}) with inotify on a daemon thread and runs an
 * action when entries of interest appear, vanish, move or change permissions (udev often creates a node
 * first and grants access a moment later). Changes that arrive together are reported once, after
 * {@code settleMillis} without further change, so that the driver has finished registering the device
 * before anyone opens it. With a rescan period the action also runs on every period without events, and
 * the watcher copes without inotify or before the directory exists (it appears with the first device).
 *
 * <p>Lifetime: {@link #start} starts the thread; {@link #close()} wakes it through a {@link StopSignal},
 * waits for it and closes its descriptors. The action runs on the watcher thread, never after close()
 * returns; what it throws is logged.
 */
public final class DeviceWatcher implements AutoCloseable {
    private static final int MASK = inotify_h.IN_CREATE() | inotify_h.IN_DELETE() | inotify_h.IN_ATTRIB()
            | inotify_h.IN_MOVED_FROM() | inotify_h.IN_MOVED_TO() | inotify_h.IN_DELETE_SELF();
    private static final int STOP_WAIT_MILLIS = 5_000;

    /**
     * What to watch and how.
     *
     * @param dir the directory
     * @param interesting which entry names matter
     * @param settleMillis quiet time after a change before the action runs (0: at once)
     * @param rescanMillis period after which the action runs anyway, or 0 for never; with a period the
     *     watcher also works without inotify (polling only)
     * @param threadName the watcher thread's name
     */
    public record Spec(Path dir, Predicate<String> interesting, int settleMillis, int rescanMillis, String threadName) {
        public Spec {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(interesting, "interesting");
            Objects.requireNonNull(threadName, "threadName");
        }
    }

    private final Spec spec;
    private final Runnable onChange;
    private final System.Logger log;
    private final int inotifyFd; // -1: polling only
    private final StopSignal stop;
    private final Thread thread;
    private volatile boolean stopping;
    private boolean watching; // watcher thread only, after start

    private DeviceWatcher(Spec spec, Runnable onChange, System.Logger log, int inotifyFd, StopSignal stop) {
        this.spec = spec;
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.log = Objects.requireNonNull(log, "log");
        this.inotifyFd = inotifyFd;
        this.stop = stop;
        this.thread = Thread.ofPlatform().daemon().name(spec.threadName()).unstarted(this::run);
    }

    /**
     * Starts watching.
     *
     * @throws ErrnoException when inotify is unavailable (too many instances or watches, no permission) and
     *     there is no rescan period to fall back on
     */
    public static DeviceWatcher start(Spec spec, Runnable onChange, System.Logger log) {
        int in = -1;
        StopSignal stop = null;
        boolean watching = false;
        try {
            in = Syscalls.inotifyInit(inotify_h.IN_CLOEXEC() | inotify_h.IN_NONBLOCK());
            if (Files.isDirectory(spec.dir())) {
                Syscalls.inotifyAddWatch(in, spec.dir().toString(), MASK);
                watching = true;
            }
        } catch (ErrnoException e) {
            if (spec.rescanMillis() <= 0) {
                closeFd(in);
                throw e;
            }
            log.log(System.Logger.Level.DEBUG, "cannot watch " + spec.dir() + " with inotify; polling only", e);
        }
        try {
            stop = StopSignal.open();
        } catch (RuntimeException e) {
            closeFd(in);
            throw e;
        }
        DeviceWatcher w = new DeviceWatcher(spec, onChange, log, in, stop);
        w.watching = watching;
        w.thread.start();
        return w;
    }

    private static void closeFd(int fd) {
        if (fd >= 0) {
            Syscalls.close(fd);
        }
    }

    private void run() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = pollfd.allocateArray(2, arena);
            MemorySegment stopSlot = pollfd.asSlice(fds, 0);
            MemorySegment inotifySlot = pollfd.asSlice(fds, 1);
            MemorySegment events = arena.allocate(16 * 1024, 8);
            boolean pending = false;
            while (!stopping) {
                watchWhenPresent();
                stop.pollOn(stopSlot);
                pollfd.fd(inotifySlot, inotifyFd);
                pollfd.events(inotifySlot, (short) poll_h.POLLIN());
                pollfd.revents(inotifySlot, (short) 0);
                int timeout = pending ? spec.settleMillis() : spec.rescanMillis() > 0 ? spec.rescanMillis() : -1;
                int ready = Syscalls.poll(fds, inotifyFd >= 0 ? 2 : 1, timeout);
                if (stopping || pollfd.revents(stopSlot) != 0) {
                    return;
                }
                if (ready == 0) {
                    pending = false;
                    runAction();
                } else if ((pollfd.revents(inotifySlot) & poll_h.POLLIN()) != 0 && readEvents(events)) {
                    pending = true;
                }
            }
        } catch (Throwable t) {
            if (!stopping) {
                log.log(System.Logger.Level.WARNING, "watching " + spec.dir() + " failed; devicechange will not fire", t);
            }
        }
    }

    /** Adds the watch once the directory exists (again): {@code /dev/snd} comes and goes with the first card. */
    private void watchWhenPresent() {
        if (watching || inotifyFd < 0 || !Files.isDirectory(spec.dir())) {
            return;
        }
        try {
            Syscalls.inotifyAddWatch(inotifyFd, spec.dir().toString(), MASK);
            watching = true;
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.DEBUG, "cannot watch " + spec.dir() + "; polling only", e);
        }
    }

    /** Reads what is queued; returns whether an interesting entry (or the directory itself) changed. */
    private boolean readEvents(MemorySegment buf) {
        boolean relevant = false;
        long n;
        while ((n = Syscalls.read(inotifyFd, buf)) > 0) {
            long off = 0;
            while (off + inotify_event.sizeof() <= n) {
                MemorySegment ev = buf.asSlice(off);
                int len = inotify_event.len(ev);
                int mask = inotify_event.mask(ev);
                if ((mask & (inotify_h.IN_DELETE_SELF() | inotify_h.IN_IGNORED())) != 0) {
                    watching = false; // the directory went (with the last card); watch it again when it is back
                    relevant = true;
                } else if ((mask & inotify_h.IN_Q_OVERFLOW()) != 0
                        || spec.interesting().test(nameOf(ev.asSlice(inotify_event.sizeof(), len)))) {
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

    private void runAction() {
        try {
            onChange.run();
        } catch (Throwable t) {
            log.log(System.Logger.Level.WARNING, "the device change action for " + spec.dir() + " failed", t);
        }
    }

    @Override
    public void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        stop.signal();
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.log(System.Logger.Level.WARNING, "the " + spec.dir() + " watcher did not stop within "
                    + STOP_WAIT_MILLIS + " ms; leaking its descriptors");
            return;
        }
        stop.close();
        closeFd(inotifyFd);
    }
}
