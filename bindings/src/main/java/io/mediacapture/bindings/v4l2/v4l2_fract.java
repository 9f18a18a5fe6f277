// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_fract).
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
 * struct v4l2_fract {
 *     __u32 numerator;
 *     __u32 denominator;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_fract {

    v4l2_fract() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_fract",
        videodev2_h.C_INT.withName("numerator"),
        videodev2_h.C_INT.withName("denominator"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt numerator$LAYOUT = (OfInt) $LAYOUT.select(groupElement("numerator"));

    public static final OfInt numerator$layout() {
        return numerator$LAYOUT;
    }

    private static final long numerator$OFFSET = $LAYOUT.byteOffset(groupElement("numerator"));

    public static final long numerator$offset() {
        return numerator$OFFSET;
    }

    public static int numerator(MemorySegment struct) {
        return struct.get(numerator$LAYOUT, numerator$OFFSET);
    }

    public static void numerator(MemorySegment struct, int fieldValue) {
        struct.set(numerator$LAYOUT, numerator$OFFSET, fieldValue);
    }

    private static final OfInt denominator$LAYOUT = (OfInt) $LAYOUT.select(groupElement("denominator"));

    public static final OfInt denominator$layout() {
        return denominator$LAYOUT;
    }

    private static final long denominator$OFFSET = $LAYOUT.byteOffset(groupElement("denominator"));

    public static final long denominator$offset() {
        return denominator$OFFSET;
    }

    public static int denominator(MemorySegment struct) {
        return struct.get(denominator$LAYOUT, denominator$OFFSET);
    }

    public static void denominator(MemorySegment struct, int fieldValue) {
        struct.set(denominator$LAYOUT, denominator$OFFSET, fieldValue);
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
