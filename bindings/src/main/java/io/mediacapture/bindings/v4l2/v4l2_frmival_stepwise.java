// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_frmival_stepwise).
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
 * struct v4l2_frmival_stepwise {
 *     struct v4l2_fract min;
 *     struct v4l2_fract max;
 *     struct v4l2_fract step;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_frmival_stepwise {

    v4l2_frmival_stepwise() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_frmival_stepwise",
        v4l2_fract.layout().withName("min"),
        v4l2_fract.layout().withName("max"),
        v4l2_fract.layout().withName("step"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout min$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("min"));

    public static final GroupLayout min$layout() {
        return min$LAYOUT;
    }

    private static final long min$OFFSET = $LAYOUT.byteOffset(groupElement("min"));

    public static final long min$offset() {
        return min$OFFSET;
    }

    public static MemorySegment min(MemorySegment struct) {
        return struct.asSlice(min$OFFSET, min$LAYOUT.byteSize());
    }

    public static void min(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, min$OFFSET, min$LAYOUT.byteSize());
    }

    private static final GroupLayout max$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("max"));

    public static final GroupLayout max$layout() {
        return max$LAYOUT;
    }

    private static final long max$OFFSET = $LAYOUT.byteOffset(groupElement("max"));

    public static final long max$offset() {
        return max$OFFSET;
    }

    public static MemorySegment max(MemorySegment struct) {
        return struct.asSlice(max$OFFSET, max$LAYOUT.byteSize());
    }

    public static void max(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, max$OFFSET, max$LAYOUT.byteSize());
    }

    private static final GroupLayout step$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("step"));

    public static final GroupLayout step$layout() {
        return step$LAYOUT;
    }

    private static final long step$OFFSET = $LAYOUT.byteOffset(groupElement("step"));

    public static final long step$offset() {
        return step$OFFSET;
    }

    public static MemorySegment step(MemorySegment struct) {
        return struct.asSlice(step$OFFSET, step$LAYOUT.byteSize());
    }

    public static void step(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, step$OFFSET, step$LAYOUT.byteSize());
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
