package io.mediacapture.windows.com;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A dedicated platform thread in the multithreaded apartment, where this module creates and drives its COM
 * objects. It keeps the MTA alive for as long as it runs, so that other threads of the process (core's
 * pull threads, Media Foundation's work queue threads calling back) are implicit MTA members and may call
 * the objects directly.
 *
 * <p>{@link #call} runs a task there and waits; a task submitted from the COM thread itself runs inline,
 * so nested calls cannot deadlock. {@link #close()} runs the tasks already queued, leaves the apartment and
 * ends the thread; later calls fail with {@link IllegalStateException}.
 */
public final class ComThread implements AutoCloseable {
    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile boolean closed;

    private ComThread(String name, Apartment apartment) {
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(() -> run(apartment));
    }

    /**
     * Starts the thread and waits until it joined the apartment.
     *
     * @throws ComException when joining failed (the thread has ended then)
     */
    public static ComThread start(String name, Apartment apartment) {
        ComThread t = new ComThread(name, Objects.requireNonNull(apartment));
        t.thread.start();
        try {
            t.started.get();
        } catch (ExecutionException e) {
            t.closed = true;
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("COM thread " + name + " failed to start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.close();
            throw new IllegalStateException("interrupted while starting COM thread " + name, e);
        }
        return t;
    }

    private void run(Apartment apartment) {
        try {
            apartment.enter();
        } catch (Throwable t) {
            started.completeExceptionally(t);
            return;
        }
        started.complete(null);
        try {
            while (true) {
                Runnable r = queue.take();
                if (r == STOP) {
                    return;
                }
                r.run(); // tasks are FutureTasks: they capture their own failures
            }
        } catch (InterruptedException e) {
            // close() interrupts only when the thread did not stop on its own
        } finally {
            apartment.leave();
        }
    }

    /** Whether the caller is the COM thread. */
    public boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /**
     * Runs {@code task} on the COM thread and returns its result; its exception is rethrown as is when
     * unchecked, else wrapped.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public <V> V call(Callable<V> task) {
        if (isCurrent()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<V> f = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        };
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("COM thread " + thread.getName() + " is closed");
            }
            queue.add(r);
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the COM thread", e);
        }
    }

    /** Like {@link #call} for a task without a result. */
    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Runs the queued tasks, leaves the apartment and waits (up to 10 s) for the thread to end. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        if (isCurrent()) {
            return; // the thread ends after the task that closed it
        }
        try {
            if (!thread.join(java.time.Duration.ofSeconds(10))) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
