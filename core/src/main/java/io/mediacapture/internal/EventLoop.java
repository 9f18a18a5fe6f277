package io.mediacapture.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A single daemon thread that runs posted tasks one at a time in order: the thread on which the library
 * dispatches its events, so that listeners of one target never run concurrently and see events in the
 * order they happened. A task that throws does not stop the loop.
 */
public final class EventLoop implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Runnable POISON = () -> {};
    private static volatile EventLoop shared;

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    public EventLoop(String name) {
        thread = Thread.ofPlatform().daemon().name(name + "-" + COUNTER.incrementAndGet()).unstarted(this::loop);
        thread.start();
    }

    /** The loop for targets no MediaDevices owns (canvas tracks, generators, players). Never closed. */
    public static EventLoop shared() {
        EventLoop l = shared;
        if (l == null) {
            synchronized (EventLoop.class) {
                if (shared == null) {
                    shared = new EventLoop("mediacapture-events-shared");
                }
                l = shared;
            }
        }
        return l;
    }

    /** Queues a task; after close() tasks are dropped. */
    public void post(Runnable task) {
        if (!closed) {
            queue.add(task);
        }
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    private void loop() {
        while (true) {
            Runnable r;
            try {
                r = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (r == POISON) {
                return;
            }
            try {
                r.run();
            } catch (Throwable t) {
                Thread.UncaughtExceptionHandler h = thread.getUncaughtExceptionHandler();
                if (h != null) {
                    h.uncaughtException(thread, t);
                }
            }
        }
    }

    /** Runs what was queued before, then stops the thread (waits up to 2 s unless called from the loop). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        queue.add(POISON);
        closed = true;
        if (!inLoop()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
