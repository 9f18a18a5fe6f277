package io.mediacapture.internal.frame;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One frame handle's claim on a {@link RefCountedMemory}: released exactly once, by {@code close()} or, for a
 * handle the application dropped without closing, by the cleaner (counted as reclaimed). Plane views given
 * to the application are scoped to an arena of this lease, so they fail cleanly after close instead of
 * reading memory that the pool or the device has reused.
 *
 * <p>The views of the first thread that asks for one live in an arena confined to it (closing it costs nothing);
 * other threads' views live in a shared one (closing it costs the JVM a handshake of every thread). When the frame
 * is closed on another thread than the confined arena's, the memory goes back only once that thread has closed it:
 * see {@link PendingViews}.
 */
public final class FrameLease implements FrameAccess, Runnable {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "mediacapture-frame-reclaimer");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicLong RECLAIMED = new AtomicLong();

    private final RefCountedMemory buffer;
    // Guarded by this lock; volatile so that view() finds an existing arena without locking.
    private volatile Arena confined;
    private PendingViews confinedTo;
    private volatile Arena shared;
    private volatile boolean closedExplicitly;
    // Written under this lock; volatile so that the per-access isClosed() check reads it without locking.
    private volatile boolean released;
    private Cleaner.Cleanable cleanable;
    private int pins; // guarded by this
    private boolean releasePinned; // guarded by this: released while pinned, the last unpin gives the memory back

    private FrameLease(RefCountedMemory buffer) {
        this.buffer = buffer;
    }

    /** Takes over one reference of {@code buffer} on behalf of {@code handle}. */
    public static FrameLease attach(Object handle, RefCountedMemory buffer) {
        FrameLease lease = new FrameLease(buffer);
        lease.cleanable = CLEANER.register(handle, lease);
        return lease;
    }

    /** A second lease on the same buffer, for a clone of the handle. */
    public FrameLease share(Object handle) {
        buffer.retain();
        return attach(handle, buffer);
    }

    @Override
    public boolean isClosed() {
        return closedExplicitly || released;
    }

    /** @throws IllegalStateException naming {@code what} when the handle was closed */
    @Override
    public void checkOpen(String what) {
        if (isClosed()) {
            throw new IllegalStateException(what + " is closed");
        }
    }

    @Override
    public MemorySegment memory() {
        return buffer.memory();
    }

    /** A read-only view of part of the buffer that becomes inaccessible when this lease ends. */
    @Override
    public MemorySegment view(long offset, long length) {
        PendingViews.drainCurrentThread();
        Arena a = confined;
        if (a == null || confinedTo.owner() != Thread.currentThread()) {
            a = arenaForCurrentThread();
        }
        return buffer.memory().asSlice(offset, length).reinterpret(a, null).asReadOnly();
    }

    private synchronized Arena arenaForCurrentThread() {
        if (released) {
            throw new IllegalStateException("frame is closed");
        }
        if (confined == null) {
            confinedTo = PendingViews.ofCurrentThread();
            confined = Arena.ofConfined();
            return confined;
        }
        if (confinedTo.owner() == Thread.currentThread()) {
            return confined;
        }
        if (shared == null) {
            shared = Arena.ofShared();
        }
        return shared;
    }

    @Override
    public synchronized void pin(String what) {
        checkOpen(what);
        pins++;
    }

    @Override
    public void unpin() {
        Arena c;
        Arena s;
        PendingViews to;
        synchronized (this) {
            if (--pins > 0 || !releasePinned) {
                return;
            }
            releasePinned = false;
            c = confined;
            s = shared;
            to = confinedTo;
        }
        giveBack(c, s, to);
    }

    /** Ends the lease now (the handle's close()). Idempotent. */
    @Override
    public void close() {
        closedExplicitly = true;
        cleanable.clean();
    }

    /** Cleaner action: runs once, from close() or after the handle became unreachable. */
    @Override
    public void run() {
        Arena c;
        Arena s;
        PendingViews to;
        boolean pinned;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            c = confined;
            s = shared;
            to = confinedTo;
            pinned = pins > 0;
            releasePinned = pinned; // a converter is reading the memory: its unpin gives it back
        }
        if (!closedExplicitly) {
            RECLAIMED.incrementAndGet();
        }
        if (!pinned) {
            giveBack(c, s, to);
        }
    }

    private void giveBack(Arena c, Arena s, PendingViews to) {
        if (s != null) {
            s.close();
        }
        if (c == null) {
            buffer.release();
        } else if (to.owner() == Thread.currentThread()) {
            c.close();
            buffer.release();
        } else {
            to.defer(c, buffer::release); // only the views' thread can close them; it releases the buffer after
        }
        PendingViews.drainCurrentThread();
    }

    /** Frames that were garbage collected without being closed, since the JVM started. */
    public static long reclaimedCount() {
        return RECLAIMED.get();
    }
}
