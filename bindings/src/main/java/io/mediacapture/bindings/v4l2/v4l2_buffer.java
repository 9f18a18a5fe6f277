// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_buffer).
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
 * struct v4l2_buffer {
 *     __u32 index;
 *     __u32 type;
 *     __u32 bytesused;
 *     __u32 flags;
 *     __u32 field;
 *     struct timeval timestamp;
 *     struct v4l2_timecode timecode;
 *     __u32 sequence;
 *     __u32 memory;
 *     union {
 *         __u32 offset;
 *         unsigned long userptr;
 *         struct v4l2_plane *planes;
 *         __s32 fd;
 *     } m;
 *     __u32 length;
 *     __u32 reserved2;
 *     union {
 *         __s32 request_fd;
 *         __u32 reserved;
 *     };
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_buffer {

    v4l2_buffer() {
        // static members only
    }

    /** The {@code m} member union. */
    public static class m {

        m() {
            // static members only
        }

        private static final GroupLayout $LAYOUT = CLayouts.union("m",
            videodev2_h.C_INT.withName("offset"),
            videodev2_h.C_LONG.withName("userptr"),
            videodev2_h.C_POINTER.withName("planes"),
            videodev2_h.C_INT.withName("fd"));

        /** The layout of this union. */
        public static final GroupLayout layout() {
            return $LAYOUT;
        }

        private static final OfInt offset$LAYOUT = (OfInt) $LAYOUT.select(groupElement("offset"));

        public static final OfInt offset$layout() {
            return offset$LAYOUT;
        }

        private static final long offset$OFFSET = $LAYOUT.byteOffset(groupElement("offset"));

        public static final long offset$offset() {
            return offset$OFFSET;
        }

        public static int offset(MemorySegment struct) {
            return struct.get(offset$LAYOUT, offset$OFFSET);
        }

        public static void offset(MemorySegment struct, int fieldValue) {
            struct.set(offset$LAYOUT, offset$OFFSET, fieldValue);
        }

        private static final OfLong userptr$LAYOUT = (OfLong) $LAYOUT.select(groupElement("userptr"));

        public static final OfLong userptr$layout() {
            return userptr$LAYOUT;
        }

        private static final long userptr$OFFSET = $LAYOUT.byteOffset(groupElement("userptr"));

        public static final long userptr$offset() {
            return userptr$OFFSET;
        }

        public static long userptr(MemorySegment struct) {
            return struct.get(userptr$LAYOUT, userptr$OFFSET);
        }

        public static void userptr(MemorySegment struct, long fieldValue) {
            struct.set(userptr$LAYOUT, userptr$OFFSET, fieldValue);
        }

        private static final AddressLayout planes$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("planes"));

        public static final AddressLayout planes$layout() {
            return planes$LAYOUT;
        }

        private static final long planes$OFFSET = $LAYOUT.byteOffset(groupElement("planes"));

        public static final long planes$offset() {
            return planes$OFFSET;
        }

        public static MemorySegment planes(MemorySegment struct) {
            return struct.get(planes$LAYOUT, planes$OFFSET);
        }

        public static void planes(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(planes$LAYOUT, planes$OFFSET, fieldValue);
        }

        private static final OfInt fd$LAYOUT = (OfInt) $LAYOUT.select(groupElement("fd"));

        public static final OfInt fd$layout() {
            return fd$LAYOUT;
        }

        private static final long fd$OFFSET = $LAYOUT.byteOffset(groupElement("fd"));

        public static final long fd$offset() {
            return fd$OFFSET;
        }

        public static int fd(MemorySegment struct) {
            return struct.get(fd$LAYOUT, fd$OFFSET);
        }

        public static void fd(MemorySegment struct, int fieldValue) {
            struct.set(fd$LAYOUT, fd$OFFSET, fieldValue);
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

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_buffer",
        videodev2_h.C_INT.withName("index"),
        videodev2_h.C_INT.withName("type"),
        videodev2_h.C_INT.withName("bytesused"),
        videodev2_h.C_INT.withName("flags"),
        videodev2_h.C_INT.withName("field"),
        timeval.layout().withName("timestamp"),
        v4l2_timecode.layout().withName("timecode"),
        videodev2_h.C_INT.withName("sequence"),
        videodev2_h.C_INT.withName("memory"),
        m.layout().withName("m"),
        videodev2_h.C_INT.withName("length"),
        videodev2_h.C_INT.withName("reserved2"),
        CLayouts.union("$anon$0",
            videodev2_h.C_INT.withName("request_fd"),
            videodev2_h.C_INT.withName("reserved")));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt index$LAYOUT = (OfInt) $LAYOUT.select(groupElement("index"));

    public static final OfInt index$layout() {
        return index$LAYOUT;
    }

    private static final long index$OFFSET = $LAYOUT.byteOffset(groupElement("index"));

    public static final long index$offset() {
        return index$OFFSET;
    }

    public static int index(MemorySegment struct) {
        return struct.get(index$LAYOUT, index$OFFSET);
    }

    public static void index(MemorySegment struct, int fieldValue) {
        struct.set(index$LAYOUT, index$OFFSET, fieldValue);
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

    private static final OfInt bytesused$LAYOUT = (OfInt) $LAYOUT.select(groupElement("bytesused"));

    public static final OfInt bytesused$layout() {
        return bytesused$LAYOUT;
    }

    private static final long bytesused$OFFSET = $LAYOUT.byteOffset(groupElement("bytesused"));

    public static final long bytesused$offset() {
        return bytesused$OFFSET;
    }

    public static int bytesused(MemorySegment struct) {
        return struct.get(bytesused$LAYOUT, bytesused$OFFSET);
    }

    public static void bytesused(MemorySegment struct, int fieldValue) {
        struct.set(bytesused$LAYOUT, bytesused$OFFSET, fieldValue);
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

    private static final GroupLayout timecode$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("timecode"));

    public static final GroupLayout timecode$layout() {
        return timecode$LAYOUT;
    }

    private static final long timecode$OFFSET = $LAYOUT.byteOffset(groupElement("timecode"));

    public static final long timecode$offset() {
        return timecode$OFFSET;
    }

    public static MemorySegment timecode(MemorySegment struct) {
        return struct.asSlice(timecode$OFFSET, timecode$LAYOUT.byteSize());
    }

    public static void timecode(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, timecode$OFFSET, timecode$LAYOUT.byteSize());
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

    private static final OfInt memory$LAYOUT = (OfInt) $LAYOUT.select(groupElement("memory"));

    public static final OfInt memory$layout() {
        return memory$LAYOUT;
    }

    private static final long memory$OFFSET = $LAYOUT.byteOffset(groupElement("memory"));

    public static final long memory$offset() {
        return memory$OFFSET;
    }

    public static int memory(MemorySegment struct) {
        return struct.get(memory$LAYOUT, memory$OFFSET);
    }

    public static void memory(MemorySegment struct, int fieldValue) {
        struct.set(memory$LAYOUT, memory$OFFSET, fieldValue);
    }

    private static final GroupLayout m$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("m"));

    public static final GroupLayout m$layout() {
        return m$LAYOUT;
    }

    private static final long m$OFFSET = $LAYOUT.byteOffset(groupElement("m"));

    public static final long m$offset() {
        return m$OFFSET;
    }

    public static MemorySegment m(MemorySegment struct) {
        return struct.asSlice(m$OFFSET, m$LAYOUT.byteSize());
    }

    public static void m(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, m$OFFSET, m$LAYOUT.byteSize());
    }

    private static final OfInt length$LAYOUT = (OfInt) $LAYOUT.select(groupElement("length"));

    public static final OfInt length$layout() {
        return length$LAYOUT;
    }

    private static final long length$OFFSET = $LAYOUT.byteOffset(groupElement("length"));

    public static final long length$offset() {
        return length$OFFSET;
    }

    public static int length(MemorySegment struct) {
        return struct.get(length$LAYOUT, length$OFFSET);
    }

    public static void length(MemorySegment struct, int fieldValue) {
        struct.set(length$LAYOUT, length$OFFSET, fieldValue);
    }

    private static final OfInt reserved2$LAYOUT = (OfInt) $LAYOUT.select(groupElement("reserved2"));

    public static final OfInt reserved2$layout() {
        return reserved2$LAYOUT;
    }

    private static final long reserved2$OFFSET = $LAYOUT.byteOffset(groupElement("reserved2"));

    public static final long reserved2$offset() {
        return reserved2$OFFSET;
    }

    public static int reserved2(MemorySegment struct) {
        return struct.get(reserved2$LAYOUT, reserved2$OFFSET);
    }

    public static void reserved2(MemorySegment struct, int fieldValue) {
        struct.set(reserved2$LAYOUT, reserved2$OFFSET, fieldValue);
    }

    private static final OfInt request_fd$LAYOUT = (OfInt) $LAYOUT.select(groupElement("$anon$0"), groupElement("request_fd"));

    public static final OfInt request_fd$layout() {
        return request_fd$LAYOUT;
    }

    private static final long request_fd$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("request_fd"));

    public static final long request_fd$offset() {
        return request_fd$OFFSET;
    }

    public static int request_fd(MemorySegment struct) {
        return struct.get(request_fd$LAYOUT, request_fd$OFFSET);
    }

    public static void request_fd(MemorySegment struct, int fieldValue) {
        struct.set(request_fd$LAYOUT, request_fd$OFFSET, fieldValue);
    }

    private static final OfInt reserved$LAYOUT = (OfInt) $LAYOUT.select(groupElement("$anon$0"), groupElement("reserved"));

    public static final OfInt reserved$layout() {
        return reserved$LAYOUT;
    }

    private static final long reserved$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("reserved"));

    public static final long reserved$offset() {
        return reserved$OFFSET;
    }

    public static int reserved(MemorySegment struct) {
        return struct.get(reserved$LAYOUT, reserved$OFFSET);
    }

    public static void reserved(MemorySegment struct, int fieldValue) {
        struct.set(reserved$LAYOUT, reserved$OFFSET, fieldValue);
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
