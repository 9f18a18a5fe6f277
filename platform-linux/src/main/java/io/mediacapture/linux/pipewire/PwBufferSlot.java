package io.mediacapture.linux.pipewire;

import java.lang.foreign.MemorySegment;

/**
 * One {@code pw_buffer} of a stream from add_buffer to remove_buffer, and the release action of every zero-copy frame
 * on it (so handing out a frame creates no action object).
 */
final class PwBufferSlot implements Runnable {
    final MemorySegment pwBuf;
    final long address;
    final PwBufferView view; // read by the process callback only
    private final PwBufferReturns returns;
    volatile boolean live = true; // false once the stream removed the buffer (loop thread)
    PwBufferSlot nextReturned; // link in the returned stack; written before the publishing CAS

    PwBufferSlot(MemorySegment pwBuf, PwBufferReturns returns) {
        this.pwBuf = pwBuf;
        this.address = pwBuf.address();
        this.view = new PwBufferView(pwBuf);
        this.returns = returns;
    }

    /** FrameBuffer release action: the last handle on a frame over this buffer was closed (any thread). */
    @Override
    public void run() {
        returns.returnLater(this);
    }
}
