// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_event_ctrl).
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
 * struct v4l2_event_ctrl {
 *     __u32 changes;
 *     __u32 type;
 *     union {
 *         __s32 value;
 *         __s64 value64;
 *     };
 *     __u32 flags;
 *     __s32 minimum;
 *     __s32 maximum;
 *     __s32 step;
 *     __s32 default_value;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_event_ctrl {

    v4l2_event_ctrl() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_event_ctrl",
        videodev2_h.C_INT.withName("changes"),
        videodev2_h.C_INT.withName("type"),
        CLayouts.union("$anon$0",
            videodev2_h.C_INT.withName("value"),
            videodev2_h.C_LONG_LONG.withName("value64")),
        videodev2_h.C_INT.withName("flags"),
        videodev2_h.C_INT.withName("minimum"),
        videodev2_h.C_INT.withName("maximum"),
        videodev2_h.C_INT.withName("step"),
        videodev2_h.C_INT.withName("default_value"));

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

    private static final OfInt value$LAYOUT = (OfInt) $LAYOUT.select(groupElement("$anon$0"), groupElement("value"));

    public static final OfInt value$layout() {
        return value$LAYOUT;
    }

    private static final long value$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("value"));

    public static final long value$offset() {
        return value$OFFSET;
    }

    public static int value(MemorySegment struct) {
        return struct.get(value$LAYOUT, value$OFFSET);
    }

    public static void value(MemorySegment struct, int fieldValue) {
        struct.set(value$LAYOUT, value$OFFSET, fieldValue);
    }

    private static final OfLong value64$LAYOUT = (OfLong) $LAYOUT.select(groupElement("$anon$0"), groupElement("value64"));

    public static final OfLong value64$layout() {
        return value64$LAYOUT;
    }

    private static final long value64$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("value64"));

    public static final long value64$offset() {
        return value64$OFFSET;
    }

    public static long value64(MemorySegment struct) {
        return struct.get(value64$LAYOUT, value64$OFFSET);
    }

    public static void value64(MemorySegment struct, long fieldValue) {
        struct.set(value64$LAYOUT, value64$OFFSET, fieldValue);
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
