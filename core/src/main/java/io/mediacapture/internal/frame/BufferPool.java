package io.mediacapture.internal.frame;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Off-heap memory for frames, reused so that steady-state capture allocates nothing. Blocks are grouped by
 * size class (the next power of two from 4 KiB up); each class keeps a bounded number of free blocks, the
 * rest are freed. Memory lives in the automatic arena of the pool's blocks and is freed when the block is
 * dropped from the pool and unreachable.
 *
 * <p>The free blocks of a class sit in a fixed array of slots claimed with compare-and-set, not in a
 * collection: taking and giving back a block then allocates nothing on the heap (no boxed size key, no
 * queue node), which is what keeps a frame's steady-state cost at zero bytes.
 */
public final class BufferPool {
    private static final int MIN_SHIFT = 12;
    private static final long MIN_BLOCK = 1L << MIN_SHIFT; // 4 KiB
    /** Classes 4 KiB .. 2^62 bytes: every size a long can ask for after rounding. */
    private static final int CLASSES = 63 - MIN_SHIFT;
    private static final BufferPool SHARED = new BufferPool(8); // after the constants it uses

    private final int keepPerClass;
    // slot (class * keepPerClass + i): a free block of that class, or null
    private final AtomicReferenceArray<MemorySegment> free;
    private final AtomicLong allocations = new AtomicLong();
    private final AtomicLong reuses = new AtomicLong();

    /** @throws IllegalArgumentException when keepPerClass is negative */
    public BufferPool(int keepPerClass) {
        if (keepPerClass < 0) {
            throw new IllegalArgumentException("keepPerClass must not be negative, got " + keepPerClass);
        }
        this.keepPerClass = keepPerClass;
        this.free = new AtomicReferenceArray<>(CLASSES * keepPerClass);
    }

    public static BufferPool shared() {
        return SHARED;
    }

    /** A block of at least {@code bytes} bytes, 64-byte aligned. */
    public MemorySegment acquire(long bytes) {
        if (bytes < 0 || bytes > 1L << 62) {
            throw new IllegalArgumentException("cannot allocate a frame buffer of " + bytes + " bytes");
        }
        long size = sizeClass(bytes);
        int base = classIndex(size) * keepPerClass;
        for (int i = base; i < base + keepPerClass; i++) {
            MemorySegment s = free.get(i);
            if (s != null && free.compareAndSet(i, s, null)) {
                reuses.incrementAndGet();
                return s;
            }
        }
        allocations.incrementAndGet();
        return Arena.ofAuto().allocate(size, 64);
    }

    /**
     * Gives back a block that {@link #acquire} returned. When its class already keeps as many free blocks
     * as allowed, the block is dropped (its automatic arena frees it once unreachable).
     */
    public void release(MemorySegment block) {
        long size = block.byteSize();
        if (size < MIN_BLOCK || Long.bitCount(size) != 1) {
            throw new IllegalArgumentException("not a block of this pool: " + size + " bytes");
        }
        int base = classIndex(size) * keepPerClass;
        for (int i = base; i < base + keepPerClass; i++) {
            if (free.get(i) == null && free.compareAndSet(i, null, block)) {
                return;
            }
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

    private static int classIndex(long sizeClass) {
        return Long.numberOfTrailingZeros(sizeClass) - MIN_SHIFT;
    }
}
