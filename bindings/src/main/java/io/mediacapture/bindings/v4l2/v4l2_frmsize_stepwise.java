// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_frmsize_stepwise).
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
 * struct v4l2_frmsize_stepwise {
 *     __u32 min_width, max_width, step_width;
 *     __u32 min_height, max_height, step_height;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_frmsize_stepwise {

    v4l2_frmsize_stepwise() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_frmsize_stepwise",
        videodev2_h.C_INT.withName("min_width"),
        videodev2_h.C_INT.withName("max_width"),
        videodev2_h.C_INT.withName("step_width"),
        videodev2_h.C_INT.withName("min_height"),
        videodev2_h.C_INT.withName("max_height"),
        videodev2_h.C_INT.withName("step_height"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt min_width$LAYOUT = (OfInt) $LAYOUT.select(groupElement("min_width"));

    public static final OfInt min_width$layout() {
        return min_width$LAYOUT;
    }

    private static final long min_width$OFFSET = $LAYOUT.byteOffset(groupElement("min_width"));

    public static final long min_width$offset() {
        return min_width$OFFSET;
    }

    public static int min_width(MemorySegment struct) {
        return struct.get(min_width$LAYOUT, min_width$OFFSET);
    }

    public static void min_width(MemorySegment struct, int fieldValue) {
        struct.set(min_width$LAYOUT, min_width$OFFSET, fieldValue);
    }

    private static final OfInt max_width$LAYOUT = (OfInt) $LAYOUT.select(groupElement("max_width"));

    public static final OfInt max_width$layout() {
        return max_width$LAYOUT;
    }

    private static final long max_width$OFFSET = $LAYOUT.byteOffset(groupElement("max_width"));

    public static final long max_width$offset() {
        return max_width$OFFSET;
    }

    public static int max_width(MemorySegment struct) {
        return struct.get(max_width$LAYOUT, max_width$OFFSET);
    }

    public static void max_width(MemorySegment struct, int fieldValue) {
        struct.set(max_width$LAYOUT, max_width$OFFSET, fieldValue);
    }

    private static final OfInt step_width$LAYOUT = (OfInt) $LAYOUT.select(groupElement("step_width"));

    public static final OfInt step_width$layout() {
        return step_width$LAYOUT;
    }

    private static final long step_width$OFFSET = $LAYOUT.byteOffset(groupElement("step_width"));

    public static final long step_width$offset() {
        return step_width$OFFSET;
    }

    public static int step_width(MemorySegment struct) {
        return struct.get(step_width$LAYOUT, step_width$OFFSET);
    }

    public static void step_width(MemorySegment struct, int fieldValue) {
        struct.set(step_width$LAYOUT, step_width$OFFSET, fieldValue);
    }

    private static final OfInt min_height$LAYOUT = (OfInt) $LAYOUT.select(groupElement("min_height"));

    public static final OfInt min_height$layout() {
        return min_height$LAYOUT;
    }

    private static final long min_height$OFFSET = $LAYOUT.byteOffset(groupElement("min_height"));

    public static final long min_height$offset() {
        return min_height$OFFSET;
    }

    public static int min_height(MemorySegment struct) {
        return struct.get(min_height$LAYOUT, min_height$OFFSET);
    }

    public static void min_height(MemorySegment struct, int fieldValue) {
        struct.set(min_height$LAYOUT, min_height$OFFSET, fieldValue);
    }

    private static final OfInt max_height$LAYOUT = (OfInt) $LAYOUT.select(groupElement("max_height"));

    public static final OfInt max_height$layout() {
        return max_height$LAYOUT;
    }

    private static final long max_height$OFFSET = $LAYOUT.byteOffset(groupElement("max_height"));

    public static final long max_height$offset() {
        return max_height$OFFSET;
    }

    public static int max_height(MemorySegment struct) {
        return struct.get(max_height$LAYOUT, max_height$OFFSET);
    }

    public static void max_height(MemorySegment struct, int fieldValue) {
        struct.set(max_height$LAYOUT, max_height$OFFSET, fieldValue);
    }

    private static final OfInt step_height$LAYOUT = (OfInt) $LAYOUT.select(groupElement("step_height"));

    public static final OfInt step_height$layout() {
        return step_height$LAYOUT;
    }

    private static final long step_height$OFFSET = $LAYOUT.byteOffset(groupElement("step_height"));

    public static final long step_height$offset() {
        return step_height$OFFSET;
    }

    public static int step_height(MemorySegment struct) {
        return struct.get(step_height$LAYOUT, step_height$OFFSET);
    }

    public static void step_height(MemorySegment struct, int fieldValue) {
        struct.set(step_height$LAYOUT, step_height$OFFSET, fieldValue);
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
