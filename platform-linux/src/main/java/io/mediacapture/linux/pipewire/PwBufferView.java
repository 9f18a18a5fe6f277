package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.pipewire.pw_buffer;
import io.mediacapture.bindings.spa.spa_buffer;
import io.mediacapture.bindings.spa.spa_chunk;
import io.mediacapture.bindings.spa.spa_data;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.spa.spa_meta;
import io.mediacapture.bindings.spa.spa_meta_header;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads one {@code pw_buffer}'s SPA structs (the buffer, its first data block and chunk, its header meta) and its
 * memory, each through a segment bounded by the struct's size or, for the memory, by the block's {@code maxsize}.
 *
 * <p>A view belongs to one buffer of the stream (its {@link PwBufferSlot}) and keeps the segments it built: the same
 * structs and the same region come round every cycle, so a frame builds no new segment. Used by the process callback
 * only (one thread at a time, under the source's process lock).
 */
@SuppressWarnings("restricted") // the pointers come from PipeWire's own structs; each view is bounded by its size
final class PwBufferView {
    private static final int SPA_CHUNK_FLAG_CORRUPTED = 1;
    private static final int SPA_META_HEADER = spa_h.SPA_META_Header();
    private static final MemorySegment NONE = MemorySegment.NULL;

    static {
        if (ValueLayout.ADDRESS.byteSize() != Long.BYTES) {
            throw new ExceptionInInitializerError("the PipeWire backend reads pointers as 64-bit values");
        }
    }

    private final MemorySegment pwBuffer;
    private MemorySegment spaBuffer = NONE;
    private MemorySegment data0 = NONE;
    private MemorySegment chunk = NONE;
    private MemorySegment metas = NONE;
    private MemorySegment header = NONE;
    private MemorySegment memory = NONE; // the first data block, bounded by its maxsize
    private MemorySegment region; // the last region delivered from memory

    PwBufferView(MemorySegment pwBuf) {
        this.pwBuffer = pwBuf.reinterpret(pw_buffer.sizeof());
    }

    /**
     * Reads the buffer's first data block and its chunk; false when the buffer has none, or the block has no memory,
     * no size or no chunk (then nothing else may be read).
     */
    boolean readFirstData() {
        long spa = pwBuffer.get(ValueLayout.JAVA_LONG, pw_buffer.buffer$offset());
        if (spa == 0) {
            return false;
        }
        spaBuffer = bounded(spaBuffer, spa, spa_buffer.sizeof());
        long d0 = spaBuffer.get(ValueLayout.JAVA_LONG, spa_buffer.datas$offset());
        if (dataBlocks() < 1 || d0 == 0) {
            return false;
        }
        data0 = bounded(data0, d0, spa_data.sizeof());
        long data = data0.get(ValueLayout.JAVA_LONG, spa_data.data$offset());
        long maxsize = Integer.toUnsignedLong(data0.get(ValueLayout.JAVA_INT, spa_data.maxsize$offset()));
        long c = data0.get(ValueLayout.JAVA_LONG, spa_data.chunk$offset());
        if (data == 0 || maxsize == 0 || c == 0) {
            return false;
        }
        chunk = bounded(chunk, c, spa_chunk.sizeof());
        memory = bounded(memory, data, maxsize);
        return true;
    }

    /** {@code spa_buffer.n_datas}. */
    int dataBlocks() {
        return spaBuffer.get(ValueLayout.JAVA_INT, spa_buffer.n_datas$offset());
    }

    /** The first block's {@code maxsize}: the bytes its memory holds. */
    long maxsize() {
        return memory.byteSize();
    }

    boolean corrupted() {
        return (chunk.get(ValueLayout.JAVA_INT, spa_chunk.flags$offset()) & SPA_CHUNK_FLAG_CORRUPTED) != 0;
    }

    /** {@code spa_chunk.offset}, unsigned. */
    long chunkOffset() {
        return Integer.toUnsignedLong(chunk.get(ValueLayout.JAVA_INT, spa_chunk.offset$offset()));
    }

    /** {@code spa_chunk.size}, unsigned: what the producer says it wrote, which may exceed the memory. */
    long chunkSize() {
        return Integer.toUnsignedLong(chunk.get(ValueLayout.JAVA_INT, spa_chunk.size$offset()));
    }

    /** {@code spa_chunk.stride} (0: packed). */
    int chunkStride() {
        return chunk.get(ValueLayout.JAVA_INT, spa_chunk.stride$offset());
    }

    /** {@code size} bytes at {@code offset} of the first block's memory (both within {@link #maxsize()}). */
    MemorySegment region(long offset, long size) {
        MemorySegment r = region;
        if (r == null || r.address() != memory.address() + offset || r.byteSize() != size) {
            r = memory.asSlice(offset, size);
            region = r;
        }
        return r;
    }

    /** {@code spa_meta_header.pts} in ns on CLOCK_MONOTONIC, or -1 without a header. */
    long headerPts() {
        int nMetas = spaBuffer.get(ValueLayout.JAVA_INT, spa_buffer.n_metas$offset());
        long m = spaBuffer.get(ValueLayout.JAVA_LONG, spa_buffer.metas$offset());
        if (nMetas <= 0 || m == 0) {
            return -1;
        }
        metas = bounded(metas, m, nMetas * spa_meta.sizeof());
        for (int i = 0; i < nMetas; i++) {
            long at = i * spa_meta.sizeof();
            long data = metas.get(ValueLayout.JAVA_LONG, at + spa_meta.data$offset());
            if (metas.get(ValueLayout.JAVA_INT, at + spa_meta.type$offset()) == SPA_META_HEADER
                    && Integer.toUnsignedLong(metas.get(ValueLayout.JAVA_INT, at + spa_meta.size$offset()))
                            >= spa_meta_header.sizeof()
                    && data != 0) {
                header = bounded(header, data, spa_meta_header.sizeof());
                return header.get(ValueLayout.JAVA_LONG, spa_meta_header.pts$offset());
            }
        }
        return -1;
    }

    /** {@code cached} if it already spans {@code size} bytes at {@code address}, else a new segment that does. */
    private static MemorySegment bounded(MemorySegment cached, long address, long size) {
        if (cached.address() == address && cached.byteSize() == size) {
            return cached;
        }
        return MemorySegment.ofAddress(address).reinterpret(size);
    }
}
