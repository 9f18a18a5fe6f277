package io.mediacapture.macos.objc;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs Objective-C work on a platform thread. An autorelease pool belongs to the OS thread that pushed it, and
 * a virtual thread can unmount at any blocking point between push and pop (a lock, a wait, a log handler doing
 * I/O) and resume on another carrier: the pop would then hit the wrong thread's pool stack, which corrupts it
 * (the runtime aborts, or objects are released early). So the backend's entry points, which all open pools,
 * run their work here: inline on a platform thread, or handed to a small cached pool of platform daemon
 * threads (with the caller waiting) when called from a virtual thread. {@link AutoreleasePool} refuses to open
 * on a virtual thread, so a path that was missed fails loudly instead of corrupting memory.
 */
public final class PlatformThreads {
    private static final ExecutorService CARRIERS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("mediacapture-objc-", 0).factory());

    private PlatformThreads() {}

    /** Work that may throw a checked exception of type {@code E}. */
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} on a platform thread and returns its result; exceptions arrive as thrown. A caller
     * interrupted while waiting keeps waiting (the work holds native state that must not be abandoned half
     * done) and gets its interrupt status back afterwards.
     */
    @SuppressWarnings("unchecked")
    public static <T, E extends Exception> T call(Work<T, E> work) throws E {
        if (!Thread.currentThread().isVirtual()) {
            return work.run();
        }
        Future<T> f = CARRIERS.submit(work::run);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw (E) c; // run() declares only E besides unchecked exceptions
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@link #call} for work without a result or checked exception. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
