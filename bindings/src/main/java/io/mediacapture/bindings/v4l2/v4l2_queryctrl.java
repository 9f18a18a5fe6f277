// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_queryctrl).
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
 * struct v4l2_queryctrl {
 *     __u32 id;
 *     __u32 type;
 *     __u8 name[32];
 *     __s32 minimum;
 *     __s32 maximum;
 *     __s32 step;
 *     __s32 default_value;
 *     __u32 flags;
 *     __u32 reserved[2];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_queryctrl {

    v4l2_queryctrl() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_queryctrl",
        videodev2_h.C_INT.withName("id"),
        videodev2_h.C_INT.withName("type"),
        MemoryLayout.sequenceLayout(32, videodev2_h.C_CHAR).withName("name"),
        videodev2_h.C_INT.withName("minimum"),
        videodev2_h.C_INT.withName("maximum"),
        videodev2_h.C_INT.withName("step"),
        videodev2_h.C_INT.withName("default_value"),
        videodev2_h.C_INT.withName("flags"),
        MemoryLayout.sequenceLayout(2, videodev2_h.C_INT).withName("reserved"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt id$LAYOUT = (OfInt) $LAYOUT.select(groupElement("id"));

    public static final OfInt id$layout() {
        return id$LAYOUT;
    }

    private static final long id$OFFSET = $LAYOUT.byteOffset(groupElement("id"));

    public static final long id$offset() {
        return id$OFFSET;
    }

    public static int id(MemorySegment struct) {
        return struct.get(id$LAYOUT, id$OFFSET);
    }

    public static void id(MemorySegment struct, int fieldValue) {
        struct.set(id$LAYOUT, id$OFFSET, fieldValue);
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

    private static final SequenceLayout name$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("name"));

    public static final SequenceLayout name$layout() {
        return name$LAYOUT;
    }

    private static final long name$OFFSET = $LAYOUT.byteOffset(groupElement("name"));

    public static final long name$offset() {
        return name$OFFSET;
    }

    public static MemorySegment name(MemorySegment struct) {
        return struct.asSlice(name$OFFSET, name$LAYOUT.byteSize());
    }

    public static void name(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, name$OFFSET, name$LAYOUT.byteSize());
    }

    private static final long[] name$DIMS = { 32 };

    public static long[] name$dimensions() {
        return name$DIMS.clone();
    }

    private static final OfByte name$ELEM = (OfByte) name$LAYOUT.elementLayout();

    public static byte name(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, name$DIMS[0]);
        return struct.get(name$ELEM, name$OFFSET + index0 * name$ELEM.byteSize());
    }

    public static void name(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, name$DIMS[0]);
        struct.set(name$ELEM, name$OFFSET + index0 * name$ELEM.byteSize(), fieldValue);
    }

    private static final OfInt minimum$LAYOUT = (OfInt) $LAYOUT.select(groupElement("minimum"));

    public static final OfInt minimum$layout() {
        return minimum$LAYOUT;
    }

    private static final long minimum$OFFSET = $LAYOUT.byteOffset(groupElement("minimum"));

    public static final long minimum$offset() {
        return minimum$OFFSET;
    }

    public static int minimum(MemorySegment struct) {
        return struct.get(minimum$LAYOUT, minimum$OFFSET);
    }

    public static void minimum(MemorySegment struct, int fieldValue) {
        struct.set(minimum$LAYOUT, minimum$OFFSET, fieldValue);
    }

    private static final OfInt maximum$LAYOUT = (OfInt) $LAYOUT.select(groupElement("maximum"));

    public static final OfInt maximum$layout() {
        return maximum$LAYOUT;
    }

    private static final long maximum$OFFSET = $LAYOUT.byteOffset(groupElement("maximum"));

    public static final long maximum$offset() {
        return maximum$OFFSET;
    }

    public static int maximum(MemorySegment struct) {
        return struct.get(maximum$LAYOUT, maximum$OFFSET);
    }

    public static void maximum(MemorySegment struct, int fieldValue) {
        struct.set(maximum$LAYOUT, maximum$OFFSET, fieldValue);
    }

    private static final OfInt step$LAYOUT = (OfInt) $LAYOUT.select(groupElement("step"));

    public static final OfInt step$layout() {
        return step$LAYOUT;
    }

    private static final long step$OFFSET = $LAYOUT.byteOffset(groupElement("step"));

    public static final long step$offset() {
        return step$OFFSET;
    }

    public static int step(MemorySegment struct) {
        return struct.get(step$LAYOUT, step$OFFSET);
    }

    public static void step(MemorySegment struct, int fieldValue) {
        struct.set(step$LAYOUT, step$OFFSET, fieldValue);
    }

    private static final OfInt default_value$LAYOUT = (OfInt) $LAYOUT.select(groupElement("default_value"));

    public static final OfInt default_value$layout() {
        return default_value$LAYOUT;
    }

    private static final long default_value$OFFSET = $LAYOUT.byteOffset(groupElement("default_value"));

    public static final long default_value$offset() {
        return default_value$OFFSET;
    }

    public static int default_value(MemorySegment struct) {
        return struct.get(default_value$LAYOUT, default_value$OFFSET);
    }

    public static void default_value(MemorySegment struct, int fieldValue) {
        struct.set(default_value$LAYOUT, default_value$OFFSET, fieldValue);
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

    private static final long[] reserved$DIMS = { 2 };

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
