package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.pipewire.inline.SpaLoopUtils;
import io.mediacapture.bindings.pipewire.pipewire_h;
import io.mediacapture.bindings.spa.spa_source_event_func_t;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A {@code pw_thread_loop} and the two ways into it: {@link #locked} runs code under the loop lock (blocking
 * while the loop thread is busy), {@link #post} hands a task to the loop thread without ever blocking on it
 * (a queue plus an eventfd-backed {@code spa_source} signalled through {@code spa_loop_utils}, via bindings'
 * {@link SpaLoopUtils}).
 *
 * <p>Lifetime: created started by {@link #start}; {@link #close()} stops the thread, destroys the loop and
 * frees the event's upcall stub. Posts after close are dropped; {@link #lock} and {@link #locked} after close throw
 * {@link IllegalStateException} instead of locking the freed loop (close waits for those inside the lock).
 * Thread-safe.
 */
final class PwLoop implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.pipewire");

    private final MemorySegment loop;
    private final Arena arena = Arena.ofShared();
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    // Posters hold the read lock while signalling, so close() cannot free the source under them.
    private final ReentrantReadWriteLock sourceLock = new ReentrantReadWriteLock();
    private MemorySegment utils = MemorySegment.NULL; // struct spa_loop_utils* of the loop, set by init()
    private MemorySegment wakeup = MemorySegment.NULL; // spa_source*, guarded by sourceLock
    private boolean started;
    // Every holder of the loop lock (through lock()) holds the read lock; close() takes the write lock to destroy
    // the loop, so nobody is inside pw_thread_loop_lock/unlock then, and whoever comes later finds `closed`.
    private final ReentrantReadWriteLock life = new ReentrantReadWriteLock();
    private volatile boolean closed;

    private PwLoop(MemorySegment loop) {
        this.loop = loop;
    }

    /** Creates and starts a thread loop named {@code name}. */
    static PwLoop start(String name) throws BackendException {
        MemorySegment tl;
        try (Arena a = Arena.ofConfined()) {
            tl = pipewire_h.pw_thread_loop_new(a.allocateFrom(name), MemorySegment.NULL);
        }
        if (tl.equals(MemorySegment.NULL)) {
            throw new BackendException(BackendException.Kind.FAILED, "pw_thread_loop_new failed");
        }
        PwLoop l = new PwLoop(tl);
        try {
            l.init();
        } catch (RuntimeException | BackendException e) {
            l.close();
            throw e;
        }
        return l;
    }

    private void init() throws BackendException {
        MemorySegment utilsObj = SpaLoopUtils.pw_loop_utils(pipewire_h.pw_thread_loop_get_loop(loop));
        if (utilsObj.equals(MemorySegment.NULL)) {
            throw new BackendException(BackendException.Kind.FAILED, "the PipeWire loop has no spa_loop_utils");
        }
        utils = utilsObj;
        MemorySegment stub = spa_source_event_func_t.allocate(this::onWakeup, arena);
        int rc = pipewire_h.pw_thread_loop_start(loop);
        if (rc < 0) {
            throw new BackendException(BackendException.Kind.FAILED, "pw_thread_loop_start failed: " + PwErrors.describe(rc));
        }
        started = true;
        lock();
        try {
            wakeup = SpaLoopUtils.spa_loop_utils_add_event(utils, stub, MemorySegment.NULL);
        } catch (RuntimeException t) {
            throw new BackendException(BackendException.Kind.FAILED, "adding the loop's wake-up event failed", t);
        } finally {
            unlock();
        }
        if (wakeup.equals(MemorySegment.NULL)) {
            throw new BackendException(BackendException.Kind.FAILED,
                    "spa_loop_utils add_event failed (or the loop's utils have no add_event method)");
        }
    }

    /** The {@code struct pw_loop *} of the thread loop. @throws IllegalStateException after close */
    MemorySegment pwLoop() {
        checkOpen();
        return pipewire_h.pw_thread_loop_get_loop(loop);
    }

    /** Whether {@link #close()} destroyed the loop. */
    boolean isClosed() {
        return closed;
    }

    /** Takes the loop lock (recursive); pair with {@link #unlock()} on this thread. @throws IllegalStateException after close */
    void lock() {
        Lock held = life.readLock();
        held.lock();
        if (closed) {
            held.unlock();
            throw new IllegalStateException("the PipeWire loop is closed");
        }
        pipewire_h.pw_thread_loop_lock(loop);
    }

    void unlock() {
        pipewire_h.pw_thread_loop_unlock(loop);
        life.readLock().unlock();
    }

    /** Whether the caller runs on the loop thread (false after close). */
    boolean inLoopThread() {
        Lock held = life.readLock();
        held.lock();
        try {
            return !closed && pipewire_h.pw_thread_loop_in_thread(loop);
        } finally {
            held.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the PipeWire loop is closed");
        }
    }

    /** Runs {@code body} under the loop lock (or directly on the loop thread) and returns its result. */
    <T> T locked(Supplier<T> body) {
        lock();
        try {
            return body.get();
        } finally {
            unlock();
        }
    }

    void locked(Runnable body) {
        lock();
        try {
            body.run();
        } finally {
            unlock();
        }
    }

    /**
     * Runs {@code task} on the loop thread soon. Never blocks on the loop; callable from any thread,
     * including the loop thread. Dropped (returns false) after {@link #close()}.
     */
    boolean post(Runnable task) {
        var read = sourceLock.readLock();
        read.lock();
        try {
            if (wakeup.equals(MemorySegment.NULL)) {
                return false;
            }
            posted.add(task);
            int rc = SpaLoopUtils.spa_loop_utils_signal_event(utils, wakeup);
            return rc >= 0;
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "signalling the PipeWire loop failed", t);
            return false;
        } finally {
            read.unlock();
        }
    }

    /** Upcall from the loop thread when {@link #post} signalled. */
    private void onWakeup(MemorySegment data, long count) {
        try {
            runPosted();
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "a PipeWire loop task failed", t);
        }
    }

    private void runPosted() {
        Runnable r;
        while ((r = posted.poll()) != null) {
            try {
                r.run();
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.WARNING, "a PipeWire loop task failed", t);
            }
        }
    }

    /**
     * Removes the wake-up event and stops the loop thread; after return no callback runs any more. Posts are
     * dropped from now on. Idempotent; not from the loop thread.
     */
    void stop() {
        if (started && inLoopThread()) {
            throw new IllegalStateException("the PipeWire loop cannot be stopped from its own thread");
        }
        var write = sourceLock.writeLock();
        write.lock();
        try {
            if (!wakeup.equals(MemorySegment.NULL)) {
                lock();
                try {
                    SpaLoopUtils.spa_loop_utils_destroy_source(utils, wakeup);
                } catch (Throwable t) {
                    LOG.log(System.Logger.Level.WARNING, "destroying the loop's wake-up event failed", t);
                } finally {
                    unlock();
                }
                wakeup = MemorySegment.NULL;
            }
        } finally {
            write.unlock();
        }
        if (started) {
            pipewire_h.pw_thread_loop_stop(loop);
            started = false;
        }
        posted.clear(); // what they would have touched is being torn down
    }

    /** Stops the loop if needed, destroys it and frees the upcall stub. Idempotent; not from the loop thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        stop();
        Lock exclusive = life.writeLock();
        exclusive.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            exclusive.unlock();
        }
        pipewire_h.pw_thread_loop_destroy(loop);
        arena.close();
    }
}
