package io.mediacapture.linux.alsa;

import io.mediacapture.bindings.libc.eventfd_h;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.libc.inotify_h;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Notices sound cards coming and going. A daemon thread compares the card list every
 * {@value #RESCAN_MILLIS} ms, and at once when inotify reports a node created or removed in {@code /dev/snd}
 * (watched as soon as the directory exists: it appears with the first card). When the list differs it
 * runs the change action on that thread.
 *
 * <p>Lifetime: {@link #start} starts the thread; {@link #close()} wakes it through an eventfd, waits for it
 * and closes its descriptors. The action is never called after close() returns.
 */
final class AlsaHotplugWatcher implements AutoCloseable {
    static final int RESCAN_MILLIS = 1_000;
    private static final Path DEV_SND = Path.of("/dev/snd");

    private final Runnable onChange;
    private final System.Logger log;
    private final int stopFd;
    private final int inotifyFd;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean watching;

    private AlsaHotplugWatcher(Runnable onChange, System.Logger log) {
        this.onChange = Objects.requireNonNull(onChange);
        this.log = log;
        this.stopFd = Syscalls.eventfd(0, eventfd_h.EFD_CLOEXEC() | eventfd_h.EFD_NONBLOCK());
        int fd;
        try {
            fd = Syscalls.inotifyInit(inotify_h.IN_CLOEXEC() | inotify_h.IN_NONBLOCK());
        } catch (RuntimeException e) {
            fd = -1; // out of inotify instances: the periodic rescan still works
            log.log(System.Logger.Level.DEBUG, "inotify unavailable; ALSA hot-plug by polling only", e);
        }
        this.inotifyFd = fd;
        this.thread = Thread.ofPlatform().daemon().name("mediacapture-alsa-hotplug").unstarted(this::run);
    }

    static AlsaHotplugWatcher start(Runnable onChange, System.Logger log) {
        AlsaHotplugWatcher w = new AlsaHotplugWatcher(onChange, log);
        w.thread.start();
        return w;
    }

    private void run() {
        List<Integer> known = AlsaDeviceScanner.cards();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = pollfd.allocateArray(2, arena);
            MemorySegment stop = pollfd.asSlice(fds, 0);
            pollfd.fd(stop, stopFd);
            pollfd.events(stop, (short) poll_h.POLLIN());
            MemorySegment ino = pollfd.asSlice(fds, 1);
            pollfd.fd(ino, inotifyFd);
            pollfd.events(ino, (short) poll_h.POLLIN());
            MemorySegment events = arena.allocate(4096, 8);
            while (running) {
                watchDevSnd();
                pollfd.revents(stop, (short) 0);
                pollfd.revents(ino, (short) 0);
                Syscalls.poll(fds, inotifyFd >= 0 ? 2 : 1, RESCAN_MILLIS);
                if (!running || pollfd.revents(stop) != 0) {
                    return;
                }
                if (pollfd.revents(ino) != 0) {
                    while (Syscalls.read(inotifyFd, events) > 0) {
                        // drained: the events only tell us to look again
                    }
                    if (!devSndExists()) {
                        watching = false; // the directory went with the last card
                    }
                }
                List<Integer> now = AlsaDeviceScanner.cards();
                if (!now.equals(known)) {
                    log.log(System.Logger.Level.DEBUG, "ALSA cards changed: " + known + " -> " + now);
                    known = now;
                    onChange.run();
                }
            }
        } catch (Throwable t) {
            log.log(System.Logger.Level.WARNING, "ALSA hot-plug watcher stopped; devicechange will not fire", t);
        }
    }

    private static boolean devSndExists() {
        return Files.isDirectory(DEV_SND);
    }

    private void watchDevSnd() {
        if (watching || inotifyFd < 0 || !devSndExists()) {
            return;
        }
        try {
            Syscalls.inotifyAddWatch(inotifyFd, DEV_SND.toString(),
                    inotify_h.IN_CREATE() | inotify_h.IN_DELETE() | inotify_h.IN_DELETE_SELF());
            watching = true;
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.DEBUG, "cannot watch " + DEV_SND + "; polling only", e);
        }
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment one = a.allocate(ValueLayout.JAVA_LONG);
            one.set(ValueLayout.JAVA_LONG, 0, 1L);
            Syscalls.write(stopFd, one);
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.log(System.Logger.Level.WARNING, "ALSA hot-plug watcher did not stop within 5 s; leaking its descriptors");
            return;
        }
        Syscalls.close(stopFd);
        if (inotifyFd >= 0) {
            Syscalls.close(inotifyFd);
        }
    }
}
