// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_requestbuffers).
package io.mediacapture.bindings.v4l2;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

import io.mediacapture.bindings.libc.inline.CLayouts;

/**
 * {@snippet lang=c :
 * struct v4l2_requestbuffers {
 *     __u32 count;
 *     __u32 type;
 *     __u32 memory;
 *     __u32 capabilities;
 *     __u8 flags;
 *     __u8 reserved[3];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_requestbuffers {

    v4l2_requestbuffers() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_requestbuffers",
        videodev2_h.C_INT.withName("count"),
        videodev2_h.C_INT.withName("type"),
        videodev2_h.C_INT.withName("memory"),
        videodev2_h.C_INT.withName("capabilities"),
        videodev2_h.C_CHAR.withName("flags"),
        MemoryLayout.sequenceLayout(3, videodev2_h.C_CHAR).withName("reserved"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt count$LAYOUT = (OfInt) $LAYOUT.select(groupElement("count"));

    public static final OfInt count$layout() {
        return count$LAYOUT;
    }

    private static final long count$OFFSET = $LAYOUT.byteOffset(groupElement("count"));

    public static final long count$offset() {
        return count$OFFSET;
    }

    public static int count(MemorySegment struct) {
        return struct.get(count$LAYOUT, count$OFFSET);
    }

    public static void count(MemorySegment struct, int fieldValue) {
        struct.set(count$LAYOUT, count$OFFSET, fieldValue);
    }

    private static final OfInt type$LAYOUT = (OfInt) $LAYOUT.select(groupElement("type"));

    public static final OfInt type$layout() {
        return type$LAYOUT;
    }

    private static final long type$OFFSET = $LAYOUT.byteOffset(groupElement("type"));

    public static final long type$offset() {
        return type$OFFSET;
    }

    public static int type(MemorySegment struct) {
        return struct.get(type$LAYOUT, type$OFFSET);
    }

    public static void type(MemorySegment struct, int fieldValue) {
        struct.set(type$LAYOUT, type$OFFSET, fieldValue);
    }

    private static final OfInt memory$LAYOUT = (OfInt) $LAYOUT.select(groupElement("memory"));

    public static final OfInt memory$layout() {
        return memory$LAYOUT;
    }

    private static final long memory$OFFSET = $LAYOUT.byteOffset(groupElement("memory"));

    public static final long memory$offset() {
        return memory$OFFSET;
    }

    public static int memory(MemorySegment struct) {
        return struct.get(memory$LAYOUT, memory$OFFSET);
    }

    public static void memory(MemorySegment struct, int fieldValue) {
        struct.set(memory$LAYOUT, memory$OFFSET, fieldValue);
    }

    private static final OfInt capabilities$LAYOUT = (OfInt) $LAYOUT.select(groupElement("capabilities"));

    public static final OfInt capabilities$layout() {
        return capabilities$LAYOUT;
    }

    private static final long capabilities$OFFSET = $LAYOUT.byteOffset(groupElement("capabilities"));

    public static final long capabilities$offset() {
        return capabilities$OFFSET;
    }

    public static int capabilities(MemorySegment struct) {
        return struct.get(capabilities$LAYOUT, capabilities$OFFSET);
    }

    public static void capabilities(MemorySegment struct, int fieldValue) {
        struct.set(capabilities$LAYOUT, capabilities$OFFSET, fieldValue);
    }

    private static final OfByte flags$LAYOUT = (OfByte) $LAYOUT.select(groupElement("flags"));

    public static final OfByte flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = $LAYOUT.byteOffset(groupElement("flags"));

    public static final long flags$offset() {
        return flags$OFFSET;
    }

    public static byte flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    public static void flags(MemorySegment struct, byte fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final SequenceLayout reserved$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("reserved"));

    public static final SequenceLayout reserved$layout() {
        return reserved$LAYOUT;
    }

    private static final long reserved$OFFSET = $LAYOUT.byteOffset(groupElement("reserved"));

    public static final long reserved$offset() {
        return reserved$OFFSET;
    }

    public static MemorySegment reserved(MemorySegment struct) {
        return struct.asSlice(reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    public static void reserved(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    private static final long[] reserved$DIMS = { 3 };

    public static long[] reserved$dimensions() {
        return reserved$DIMS.clone();
    }

    private static final OfByte reserved$ELEM = (OfByte) reserved$LAYOUT.elementLayout();

    public static byte reserved(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, reserved$DIMS[0]);
        return struct.get(reserved$ELEM, reserved$OFFSET + index0 * reserved$ELEM.byteSize());
    }

    public static void reserved(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, reserved$DIMS[0]);
        struct.set(reserved$ELEM, reserved$OFFSET + index0 * reserved$ELEM.byteSize(), fieldValue);
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
