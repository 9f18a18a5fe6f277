// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_window).
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
 * struct v4l2_window {
 *     struct v4l2_rect w;
 *     __u32 field;
 *     __u32 chromakey;
 *     struct v4l2_clip *clips;
 *     __u32 clipcount;
 *     void *bitmap;
 *     __u8 global_alpha;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_window {

    v4l2_window() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_window",
        v4l2_rect.layout().withName("w"),
        videodev2_h.C_INT.withName("field"),
        videodev2_h.C_INT.withName("chromakey"),
        videodev2_h.C_POINTER.withName("clips"),
        videodev2_h.C_INT.withName("clipcount"),
        videodev2_h.C_POINTER.withName("bitmap"),
        videodev2_h.C_CHAR.withName("global_alpha"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout w$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("w"));

    public static final GroupLayout w$layout() {
        return w$LAYOUT;
    }

    private static final long w$OFFSET = $LAYOUT.byteOffset(groupElement("w"));

    public static final long w$offset() {
        return w$OFFSET;
    }

    public static MemorySegment w(MemorySegment struct) {
        return struct.asSlice(w$OFFSET, w$LAYOUT.byteSize());
    }

    public static void w(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, w$OFFSET, w$LAYOUT.byteSize());
    }

    private static final OfInt field$LAYOUT = (OfInt) $LAYOUT.select(groupElement("field"));

    public static final OfInt field$layout() {
        return field$LAYOUT;
    }

    private static final long field$OFFSET = $LAYOUT.byteOffset(groupElement("field"));

    public static final long field$offset() {
        return field$OFFSET;
    }

    public static int field(MemorySegment struct) {
        return struct.get(field$LAYOUT, field$OFFSET);
    }

    public static void field(MemorySegment struct, int fieldValue) {
        struct.set(field$LAYOUT, field$OFFSET, fieldValue);
    }

    private static final OfInt chromakey$LAYOUT = (OfInt) $LAYOUT.select(groupElement("chromakey"));

    public static final OfInt chromakey$layout() {
        return chromakey$LAYOUT;
    }

    private static final long chromakey$OFFSET = $LAYOUT.byteOffset(groupElement("chromakey"));

    public static final long chromakey$offset() {
        return chromakey$OFFSET;
    }

    public static int chromakey(MemorySegment struct) {
        return struct.get(chromakey$LAYOUT, chromakey$OFFSET);
    }

    public static void chromakey(MemorySegment struct, int fieldValue) {
        struct.set(chromakey$LAYOUT, chromakey$OFFSET, fieldValue);
    }

    private static final AddressLayout clips$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("clips"));

    public static final AddressLayout clips$layout() {
        return clips$LAYOUT;
    }

    private static final long clips$OFFSET = $LAYOUT.byteOffset(groupElement("clips"));

    public static final long clips$offset() {
        return clips$OFFSET;
    }

    public static MemorySegment clips(MemorySegment struct) {
        return struct.get(clips$LAYOUT, clips$OFFSET);
    }

    public static void clips(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(clips$LAYOUT, clips$OFFSET, fieldValue);
    }

    private static final OfInt clipcount$LAYOUT = (OfInt) $LAYOUT.select(groupElement("clipcount"));

    public static final OfInt clipcount$layout() {
        return clipcount$LAYOUT;
    }

    private static final long clipcount$OFFSET = $LAYOUT.byteOffset(groupElement("clipcount"));

    public static final long clipcount$offset() {
        return clipcount$OFFSET;
    }

    public static int clipcount(MemorySegment struct) {
        return struct.get(clipcount$LAYOUT, clipcount$OFFSET);
    }

    public static void clipcount(MemorySegment struct, int fieldValue) {
        struct.set(clipcount$LAYOUT, clipcount$OFFSET, fieldValue);
    }

    private static final AddressLayout bitmap$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("bitmap"));

    public static final AddressLayout bitmap$layout() {
        return bitmap$LAYOUT;
    }

    private static final long bitmap$OFFSET = $LAYOUT.byteOffset(groupElement("bitmap"));

    public static final long bitmap$offset() {
        return bitmap$OFFSET;
    }

    public static MemorySegment bitmap(MemorySegment struct) {
        return struct.get(bitmap$LAYOUT, bitmap$OFFSET);
    }

    public static void bitmap(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(bitmap$LAYOUT, bitmap$OFFSET, fieldValue);
    }

    private static final OfByte global_alpha$LAYOUT = (OfByte) $LAYOUT.select(groupElement("global_alpha"));

    public static final OfByte global_alpha$layout() {
        return global_alpha$LAYOUT;
    }

    private static final long global_alpha$OFFSET = $LAYOUT.byteOffset(groupElement("global_alpha"));

    public static final long global_alpha$offset() {
        return global_alpha$OFFSET;
    }

    public static byte global_alpha(MemorySegment struct) {
        return struct.get(global_alpha$LAYOUT, global_alpha$OFFSET);
    }

    public static void global_alpha(MemorySegment struct, byte fieldValue) {
        struct.set(global_alpha$LAYOUT, global_alpha$OFFSET, fieldValue);
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
