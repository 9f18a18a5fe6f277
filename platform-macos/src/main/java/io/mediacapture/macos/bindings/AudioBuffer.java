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
 * struct AudioBuffer {
 *     UInt32 mNumberChannels;
 *     UInt32 mDataByteSize;
 *     void  *mData;
 * };
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class AudioBuffer {

    AudioBuffer() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("mNumberChannels"),
        JAVA_INT.withName("mDataByteSize"),
        ADDRESS.withName("mData")).withName("AudioBuffer");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt mNumberChannels$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mNumberChannels"));

    public static final OfInt mNumberChannels$layout() {
        return mNumberChannels$LAYOUT;
    }

    private static final long mNumberChannels$OFFSET = $LAYOUT.byteOffset(groupElement("mNumberChannels"));

    public static final long mNumberChannels$offset() {
        return mNumberChannels$OFFSET;
    }

    public static int mNumberChannels(MemorySegment struct) {
        return struct.get(mNumberChannels$LAYOUT, mNumberChannels$OFFSET);
    }

    public static void mNumberChannels(MemorySegment struct, int fieldValue) {
        struct.set(mNumberChannels$LAYOUT, mNumberChannels$OFFSET, fieldValue);
    }

    private static final OfInt mDataByteSize$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mDataByteSize"));

    public static final OfInt mDataByteSize$layout() {
        return mDataByteSize$LAYOUT;
    }

    private static final long mDataByteSize$OFFSET = $LAYOUT.byteOffset(groupElement("mDataByteSize"));

    public static final long mDataByteSize$offset() {
        return mDataByteSize$OFFSET;
    }

    public static int mDataByteSize(MemorySegment struct) {
        return struct.get(mDataByteSize$LAYOUT, mDataByteSize$OFFSET);
    }

    public static void mDataByteSize(MemorySegment struct, int fieldValue) {
        struct.set(mDataByteSize$LAYOUT, mDataByteSize$OFFSET, fieldValue);
    }

    private static final AddressLayout mData$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("mData"));

    public static final AddressLayout mData$layout() {
        return mData$LAYOUT;
    }

    private static final long mData$OFFSET = $LAYOUT.byteOffset(groupElement("mData"));

    public static final long mData$offset() {
        return mData$OFFSET;
    }

    public static MemorySegment mData(MemorySegment struct) {
        return struct.get(mData$LAYOUT, mData$OFFSET);
    }

    public static void mData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(mData$LAYOUT, mData$OFFSET, fieldValue);
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
