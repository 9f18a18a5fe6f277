package io.mediacapture.internal.frame;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Access to memory a source lends for one delivery call (a mapped device buffer it takes back as soon as the
 * call returns). One loan object serves every frame of a source, so lending a frame allocates nothing; plane views
 * are the exception: they get an arena of their own, closed when the loan ends, so that a view kept past the call
 * fails on access instead of reading memory the device has reused.
 *
 * <p>Confined to the lending thread: a lent frame is only valid inside the call that lent it, and only on the thread
 * that made that call. That is also why the views' arena is a confined one: closing a shared arena makes the JVM
 * handshake every thread (about 50 us of CPU here, as much as the rest of a frame's delivery), closing a confined
 * one costs next to nothing.
 */
public final class FrameLoan implements FrameAccess {
    private MemorySegment memory = MemorySegment.NULL;
    private boolean onLoan;
    private Thread lender;
    private Arena views;

    /** Starts a loan of {@code memory} to the calling thread. */
    public void begin(MemorySegment memory) {
        this.memory = memory;
        this.lender = Thread.currentThread();
        this.onLoan = true;
    }

    /** Ends the loan: the memory goes back to its owner, views taken meanwhile stop working. */
    public void end() {
        onLoan = false;
        memory = MemorySegment.NULL;
        Arena a = views;
        views = null;
        if (a != null) {
            a.close();
        }
    }

    @Override
    public boolean isClosed() {
        return !onLoan || lender != Thread.currentThread();
    }

    @Override
    public void checkOpen(String what) {
        if (lender != Thread.currentThread()) {
            throw new IllegalStateException(what + " was lent to a handler on another thread; only that thread may "
                    + "read it, during the call (clone() it there to pass it on)");
        }
        if (!onLoan) {
            throw new IllegalStateException(what + " was lent for one call that has returned (clone() it to keep it)");
        }
    }

    @Override
    public MemorySegment memory() {
        return memory;
    }

    /** A loan ends only when the lending call returns, on this same thread: nothing to keep. */
    @Override
    public void pin(String what) {
        checkOpen(what);
    }

    @Override
    public void unpin() {
    }

    @Override
    public MemorySegment view(long offset, long length) {
        checkOpen("frame");
        if (views == null) {
            views = Arena.ofConfined();
        }
        return memory.asSlice(offset, length).reinterpret(views, null).asReadOnly();
    }

    /** Does nothing: a borrower cannot end the loan; the source ends it when the call returns. */
    @Override
    public void close() {}
}
