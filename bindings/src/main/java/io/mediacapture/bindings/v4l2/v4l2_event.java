// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_event).
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
 * struct v4l2_event {
 *     __u32 type;
 *     union {
 *         struct v4l2_event_ctrl ctrl;
 *         struct v4l2_event_src_change src_change;
 *         // vsync, frame_sync, motion_det: not bound
 *         __u8 data[64];
 *     } u;
 *     __u32 pending;
 *     __u32 sequence;
 *     struct timespec timestamp;
 *     __u32 id;
 *     __u32 reserved[8];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_event {

    v4l2_event() {
        // static members only
    }

    /** The {@code u} member union. */
    public static class u {

        u() {
            // static members only
        }

        private static final GroupLayout $LAYOUT = CLayouts.union("u",
            v4l2_event_ctrl.layout().withName("ctrl"),
            v4l2_event_src_change.layout().withName("src_change"),
            MemoryLayout.sequenceLayout(64, videodev2_h.C_CHAR).withName("data"));

        /** The layout of this union. */
        public static final GroupLayout layout() {
            return $LAYOUT;
        }

        private static final GroupLayout ctrl$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("ctrl"));

        public static final GroupLayout ctrl$layout() {
            return ctrl$LAYOUT;
        }

        private static final long ctrl$OFFSET = $LAYOUT.byteOffset(groupElement("ctrl"));

        public static final long ctrl$offset() {
            return ctrl$OFFSET;
        }

        public static MemorySegment ctrl(MemorySegment struct) {
            return struct.asSlice(ctrl$OFFSET, ctrl$LAYOUT.byteSize());
        }

        public static void ctrl(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, ctrl$OFFSET, ctrl$LAYOUT.byteSize());
        }

        private static final GroupLayout src_change$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("src_change"));

        public static final GroupLayout src_change$layout() {
            return src_change$LAYOUT;
        }

        private static final long src_change$OFFSET = $LAYOUT.byteOffset(groupElement("src_change"));

        public static final long src_change$offset() {
            return src_change$OFFSET;
        }

        public static MemorySegment src_change(MemorySegment struct) {
            return struct.asSlice(src_change$OFFSET, src_change$LAYOUT.byteSize());
        }

        public static void src_change(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, src_change$OFFSET, src_change$LAYOUT.byteSize());
        }

        private static final SequenceLayout data$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("data"));

        public static final SequenceLayout data$layout() {
            return data$LAYOUT;
        }

        private static final long data$OFFSET = $LAYOUT.byteOffset(groupElement("data"));

        public static final long data$offset() {
            return data$OFFSET;
        }

        public static MemorySegment data(MemorySegment struct) {
            return struct.asSlice(data$OFFSET, data$LAYOUT.byteSize());
        }

        public static void data(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, data$OFFSET, data$LAYOUT.byteSize());
        }

        private static final long[] data$DIMS = { 64 };

        public static long[] data$dimensions() {
            return data$DIMS.clone();
        }

        private static final OfByte data$ELEM = (OfByte) data$LAYOUT.elementLayout();

        public static byte data(MemorySegment struct, long index0) {
            Objects.checkIndex(index0, data$DIMS[0]);
            return struct.get(data$ELEM, data$OFFSET + index0 * data$ELEM.byteSize());
        }

        public static void data(MemorySegment struct, long index0, byte fieldValue) {
            Objects.checkIndex(index0, data$DIMS[0]);
            struct.set(data$ELEM, data$OFFSET + index0 * data$ELEM.byteSize(), fieldValue);
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

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_event",
        videodev2_h.C_INT.withName("type"),
        u.layout().withName("u"),
        videodev2_h.C_INT.withName("pending"),
        videodev2_h.C_INT.withName("sequence"),
        timespec.layout().withName("timestamp"),
        videodev2_h.C_INT.withName("id"),
        MemoryLayout.sequenceLayout(8, videodev2_h.C_INT).withName("reserved"));

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

    private static final GroupLayout u$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("u"));

    public static final GroupLayout u$layout() {
        return u$LAYOUT;
    }

    private static final long u$OFFSET = $LAYOUT.byteOffset(groupElement("u"));

    public static final long u$offset() {
        return u$OFFSET;
    }

    public static MemorySegment u(MemorySegment struct) {
        return struct.asSlice(u$OFFSET, u$LAYOUT.byteSize());
    }

    public static void u(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, u$OFFSET, u$LAYOUT.byteSize());
    }

    private static final OfInt pending$LAYOUT = (OfInt) $LAYOUT.select(groupElement("pending"));

    public static final OfInt pending$layout() {
        return pending$LAYOUT;
    }

    private static final long pending$OFFSET = $LAYOUT.byteOffset(groupElement("pending"));

    public static final long pending$offset() {
        return pending$OFFSET;
    }

    public static int pending(MemorySegment struct) {
        return struct.get(pending$LAYOUT, pending$OFFSET);
    }

    public static void pending(MemorySegment struct, int fieldValue) {
        struct.set(pending$LAYOUT, pending$OFFSET, fieldValue);
    }

    private static final OfInt sequence$LAYOUT = (OfInt) $LAYOUT.select(groupElement("sequence"));

    public static final OfInt sequence$layout() {
        return sequence$LAYOUT;
    }

    private static final long sequence$OFFSET = $LAYOUT.byteOffset(groupElement("sequence"));

    public static final long sequence$offset() {
        return sequence$OFFSET;
    }

    public static int sequence(MemorySegment struct) {
        return struct.get(sequence$LAYOUT, sequence$OFFSET);
    }

    public static void sequence(MemorySegment struct, int fieldValue) {
        struct.set(sequence$LAYOUT, sequence$OFFSET, fieldValue);
    }

    private static final GroupLayout timestamp$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("timestamp"));

    public static final GroupLayout timestamp$layout() {
        return timestamp$LAYOUT;
    }

    private static final long timestamp$OFFSET = $LAYOUT.byteOffset(groupElement("timestamp"));

    public static final long timestamp$offset() {
        return timestamp$OFFSET;
    }

    public static MemorySegment timestamp(MemorySegment struct) {
        return struct.asSlice(timestamp$OFFSET, timestamp$LAYOUT.byteSize());
    }

    public static void timestamp(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, timestamp$OFFSET, timestamp$LAYOUT.byteSize());
    }

    private static final OfInt id$LAYOUT = (OfInt) $LAYOUT.select(groupElement("id"));

    public static final OfInt id$layout() {
        return id$LAYOUT;
    }

    private static final long id$OFFSET = $LAYOUT.byteOffset(groupElement("id"));

    public static final long id$offset() {
        return id$OFFSET;
    }

    public static int id(MemorySegment struct) {
        return struct.get(id$LAYOUT, id$OFFSET);
    }

    public static void id(MemorySegment struct, int fieldValue) {
        struct.set(id$LAYOUT, id$OFFSET, fieldValue);
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

    private static final long[] reserved$DIMS = { 8 };

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
