// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct timeval).
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
 * struct timeval {
 *     __time_t tv_sec;
 *     __suseconds_t tv_usec;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class timeval {

    timeval() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("timeval",
        videodev2_h.C_LONG.withName("tv_sec"),
        videodev2_h.C_LONG.withName("tv_usec"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong tv_sec$LAYOUT = (OfLong) $LAYOUT.select(groupElement("tv_sec"));

    public static final OfLong tv_sec$layout() {
        return tv_sec$LAYOUT;
    }

    private static final long tv_sec$OFFSET = $LAYOUT.byteOffset(groupElement("tv_sec"));

    public static final long tv_sec$offset() {
        return tv_sec$OFFSET;
    }

    public static long tv_sec(MemorySegment struct) {
        return struct.get(tv_sec$LAYOUT, tv_sec$OFFSET);
    }

    public static void tv_sec(MemorySegment struct, long fieldValue) {
        struct.set(tv_sec$LAYOUT, tv_sec$OFFSET, fieldValue);
    }

    private static final OfLong tv_usec$LAYOUT = (OfLong) $LAYOUT.select(groupElement("tv_usec"));

    public static final OfLong tv_usec$layout() {
        return tv_usec$LAYOUT;
    }

    private static final long tv_usec$OFFSET = $LAYOUT.byteOffset(groupElement("tv_usec"));

    public static final long tv_usec$offset() {
        return tv_usec$OFFSET;
    }

    public static long tv_usec(MemorySegment struct) {
        return struct.get(tv_usec$LAYOUT, tv_usec$OFFSET);
    }

    public static void tv_usec(MemorySegment struct, long fieldValue) {
        struct.set(tv_usec$LAYOUT, tv_usec$OFFSET, fieldValue);
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
