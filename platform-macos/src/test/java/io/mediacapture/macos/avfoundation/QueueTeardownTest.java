package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The teardown of a capture session against a serial queue that behaves like libdispatch where it matters:
 * draining it from its own thread is fatal (here an exception instead of an abort).
 */
class QueueTeardownTest {
    /** A serial queue on one Java thread. */
    static final class SerialQueue implements CallbackQueue {
        private volatile Thread thread;
        private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            thread = new Thread(r, "fake-delivery-queue");
            return thread;
        });
        final AtomicInteger drains = new AtomicInteger();

        @Override
        public boolean isCurrent() {
            return Thread.currentThread() == thread;
        }

        @Override
        public void drain() {
            if (isCurrent()) {
                throw new IllegalStateException("dispatch_sync called on queue already owned by current thread");
            }
            try {
                executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            drains.incrementAndGet();
        }

        @Override
        public void release() {
            executor.shutdown();
        }

        CompletableFuture<Void> callback(Runnable r) {
            return CompletableFuture.runAsync(r, executor);
        }
    }

    private final SerialQueue queue = new SerialQueue();

    @AfterEach
    void release() {
        queue.release();
    }

    @Test
    void fromAnotherThreadTheTeardownRunsInlineAndDrains() {
        Thread[] ranOn = new Thread[1];
        boolean inline = QueueTeardown.run(queue, () -> {
            queue.drain();
            ranOn[0] = Thread.currentThread();
        }, "camera");
        assertTrue(inline);
        assertSame(Thread.currentThread(), ranOn[0]);
        assertEquals(1, queue.drains.get());
    }

    @Test
    void fromACallbackOnTheQueueTheTeardownMovesToAnotherThread() throws Exception {
        CompletableFuture<Thread> tornDownOn = new CompletableFuture<>();
        CompletableFuture<Boolean> inline = new CompletableFuture<>();
        queue.callback(() -> inline.complete(QueueTeardown.run(queue, () -> {
            try {
                queue.drain(); // would abort on the queue; must not be on it
                tornDownOn.complete(Thread.currentThread());
            } catch (Throwable t) {
                tornDownOn.completeExceptionally(t);
            }
        }, "camera"))).get(10, TimeUnit.SECONDS);
        assertFalse(inline.get(), "the call from the queue must return without tearing down");
        Thread t = tornDownOn.get(10, TimeUnit.SECONDS);
        assertNotSame(queue.thread, t);
        assertFalse(t.isVirtual());
        assertEquals(1, queue.drains.get());
    }

    @Test
    void theFakeQueueRefusesADrainFromItself() {
        // guards the test above: a teardown run inline on the queue would fail
        var f = queue.callback(queue::drain);
        var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
    }
}
