// Written in jextract's shape (one class per struct: layout(), field accessors, $offset()/$layout()), because
// jextract cannot read Apple's SDK headers here. Source: CoreAudio/AudioHardwareBase.h.
// Checked against gcc by LayoutTest (src/test/native/layouts.c restates the struct).
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct AudioObjectPropertyAddress {
 *     AudioObjectPropertySelector mSelector;   // UInt32
 *     AudioObjectPropertyScope    mScope;      // UInt32
 *     AudioObjectPropertyElement  mElement;    // UInt32
 * };
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class AudioObjectPropertyAddress {

    AudioObjectPropertyAddress() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("mSelector"),
        JAVA_INT.withName("mScope"),
        JAVA_INT.withName("mElement")).withName("AudioObjectPropertyAddress");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt mSelector$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mSelector"));

    public static final OfInt mSelector$layout() {
        return mSelector$LAYOUT;
    }

    private static final long mSelector$OFFSET = $LAYOUT.byteOffset(groupElement("mSelector"));

    public static final long mSelector$offset() {
        return mSelector$OFFSET;
    }

    public static int mSelector(MemorySegment struct) {
        return struct.get(mSelector$LAYOUT, mSelector$OFFSET);
    }

    public static void mSelector(MemorySegment struct, int fieldValue) {
        struct.set(mSelector$LAYOUT, mSelector$OFFSET, fieldValue);
    }

    private static final OfInt mScope$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mScope"));

    public static final OfInt mScope$layout() {
        return mScope$LAYOUT;
    }

    private static final long mScope$OFFSET = $LAYOUT.byteOffset(groupElement("mScope"));

    public static final long mScope$offset() {
        return mScope$OFFSET;
    }

    public static int mScope(MemorySegment struct) {
        return struct.get(mScope$LAYOUT, mScope$OFFSET);
    }

    public static void mScope(MemorySegment struct, int fieldValue) {
        struct.set(mScope$LAYOUT, mScope$OFFSET, fieldValue);
    }

    private static final OfInt mElement$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mElement"));

    public static final OfInt mElement$layout() {
        return mElement$LAYOUT;
    }

    private static final long mElement$OFFSET = $LAYOUT.byteOffset(groupElement("mElement"));

    public static final long mElement$offset() {
        return mElement$OFFSET;
    }

    public static int mElement(MemorySegment struct) {
        return struct.get(mElement$LAYOUT, mElement$OFFSET);
    }

    public static void mElement(MemorySegment struct, int fieldValue) {
        struct.set(mElement$LAYOUT, mElement$OFFSET, fieldValue);
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
