// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_frmivalenum).
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
 * struct v4l2_frmivalenum {
 *     __u32 index;
 *     __u32 pixel_format;
 *     __u32 width;
 *     __u32 height;
 *     __u32 type;
 *     union {
 *         struct v4l2_fract discrete;
 *         struct v4l2_frmival_stepwise stepwise;
 *     };
 *     __u32 reserved[2];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_frmivalenum {

    v4l2_frmivalenum() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_frmivalenum",
        videodev2_h.C_INT.withName("index"),
        videodev2_h.C_INT.withName("pixel_format"),
        videodev2_h.C_INT.withName("width"),
        videodev2_h.C_INT.withName("height"),
        videodev2_h.C_INT.withName("type"),
        CLayouts.union("$anon$0",
            v4l2_fract.layout().withName("discrete"),
            v4l2_frmival_stepwise.layout().withName("stepwise")),
        MemoryLayout.sequenceLayout(2, videodev2_h.C_INT).withName("reserved"));

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

    private static final OfInt pixel_format$LAYOUT = (OfInt) $LAYOUT.select(groupElement("pixel_format"));

    public static final OfInt pixel_format$layout() {
        return pixel_format$LAYOUT;
    }

    private static final long pixel_format$OFFSET = $LAYOUT.byteOffset(groupElement("pixel_format"));

    public static final long pixel_format$offset() {
        return pixel_format$OFFSET;
    }

    public static int pixel_format(MemorySegment struct) {
        return struct.get(pixel_format$LAYOUT, pixel_format$OFFSET);
    }

    public static void pixel_format(MemorySegment struct, int fieldValue) {
        struct.set(pixel_format$LAYOUT, pixel_format$OFFSET, fieldValue);
    }

    private static final OfInt width$LAYOUT = (OfInt) $LAYOUT.select(groupElement("width"));

    public static final OfInt width$layout() {
        return width$LAYOUT;
    }

    private static final long width$OFFSET = $LAYOUT.byteOffset(groupElement("width"));

    public static final long width$offset() {
        return width$OFFSET;
    }

    public static int width(MemorySegment struct) {
        return struct.get(width$LAYOUT, width$OFFSET);
    }

    public static void width(MemorySegment struct, int fieldValue) {
        struct.set(width$LAYOUT, width$OFFSET, fieldValue);
    }

    private static final OfInt height$LAYOUT = (OfInt) $LAYOUT.select(groupElement("height"));

    public static final OfInt height$layout() {
        return height$LAYOUT;
    }

    private static final long height$OFFSET = $LAYOUT.byteOffset(groupElement("height"));

    public static final long height$offset() {
        return height$OFFSET;
    }

    public static int height(MemorySegment struct) {
        return struct.get(height$LAYOUT, height$OFFSET);
    }

    public static void height(MemorySegment struct, int fieldValue) {
        struct.set(height$LAYOUT, height$OFFSET, fieldValue);
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

    private static final GroupLayout discrete$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("$anon$0"), groupElement("discrete"));

    public static final GroupLayout discrete$layout() {
        return discrete$LAYOUT;
    }

    private static final long discrete$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("discrete"));

    public static final long discrete$offset() {
        return discrete$OFFSET;
    }

    public static MemorySegment discrete(MemorySegment struct) {
        return struct.asSlice(discrete$OFFSET, discrete$LAYOUT.byteSize());
    }

    public static void discrete(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, discrete$OFFSET, discrete$LAYOUT.byteSize());
    }

    private static final GroupLayout stepwise$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("$anon$0"), groupElement("stepwise"));

    public static final GroupLayout stepwise$layout() {
        return stepwise$LAYOUT;
    }

    private static final long stepwise$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("stepwise"));

    public static final long stepwise$offset() {
        return stepwise$OFFSET;
    }

    public static MemorySegment stepwise(MemorySegment struct) {
        return struct.asSlice(stepwise$OFFSET, stepwise$LAYOUT.byteSize());
    }

    public static void stepwise(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, stepwise$OFFSET, stepwise$LAYOUT.byteSize());
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
