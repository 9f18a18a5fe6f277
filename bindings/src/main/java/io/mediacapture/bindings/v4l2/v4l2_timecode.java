// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_timecode).
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
 * struct v4l2_timecode {
 *     __u32 type;
 *     __u32 flags;
 *     __u8 frames;
 *     __u8 seconds;
 *     __u8 minutes;
 *     __u8 hours;
 *     __u8 userbits[4];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_timecode {

    v4l2_timecode() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_timecode",
        videodev2_h.C_INT.withName("type"),
        videodev2_h.C_INT.withName("flags"),
        videodev2_h.C_CHAR.withName("frames"),
        videodev2_h.C_CHAR.withName("seconds"),
        videodev2_h.C_CHAR.withName("minutes"),
        videodev2_h.C_CHAR.withName("hours"),
        MemoryLayout.sequenceLayout(4, videodev2_h.C_CHAR).withName("userbits"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
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

    private static final OfByte frames$LAYOUT = (OfByte) $LAYOUT.select(groupElement("frames"));

    public static final OfByte frames$layout() {
        return frames$LAYOUT;
    }

    private static final long frames$OFFSET = $LAYOUT.byteOffset(groupElement("frames"));

    public static final long frames$offset() {
        return frames$OFFSET;
    }

    public static byte frames(MemorySegment struct) {
        return struct.get(frames$LAYOUT, frames$OFFSET);
    }

    public static void frames(MemorySegment struct, byte fieldValue) {
        struct.set(frames$LAYOUT, frames$OFFSET, fieldValue);
    }

    private static final OfByte seconds$LAYOUT = (OfByte) $LAYOUT.select(groupElement("seconds"));

    public static final OfByte seconds$layout() {
        return seconds$LAYOUT;
    }

    private static final long seconds$OFFSET = $LAYOUT.byteOffset(groupElement("seconds"));

    public static final long seconds$offset() {
        return seconds$OFFSET;
    }

    public static byte seconds(MemorySegment struct) {
        return struct.get(seconds$LAYOUT, seconds$OFFSET);
    }

    public static void seconds(MemorySegment struct, byte fieldValue) {
        struct.set(seconds$LAYOUT, seconds$OFFSET, fieldValue);
    }

    private static final OfByte minutes$LAYOUT = (OfByte) $LAYOUT.select(groupElement("minutes"));

    public static final OfByte minutes$layout() {
        return minutes$LAYOUT;
    }

    private static final long minutes$OFFSET = $LAYOUT.byteOffset(groupElement("minutes"));

    public static final long minutes$offset() {
        return minutes$OFFSET;
    }

    public static byte minutes(MemorySegment struct) {
        return struct.get(minutes$LAYOUT, minutes$OFFSET);
    }

    public static void minutes(MemorySegment struct, byte fieldValue) {
        struct.set(minutes$LAYOUT, minutes$OFFSET, fieldValue);
    }

    private static final OfByte hours$LAYOUT = (OfByte) $LAYOUT.select(groupElement("hours"));

    public static final OfByte hours$layout() {
        return hours$LAYOUT;
    }

    private static final long hours$OFFSET = $LAYOUT.byteOffset(groupElement("hours"));

    public static final long hours$offset() {
        return hours$OFFSET;
    }

    public static byte hours(MemorySegment struct) {
        return struct.get(hours$LAYOUT, hours$OFFSET);
    }

    public static void hours(MemorySegment struct, byte fieldValue) {
        struct.set(hours$LAYOUT, hours$OFFSET, fieldValue);
    }

    private static final SequenceLayout userbits$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("userbits"));

    public static final SequenceLayout userbits$layout() {
        return userbits$LAYOUT;
    }

    private static final long userbits$OFFSET = $LAYOUT.byteOffset(groupElement("userbits"));

    public static final long userbits$offset() {
        return userbits$OFFSET;
    }

    public static MemorySegment userbits(MemorySegment struct) {
        return struct.asSlice(userbits$OFFSET, userbits$LAYOUT.byteSize());
    }

    public static void userbits(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, userbits$OFFSET, userbits$LAYOUT.byteSize());
    }

    private static final long[] userbits$DIMS = { 4 };

    public static long[] userbits$dimensions() {
        return userbits$DIMS.clone();
    }

    private static final OfByte userbits$ELEM = (OfByte) userbits$LAYOUT.elementLayout();

    public static byte userbits(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, userbits$DIMS[0]);
        return struct.get(userbits$ELEM, userbits$OFFSET + index0 * userbits$ELEM.byteSize());
    }

    public static void userbits(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, userbits$DIMS[0]);
        struct.set(userbits$ELEM, userbits$OFFSET + index0 * userbits$ELEM.byteSize(), fieldValue);
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
