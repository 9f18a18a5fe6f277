// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_event_src_change).
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
 * struct v4l2_event_src_change {
 *     __u32 changes;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_event_src_change {

    v4l2_event_src_change() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_event_src_change",
        videodev2_h.C_INT.withName("changes"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt changes$LAYOUT = (OfInt) $LAYOUT.select(groupElement("changes"));

    public static final OfInt changes$layout() {
        return changes$LAYOUT;
    }

    private static final long changes$OFFSET = $LAYOUT.byteOffset(groupElement("changes"));

    public static final long changes$offset() {
        return changes$OFFSET;
    }

    public static int changes(MemorySegment struct) {
        return struct.get(changes$LAYOUT, changes$OFFSET);
    }

    public static void changes(MemorySegment struct, int fieldValue) {
        struct.set(changes$LAYOUT, changes$OFFSET, fieldValue);
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
