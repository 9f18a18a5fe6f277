package io.mediacapture.linux.pipewire;

import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The buffer-return protocol of one stream: which {@code pw_buffer}s the stream has now, how many zero-copy frames
 * hold one, and the buffers of closed frames waiting to be queued back.
 *
 * <p>Closing a zero-copy frame marks its buffer returned (a lock-free push, never blocking the consumer, on any
 * thread); the next process callback {@linkplain #drainLocked queues returned buffers back} before it takes a new one,
 * so a frame costs no extra wake-up of any PipeWire thread. At most all but {@link #PRODUCER_RESERVE} buffers are
 * held; past that, frames are copied.
 *
 * <p>Known limit (PipeWire 0.3.65, not ours to fix here): holding a frame keeps its memory mapped but does not keep
 * the producer off it. The output port's tee copies its io area to the consumers and leaves the delivered buffer id
 * in it, so the producer (videotestsrc, the V4L2 SPA source) takes that buffer back on its next cycle whether or not
 * we queued it ({@code impl-port.c schedule_mix_reuse_buffer}: "FIXME send reuse buffer to peer"), and redraws it
 * when it comes round again (with 8 buffers, some 7 frame periods later; measured: held frames' pixels change
 * within 300 ms). Frames stay memory-safe; their content is only stable for about the length of the buffer ring.
 *
 * <p>Threads: the live buffers change on the loop thread (add/remove_buffer) and are read by the process callback;
 * {@code outstanding} is guarded by the source's process lock.
 */
final class PwBufferReturns {
    /** Buffers always left to the producer: with fewer free ones a test source reports "out of buffers" and stalls. */
    static final int PRODUCER_RESERVE = 2;

    // The stream's buffers now (add_buffer..remove_buffer): replaced, never changed in place, on the loop thread and
    // read by the process callback on the data thread.
    private volatile PwBufferSlot[] liveBuffers = new PwBufferSlot[0];
    // Zero-copy buffers whose frames were closed, not yet queued back: a stack linked through
    // PwBufferSlot.nextReturned.
    private final AtomicReference<PwBufferSlot> returnedStack = new AtomicReference<>();
    private final Runnable afterPush; // called after every return (the source wakes its loop once it is closed)
    private int outstanding; // zero-copy frames not yet closed; guarded by the source's processLock

    /** {@code afterPush} runs on the closing thread after each return is marked. */
    PwBufferReturns(Runnable afterPush) {
        this.afterPush = afterPush;
    }

    /** Loop thread: the stream added a buffer. */
    void added(MemorySegment buffer) {
        PwBufferSlot[] now = liveBuffers;
        PwBufferSlot[] next = Arrays.copyOf(now, now.length + 1);
        next[now.length] = new PwBufferSlot(buffer, this);
        liveBuffers = next;
    }

    /** Loop thread: the stream removed a buffer; a frame may still hold it (its return then only counts). */
    void removed(MemorySegment buffer) {
        PwBufferSlot[] now = liveBuffers;
        for (int i = 0; i < now.length; i++) {
            if (now[i].address == buffer.address()) {
                now[i].live = false; // a frame may still hold it: its return then only counts, never queues
                PwBufferSlot[] next = new PwBufferSlot[now.length - 1];
                System.arraycopy(now, 0, next, 0, i);
                System.arraycopy(now, i + 1, next, i, now.length - i - 1);
                liveBuffers = next;
                return;
            }
        }
    }

    /** The live slot of the pw_buffer at {@code address}, or null (a linear scan: a stream has at most 16). */
    PwBufferSlot slot(long address) {
        for (PwBufferSlot slot : liveBuffers) {
            if (slot.address == address) {
                return slot;
            }
        }
        return null;
    }

    /** processLock held: whether one more buffer may go out zero-copy and still leave the producer its reserve. */
    boolean mayHold() {
        return outstanding < liveBuffers.length - PRODUCER_RESERVE;
    }

    /** processLock held: a zero-copy frame's memory over {@code region} of {@code slot}'s buffer. */
    FrameBuffer hold(MemorySegment region, PwBufferSlot slot) {
        outstanding++;
        return FrameBuffer.wrap(region, slot);
    }

    /** Whether frames were closed since the last drain. */
    boolean anyReturned() {
        return returnedStack.get() != null;
    }

    /** Any thread: the frame on {@code slot}'s buffer was closed. */
    void returnLater(PwBufferSlot slot) {
        PwBufferSlot top;
        do {
            top = returnedStack.get();
            slot.nextReturned = top;
        } while (!returnedStack.compareAndSet(top, slot));
        afterPush.run();
    }

    /**
     * processLock held: hands the buffers of closed frames that the stream still has to {@code queueBack}; returns the
     * zero-copy frames still open.
     */
    int drainLocked(Consumer<MemorySegment> queueBack) {
        PwBufferSlot slot = returnedStack.getAndSet(null);
        while (slot != null) {
            PwBufferSlot next = slot.nextReturned;
            slot.nextReturned = null;
            outstanding--;
            if (slot.live) {
                queueBack.accept(slot.pwBuf);
            }
            slot = next;
        }
        return outstanding;
    }
}
