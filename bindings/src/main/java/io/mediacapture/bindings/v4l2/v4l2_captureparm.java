// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_captureparm).
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
 * struct v4l2_captureparm {
 *     __u32 capability;
 *     __u32 capturemode;
 *     struct v4l2_fract timeperframe;
 *     __u32 extendedmode;
 *     __u32 readbuffers;
 *     __u32 reserved[4];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_captureparm {

    v4l2_captureparm() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_captureparm",
        videodev2_h.C_INT.withName("capability"),
        videodev2_h.C_INT.withName("capturemode"),
        v4l2_fract.layout().withName("timeperframe"),
        videodev2_h.C_INT.withName("extendedmode"),
        videodev2_h.C_INT.withName("readbuffers"),
        MemoryLayout.sequenceLayout(4, videodev2_h.C_INT).withName("reserved"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt capability$LAYOUT = (OfInt) $LAYOUT.select(groupElement("capability"));

    public static final OfInt capability$layout() {
        return capability$LAYOUT;
    }

    private static final long capability$OFFSET = $LAYOUT.byteOffset(groupElement("capability"));

    public static final long capability$offset() {
        return capability$OFFSET;
    }

    public static int capability(MemorySegment struct) {
        return struct.get(capability$LAYOUT, capability$OFFSET);
    }

    public static void capability(MemorySegment struct, int fieldValue) {
        struct.set(capability$LAYOUT, capability$OFFSET, fieldValue);
    }

    private static final OfInt capturemode$LAYOUT = (OfInt) $LAYOUT.select(groupElement("capturemode"));

    public static final OfInt capturemode$layout() {
        return capturemode$LAYOUT;
    }

    private static final long capturemode$OFFSET = $LAYOUT.byteOffset(groupElement("capturemode"));

    public static final long capturemode$offset() {
        return capturemode$OFFSET;
    }

    public static int capturemode(MemorySegment struct) {
        return struct.get(capturemode$LAYOUT, capturemode$OFFSET);
    }

    public static void capturemode(MemorySegment struct, int fieldValue) {
        struct.set(capturemode$LAYOUT, capturemode$OFFSET, fieldValue);
    }

    private static final GroupLayout timeperframe$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("timeperframe"));

    public static final GroupLayout timeperframe$layout() {
        return timeperframe$LAYOUT;
    }

    private static final long timeperframe$OFFSET = $LAYOUT.byteOffset(groupElement("timeperframe"));

    public static final long timeperframe$offset() {
        return timeperframe$OFFSET;
    }

    public static MemorySegment timeperframe(MemorySegment struct) {
        return struct.asSlice(timeperframe$OFFSET, timeperframe$LAYOUT.byteSize());
    }

    public static void timeperframe(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, timeperframe$OFFSET, timeperframe$LAYOUT.byteSize());
    }

    private static final OfInt extendedmode$LAYOUT = (OfInt) $LAYOUT.select(groupElement("extendedmode"));

    public static final OfInt extendedmode$layout() {
        return extendedmode$LAYOUT;
    }

    private static final long extendedmode$OFFSET = $LAYOUT.byteOffset(groupElement("extendedmode"));

    public static final long extendedmode$offset() {
        return extendedmode$OFFSET;
    }

    public static int extendedmode(MemorySegment struct) {
        return struct.get(extendedmode$LAYOUT, extendedmode$OFFSET);
    }

    public static void extendedmode(MemorySegment struct, int fieldValue) {
        struct.set(extendedmode$LAYOUT, extendedmode$OFFSET, fieldValue);
    }

    private static final OfInt readbuffers$LAYOUT = (OfInt) $LAYOUT.select(groupElement("readbuffers"));

    public static final OfInt readbuffers$layout() {
        return readbuffers$LAYOUT;
    }

    private static final long readbuffers$OFFSET = $LAYOUT.byteOffset(groupElement("readbuffers"));

    public static final long readbuffers$offset() {
        return readbuffers$OFFSET;
    }

    public static int readbuffers(MemorySegment struct) {
        return struct.get(readbuffers$LAYOUT, readbuffers$OFFSET);
    }

    public static void readbuffers(MemorySegment struct, int fieldValue) {
        struct.set(readbuffers$LAYOUT, readbuffers$OFFSET, fieldValue);
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

    private static final long[] reserved$DIMS = { 4 };

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
