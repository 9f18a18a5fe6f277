// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_format).
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
 * struct v4l2_format {
 *     __u32 type;
 *     union {
 *         struct v4l2_pix_format pix;
 *         struct v4l2_window win;   // bound for its pointer alignment
 *         // pix_mp, vbi, sliced, sdr, meta: not bound (packed or unused for capture)
 *         __u8 raw_data[200];
 *     } fmt;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_format {

    v4l2_format() {
        // static members only
    }

    /** The {@code fmt} member union. */
    public static class fmt {

        fmt() {
            // static members only
        }

        private static final GroupLayout $LAYOUT = CLayouts.union("fmt",
            v4l2_pix_format.layout().withName("pix"),
            v4l2_window.layout().withName("win"),
            MemoryLayout.sequenceLayout(200, videodev2_h.C_CHAR).withName("raw_data"));

        /** The layout of this union. */
        public static final GroupLayout layout() {
            return $LAYOUT;
        }

        private static final GroupLayout pix$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("pix"));

        public static final GroupLayout pix$layout() {
            return pix$LAYOUT;
        }

        private static final long pix$OFFSET = $LAYOUT.byteOffset(groupElement("pix"));

        public static final long pix$offset() {
            return pix$OFFSET;
        }

        public static MemorySegment pix(MemorySegment struct) {
            return struct.asSlice(pix$OFFSET, pix$LAYOUT.byteSize());
        }

        public static void pix(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, pix$OFFSET, pix$LAYOUT.byteSize());
        }

        private static final GroupLayout win$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("win"));

        public static final GroupLayout win$layout() {
            return win$LAYOUT;
        }

        private static final long win$OFFSET = $LAYOUT.byteOffset(groupElement("win"));

        public static final long win$offset() {
            return win$OFFSET;
        }

        public static MemorySegment win(MemorySegment struct) {
            return struct.asSlice(win$OFFSET, win$LAYOUT.byteSize());
        }

        public static void win(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, win$OFFSET, win$LAYOUT.byteSize());
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

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_format",
        videodev2_h.C_INT.withName("type"),
        fmt.layout().withName("fmt"));

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

    private static final GroupLayout fmt$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("fmt"));

    public static final GroupLayout fmt$layout() {
        return fmt$LAYOUT;
    }

    private static final long fmt$OFFSET = $LAYOUT.byteOffset(groupElement("fmt"));

    public static final long fmt$offset() {
        return fmt$OFFSET;
    }

    public static MemorySegment fmt(MemorySegment struct) {
        return struct.asSlice(fmt$OFFSET, fmt$LAYOUT.byteSize());
    }

    public static void fmt(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, fmt$OFFSET, fmt$LAYOUT.byteSize());
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
