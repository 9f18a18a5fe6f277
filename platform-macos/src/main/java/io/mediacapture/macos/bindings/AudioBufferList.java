// Written in jextract's shape (one class per struct: layout(), field accessors, $offset()/$layout()), because
// jextract cannot read Apple's SDK headers here. Source: CoreAudioTypes/CoreAudioBaseTypes.h.
// Checked against gcc by LayoutTest (src/test/native/layouts.c restates the struct).
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct AudioBufferList {
 *     UInt32      mNumberBuffers;
 *     AudioBuffer mBuffers[1]; // variable length in practice; one buffer for interleaved audio
 * };
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class AudioBufferList {

    AudioBufferList() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("mNumberBuffers"),
        MemoryLayout.paddingLayout(4),
        MemoryLayout.sequenceLayout(1, AudioBuffer.layout()).withName("mBuffers")).withName("AudioBufferList");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt mNumberBuffers$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mNumberBuffers"));

    public static final OfInt mNumberBuffers$layout() {
        return mNumberBuffers$LAYOUT;
    }

    private static final long mNumberBuffers$OFFSET = $LAYOUT.byteOffset(groupElement("mNumberBuffers"));

    public static final long mNumberBuffers$offset() {
        return mNumberBuffers$OFFSET;
    }

    public static int mNumberBuffers(MemorySegment struct) {
        return struct.get(mNumberBuffers$LAYOUT, mNumberBuffers$OFFSET);
    }

    public static void mNumberBuffers(MemorySegment struct, int fieldValue) {
        struct.set(mNumberBuffers$LAYOUT, mNumberBuffers$OFFSET, fieldValue);
    }

    private static final SequenceLayout mBuffers$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("mBuffers"));

    public static final SequenceLayout mBuffers$layout() {
        return mBuffers$LAYOUT;
    }

    private static final long mBuffers$OFFSET = $LAYOUT.byteOffset(groupElement("mBuffers"));

    public static final long mBuffers$offset() {
        return mBuffers$OFFSET;
    }

    public static MemorySegment mBuffers(MemorySegment struct) {
        return struct.asSlice(mBuffers$OFFSET, mBuffers$LAYOUT.byteSize());
    }

    public static void mBuffers(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, mBuffers$OFFSET, mBuffers$LAYOUT.byteSize());
    }

    /** The element at {@code index} of an array of this struct. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index, layout().byteSize());
    }

    public static long sizeof() {
        return layout().byteSize();
    }

    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /** Gives a native pointer this struct's size, attached to {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /** Gives a native pointer the size of {@code elementCount} structs, attached to {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
