package io.mediacapture.internal.frame;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Off-heap memory for frames, reused so that steady-state capture allocates nothing. Blocks are grouped by
 * size class (the next power of two from 4 KiB up); each class keeps a bounded number of free blocks, the
 * rest are freed. Memory lives in the automatic arena of the pool's blocks and is freed when the block is
 * dropped from the pool and unreachable.
 */
public final class BufferPool {
    private static final BufferPool SHARED = new BufferPool(8);
    private static final long MIN_BLOCK = 4096;

    private final int keepPerClass;
    private final Map<Long, ConcurrentLinkedDeque<MemorySegment>> free = new ConcurrentHashMap<>();
    private final AtomicLong allocations = new AtomicLong();
    private final AtomicLong reuses = new AtomicLong();

    public BufferPool(int keepPerClass) {
        this.keepPerClass = keepPerClass;
    }

    public static BufferPool shared() {
        return SHARED;
    }

    /** A block of at least {@code bytes} bytes, 64-byte aligned. */
    public MemorySegment acquire(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size " + bytes);
        }
        long size = sizeClass(bytes);
        ConcurrentLinkedDeque<MemorySegment> q = free.get(size);
        if (q != null) {
            MemorySegment s = q.pollFirst();
            if (s != null) {
                reuses.incrementAndGet();
                return s;
            }
        }
        allocations.incrementAndGet();
        return Arena.ofAuto().allocate(size, 64);
    }

    /** Gives a block back. */
    public void release(MemorySegment block) {
        ConcurrentLinkedDeque<MemorySegment> q = free.computeIfAbsent(block.byteSize(), k -> new ConcurrentLinkedDeque<>());
        if (q.size() < keepPerClass) {
            q.offerFirst(block);
        }
    }

    /** How many blocks were allocated fresh (not reused) so far. */
    public long allocations() {
        return allocations.get();
    }

    /** How many acquisitions were served from the pool. */
    public long reuses() {
        return reuses.get();
    }

    static long sizeClass(long bytes) {
        long s = Math.max(MIN_BLOCK, bytes);
        long hb = Long.highestOneBit(s);
        return hb == s ? s : hb << 1;
    }
}
