// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_fmtdesc).
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
 * struct v4l2_fmtdesc {
 *     __u32 index;
 *     __u32 type;
 *     __u32 flags;
 *     __u8 description[32];
 *     __u32 pixelformat;
 *     __u32 mbus_code;
 *     __u32 reserved[3];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_fmtdesc {

    v4l2_fmtdesc() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_fmtdesc",
        videodev2_h.C_INT.withName("index"),
        videodev2_h.C_INT.withName("type"),
        videodev2_h.C_INT.withName("flags"),
        MemoryLayout.sequenceLayout(32, videodev2_h.C_CHAR).withName("description"),
        videodev2_h.C_INT.withName("pixelformat"),
        videodev2_h.C_INT.withName("mbus_code"),
        MemoryLayout.sequenceLayout(3, videodev2_h.C_INT).withName("reserved"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt index$LAYOUT = (OfInt) $LAYOUT.select(groupElement("index"));

    public static final OfInt index$layout() {
        return index$LAYOUT;
    }

    private static final long index$OFFSET = $LAYOUT.byteOffset(groupElement("index"));

    public static final long index$offset() {
        return index$OFFSET;
    }

    public static int index(MemorySegment struct) {
        return struct.get(index$LAYOUT, index$OFFSET);
    }

    public static void index(MemorySegment struct, int fieldValue) {
        struct.set(index$LAYOUT, index$OFFSET, fieldValue);
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

    private static final OfInt flags$LAYOUT = (OfInt) $LAYOUT.select(groupElement("flags"));

    public static final OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = $LAYOUT.byteOffset(groupElement("flags"));

    public static final long flags$offset() {
        return flags$OFFSET;
    }

    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final SequenceLayout description$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("description"));

    public static final SequenceLayout description$layout() {
        return description$LAYOUT;
    }

    private static final long description$OFFSET = $LAYOUT.byteOffset(groupElement("description"));

    public static final long description$offset() {
        return description$OFFSET;
    }

    public static MemorySegment description(MemorySegment struct) {
        return struct.asSlice(description$OFFSET, description$LAYOUT.byteSize());
    }

    public static void description(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, description$OFFSET, description$LAYOUT.byteSize());
    }

    private static final long[] description$DIMS = { 32 };

    public static long[] description$dimensions() {
        return description$DIMS.clone();
    }

    private static final OfByte description$ELEM = (OfByte) description$LAYOUT.elementLayout();

    public static byte description(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, description$DIMS[0]);
        return struct.get(description$ELEM, description$OFFSET + index0 * description$ELEM.byteSize());
    }

    public static void description(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, description$DIMS[0]);
        struct.set(description$ELEM, description$OFFSET + index0 * description$ELEM.byteSize(), fieldValue);
    }

    private static final OfInt pixelformat$LAYOUT = (OfInt) $LAYOUT.select(groupElement("pixelformat"));

    public static final OfInt pixelformat$layout() {
        return pixelformat$LAYOUT;
    }

    private static final long pixelformat$OFFSET = $LAYOUT.byteOffset(groupElement("pixelformat"));

    public static final long pixelformat$offset() {
        return pixelformat$OFFSET;
    }

    public static int pixelformat(MemorySegment struct) {
        return struct.get(pixelformat$LAYOUT, pixelformat$OFFSET);
    }

    public static void pixelformat(MemorySegment struct, int fieldValue) {
        struct.set(pixelformat$LAYOUT, pixelformat$OFFSET, fieldValue);
    }

    private static final OfInt mbus_code$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mbus_code"));

    public static final OfInt mbus_code$layout() {
        return mbus_code$LAYOUT;
    }

    private static final long mbus_code$OFFSET = $LAYOUT.byteOffset(groupElement("mbus_code"));

    public static final long mbus_code$offset() {
        return mbus_code$OFFSET;
    }

    public static int mbus_code(MemorySegment struct) {
        return struct.get(mbus_code$LAYOUT, mbus_code$OFFSET);
    }

    public static void mbus_code(MemorySegment struct, int fieldValue) {
        struct.set(mbus_code$LAYOUT, mbus_code$OFFSET, fieldValue);
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

    private static final OfInt reserved$ELEM = (OfInt) reserved$LAYOUT.elementLayout();

    public static int reserved(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, reserved$DIMS[0]);
        return struct.get(reserved$ELEM, reserved$OFFSET + index0 * reserved$ELEM.byteSize());
    }

    public static void reserved(MemorySegment struct, long index0, int fieldValue) {
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
