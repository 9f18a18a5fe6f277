// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_streamparm).
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
 * struct v4l2_streamparm {
 *     __u32 type;
 *     union {
 *         struct v4l2_captureparm capture;
 *         // output: not bound
 *         __u8 raw_data[200];
 *     } parm;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_streamparm {

    v4l2_streamparm() {
        // static members only
    }

    /** The {@code parm} member union. */
    public static class parm {

        parm() {
            // static members only
        }

        private static final GroupLayout $LAYOUT = CLayouts.union("parm",
            v4l2_captureparm.layout().withName("capture"),
            MemoryLayout.sequenceLayout(200, videodev2_h.C_CHAR).withName("raw_data"));

        /** The layout of this union. */
        public static final GroupLayout layout() {
            return $LAYOUT;
        }

        private static final GroupLayout capture$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("capture"));

        public static final GroupLayout capture$layout() {
            return capture$LAYOUT;
        }

        private static final long capture$OFFSET = $LAYOUT.byteOffset(groupElement("capture"));

        public static final long capture$offset() {
            return capture$OFFSET;
        }

        public static MemorySegment capture(MemorySegment struct) {
            return struct.asSlice(capture$OFFSET, capture$LAYOUT.byteSize());
        }

        public static void capture(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, capture$OFFSET, capture$LAYOUT.byteSize());
        }

        private static final SequenceLayout raw_data$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("raw_data"));

        public static final SequenceLayout raw_data$layout() {
            return raw_data$LAYOUT;
        }

        private static final long raw_data$OFFSET = $LAYOUT.byteOffset(groupElement("raw_data"));

        public static final long raw_data$offset() {
            return raw_data$OFFSET;
        }

        public static MemorySegment raw_data(MemorySegment struct) {
            return struct.asSlice(raw_data$OFFSET, raw_data$LAYOUT.byteSize());
        }

        public static void raw_data(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, raw_data$OFFSET, raw_data$LAYOUT.byteSize());
        }

        private static final long[] raw_data$DIMS = { 200 };

        public static long[] raw_data$dimensions() {
            return raw_data$DIMS.clone();
        }

        private static final OfByte raw_data$ELEM = (OfByte) raw_data$LAYOUT.elementLayout();

        public static byte raw_data(MemorySegment struct, long index0) {
            Objects.checkIndex(index0, raw_data$DIMS[0]);
            return struct.get(raw_data$ELEM, raw_data$OFFSET + index0 * raw_data$ELEM.byteSize());
        }

        public static void raw_data(MemorySegment struct, long index0, byte fieldValue) {
            Objects.checkIndex(index0, raw_data$DIMS[0]);
            struct.set(raw_data$ELEM, raw_data$OFFSET + index0 * raw_data$ELEM.byteSize(), fieldValue);
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

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_streamparm",
        videodev2_h.C_INT.withName("type"),
        parm.layout().withName("parm"));

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

    private static final GroupLayout parm$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("parm"));

    public static final GroupLayout parm$layout() {
        return parm$LAYOUT;
    }

    private static final long parm$OFFSET = $LAYOUT.byteOffset(groupElement("parm"));

    public static final long parm$offset() {
        return parm$OFFSET;
    }

    public static MemorySegment parm(MemorySegment struct) {
        return struct.asSlice(parm$OFFSET, parm$LAYOUT.byteSize());
    }

    public static void parm(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, parm$OFFSET, parm$LAYOUT.byteSize());
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
