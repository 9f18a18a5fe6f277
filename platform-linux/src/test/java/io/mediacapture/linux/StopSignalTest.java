package io.mediacapture.linux;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.libc.pollfd;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #21 item 4: a close racing another close (V4l2Source, AlsaSource, the watchers) must never signal an eventfd
 * number that was closed and handed to someone else meanwhile. The shared mechanism is {@link StopSignal}: once
 * closed, {@link StopSignal#signal()} writes nothing.
 */
class StopSignalTest {

    @Test
    void aSignalAfterCloseNeverReachesTheDescriptorThatReusedItsNumber() {
        List<StopSignal> opened = new ArrayList<>();
        try {
            // The kernel hands out the lowest free number, so the next eventfd normally reuses the closed one's;
            // other JVM threads may take it first, so try a few times.
            for (int attempt = 0; attempt < 20; attempt++) {
                StopSignal old = StopSignal.open();
                int number = old.fd();
                old.close();
                StopSignal reused = StopSignal.open();
                opened.add(reused);
                if (reused.fd() != number) {
                    continue;
                }
                old.signal(); // the second closer's wake-up, arriving late
                assertEquals(0, readable(reused), "the late signal of a closed StopSignal woke the descriptor that reused its number");
                reused.signal();
                assertEquals(1, readable(reused), "the live StopSignal still signals");
                return;
            }
            throw new AssertionError("no eventfd reused a closed one's number in 20 attempts");
        } finally {
            opened.forEach(StopSignal::close);
        }
    }

    @Test
    void closeIsIdempotentAndSignalAfterCloseIsHarmless() {
        StopSignal s = StopSignal.open();
        s.close();
        assertDoesNotThrow(s::close, "a second close");
        assertDoesNotThrow(s::signal, "a signal after close (it used to write to the closed number: EBADF)");
    }

    /** poll() with no wait: 1 when the descriptor is readable. */
    private static int readable(StopSignal s) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment slot = pollfd.allocate(a);
            s.pollOn(slot);
            return Syscalls.poll(slot, 1, 0);
        }
    }
}
