package io.mediacapture.internal.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BufferPoolTest {
    @Test
    void blocksAreRoundedToPowerOfTwoClassesAndReusedWithinTheirClass() {
        BufferPool pool = new BufferPool(2);
        MemorySegment a = pool.acquire(5000);
        assertEquals(8192, a.byteSize());
        assertEquals(0, a.address() % 64, "64-byte aligned");
        pool.release(a);
        assertSame(a, pool.acquire(8000), "same class: the free block comes back");
        MemorySegment small = pool.acquire(1);
        assertEquals(4096, small.byteSize());
        pool.release(small);
        assertNotSame(small, pool.acquire(4097), "another class does not take it");
        assertEquals(1, pool.reuses());
        assertEquals(3, pool.allocations());
    }

    @Test
    void keepsAtMostKeepPerClassFreeBlocks() {
        BufferPool pool = new BufferPool(2);
        List<MemorySegment> blocks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocks.add(pool.acquire(10_000));
        }
        blocks.forEach(pool::release);
        long before = pool.allocations();
        for (int i = 0; i < 3; i++) {
            pool.acquire(10_000);
        }
        assertEquals(2, pool.reuses(), "two kept");
        assertEquals(before + 1, pool.allocations(), "the third was dropped and is allocated afresh");
    }

    @Test
    void badSizesAndForeignBlocksAreRejected() {
        BufferPool pool = new BufferPool(2);
        assertThrows(IllegalArgumentException.class, () -> pool.acquire(-1));
        assertThrows(IllegalArgumentException.class, () -> pool.acquire(Long.MAX_VALUE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pool.release(MemorySegment.ofArray(new byte[5000])));
        assertTrue(e.getMessage().contains("5000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BufferPool(-1));
    }

    /** Slots are claimed by compare-and-set: two threads never hold the same block at once. */
    @Test
    void concurrentUsersNeverShareABlock() throws Exception {
        BufferPool pool = new BufferPool(2);
        java.util.Set<Long> inUse = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicReference<String> clash = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable user = () -> {
            for (int i = 0; i < 20_000 && clash.get() == null; i++) {
                MemorySegment b = pool.acquire(4096);
                if (!inUse.add(b.address())) {
                    clash.set("block at " + b.address() + " handed out twice");
                }
                inUse.remove(b.address());
                pool.release(b);
            }
        };
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofPlatform().start(user);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(null, clash.get());
        assertTrue(pool.reuses() > 0);
    }
}
