package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.internal.frame.PendingViews;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.testing.Await;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Plane views of owned frames across threads: the first viewing thread's views are confined to it, so a frame closed
 * on another thread gives its memory back only once that thread has let go of them (or ended).
 */
class PlaneViewThreadsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static VideoFrame frame(AtomicInteger released, byte first) {
        MemorySegment mem = Arena.ofAuto().allocate(4 * 4 * 4);
        mem.set(ValueLayout.JAVA_BYTE, 0, first);
        return FrameBuffer.wrap(mem, released::incrementAndGet).toVideoFrame(
                VideoFrameLayout.of(VideoPixelFormat.RGBA, 4, 4, new long[] {0}, new int[] {16}), 0, -1);
    }

    @Test
    void closedOnTheViewingThreadTheMemoryGoesBackAtOnce() {
        AtomicInteger released = new AtomicInteger();
        VideoFrame f = frame(released, (byte) 3);
        MemorySegment view = f.plane(0);
        assertEquals(3, view.get(ValueLayout.JAVA_BYTE, 0));
        f.close();
        assertEquals(1, released.get());
        assertThrows(IllegalStateException.class, () -> view.get(ValueLayout.JAVA_BYTE, 0));
    }

    @Test
    void closedElsewhereTheMemoryWaitsUntilTheViewingThreadLetsGo() throws Exception {
        AtomicInteger released = new AtomicInteger();
        VideoFrame f = frame(released, (byte) 5);
        MemorySegment view = f.plane(0);
        CompletableFuture.runAsync(f::close).get(5, TimeUnit.SECONDS);
        assertTrue(f.isClosed());
        assertEquals(0, released.get(), "this thread's view may still be read: the memory must not be reused yet");
        assertEquals(5, view.get(ValueLayout.JAVA_BYTE, 0), "and it still shows this frame");
        assertThrows(IllegalStateException.class, () -> f.plane(0), "no new views of a closed frame");
        PendingViews.drainCurrentThread(); // what plane(), close() and read() do on this thread
        assertEquals(1, released.get());
        assertThrows(IllegalStateException.class, () -> view.get(ValueLayout.JAVA_BYTE, 0));
    }

    @Test
    void theViewingThreadLetsGoWhenItTouchesAnotherFrame() throws Exception {
        AtomicInteger released = new AtomicInteger();
        VideoFrame first = frame(released, (byte) 1);
        first.plane(0);
        CompletableFuture.runAsync(first::close).get(5, TimeUnit.SECONDS);
        try (VideoFrame second = frame(new AtomicInteger(), (byte) 2)) {
            assertEquals(2, second.plane(0).get(ValueLayout.JAVA_BYTE, 0));
            assertEquals(1, released.get(), "taking a view of the next frame closed the first one's");
        }
    }

    @Test
    void whenTheViewingThreadEndsTheMemoryGoesBack() throws Exception {
        AtomicInteger released = new AtomicInteger();
        VideoFrame f = frame(released, (byte) 9);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread viewer = Thread.ofPlatform().start(() -> {
            try {
                assertEquals(9, f.plane(0).get(ValueLayout.JAVA_BYTE, 0));
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        viewer.join();
        assertNull(failed.get());
        f.close();
        Await.until(() -> released.get() == 1, WAIT, "the memory of a frame whose viewing thread ended goes back");
    }

    @Test
    void aSecondThreadsViewsWorkAndEndWithTheFrame() throws Exception {
        AtomicInteger released = new AtomicInteger();
        VideoFrame f = frame(released, (byte) 4);
        MemorySegment mine = f.plane(0);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<MemorySegment> theirs = new AtomicReference<>();
        AtomicReference<Throwable> afterClose = new AtomicReference<>();
        Thread other = Thread.ofPlatform().start(() -> {
            theirs.set(f.plane(0));
            try {
                closed.await();
                theirs.get().get(ValueLayout.JAVA_BYTE, 0);
            } catch (Throwable t) {
                afterClose.set(t);
            }
        });
        Await.until(() -> theirs.get() != null, WAIT, "the other thread took a view");
        assertEquals(4, theirs.get().get(ValueLayout.JAVA_BYTE, 0), "readable from here too (a shared view)");
        f.close();
        closed.countDown();
        other.join();
        assertTrue(afterClose.get() instanceof IllegalStateException, "closed with the frame: " + afterClose.get());
        assertThrows(IllegalStateException.class, () -> mine.get(ValueLayout.JAVA_BYTE, 0));
        assertEquals(1, released.get());
    }
}
