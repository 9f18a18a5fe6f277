package io.mediacapture.internal.frame;

import io.mediacapture.internal.Log;
import java.lang.foreign.Arena;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The plane views one thread took of frames that another thread closed: their arena is confined to the first
 * thread, so only it can close it, and the frame's memory goes back (to the pool or the device) only after that.
 * The thread does so the next time it takes a view, closes a frame or reads one from a processor
 * ({@link #drainCurrentThread()}); a watcher releases the memory of threads that ended (their views died with them).
 *
 * <p>Why views are confined at all: closing a shared arena makes the JVM stop every thread for a handshake, about
 * 50 us of CPU on the calling thread plus more on the VM thread, per frame; a confined arena closes for nothing. Most
 * applications take views and close the frame on one thread; this class is the price of letting them close it
 * elsewhere.
 *
 * <p>A thread that took views of a frame another thread closed and then never touches a frame again keeps that
 * frame's memory until it ends.
 */
public final class PendingViews {
    private static final System.Logger LOG = Log.get("frames");
    private static final ThreadLocal<PendingViews> OF_THREAD = new ThreadLocal<>();
    /** Every thread's instance that has deferred releases waiting, for the watcher. */
    private static final Set<PendingViews> WAITING = ConcurrentHashMap.newKeySet();
    private static final long WATCH_MILLIS = 1_000;
    private static volatile Thread watcher;

    private final Thread owner;
    private final ConcurrentLinkedQueue<Deferred> queue = new ConcurrentLinkedQueue<>();

    private record Deferred(Arena views, Runnable release) {}

    private PendingViews(Thread owner) {
        this.owner = owner;
    }

    /** The calling thread's instance, made on first use (by a thread that takes a confined view). */
    static PendingViews ofCurrentThread() {
        PendingViews p = OF_THREAD.get();
        if (p == null) {
            p = new PendingViews(Thread.currentThread());
            OF_THREAD.set(p);
        }
        return p;
    }

    Thread owner() {
        return owner;
    }

    /**
     * Hands {@code views} (confined to this instance's thread) and the release of the memory they show to that
     * thread; called on another thread, when the frame closed there.
     */
    void defer(Arena views, Runnable release) {
        queue.add(new Deferred(views, release));
        WAITING.add(this);
        startWatcher();
        if (!owner.isAlive()) {
            releaseAbandoned();
        }
    }

    /** Closes the views other threads left to this one and releases their memory. Cheap when there are none. */
    public static void drainCurrentThread() {
        PendingViews p = OF_THREAD.get();
        if (p != null && !p.queue.isEmpty()) {
            Deferred d;
            while ((d = p.queue.poll()) != null) {
                d.views().close();
                d.release().run();
            }
        }
    }

    /**
     * For a thread that ended: its confined views cannot be read by anyone any more, so the memory can go back without
     * closing them (which only that thread could).
     */
    private void releaseAbandoned() {
        Deferred d;
        while ((d = queue.poll()) != null) {
            d.release().run();
        }
        WAITING.remove(this);
        if (!queue.isEmpty()) { // a defer raced with the removal
            WAITING.add(this);
        }
    }

    private static void startWatcher() {
        if (watcher != null) {
            return;
        }
        synchronized (PendingViews.class) {
            if (watcher == null) {
                Thread t = new Thread(PendingViews::watch, "mediacapture-frame-views");
                t.setDaemon(true);
                t.start();
                watcher = t;
            }
        }
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            for (PendingViews p : WAITING) {
                try {
                    if (!p.owner.isAlive()) {
                        p.releaseAbandoned();
                    } else if (p.queue.isEmpty()) {
                        WAITING.remove(p);
                        if (!p.queue.isEmpty()) {
                            WAITING.add(p);
                        }
                    }
                } catch (RuntimeException | Error e) { // a release action broke its contract: keep watching the rest
                    LOG.log(System.Logger.Level.WARNING, "releasing a frame's memory for a thread that ended", e);
                }
            }
        }
    }
}
