// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_capability).
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
 * struct v4l2_capability {
 *     __u8 driver[16];
 *     __u8 card[32];
 *     __u8 bus_info[32];
 *     __u32 version;
 *     __u32 capabilities;
 *     __u32 device_caps;
 *     __u32 reserved[3];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_capability {

    v4l2_capability() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_capability",
        MemoryLayout.sequenceLayout(16, videodev2_h.C_CHAR).withName("driver"),
        MemoryLayout.sequenceLayout(32, videodev2_h.C_CHAR).withName("card"),
        MemoryLayout.sequenceLayout(32, videodev2_h.C_CHAR).withName("bus_info"),
        videodev2_h.C_INT.withName("version"),
        videodev2_h.C_INT.withName("capabilities"),
        videodev2_h.C_INT.withName("device_caps"),
        MemoryLayout.sequenceLayout(3, videodev2_h.C_INT).withName("reserved"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final SequenceLayout driver$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("driver"));

    public static final SequenceLayout driver$layout() {
        return driver$LAYOUT;
    }

    private static final long driver$OFFSET = $LAYOUT.byteOffset(groupElement("driver"));

    public static final long driver$offset() {
        return driver$OFFSET;
    }

    public static MemorySegment driver(MemorySegment struct) {
        return struct.asSlice(driver$OFFSET, driver$LAYOUT.byteSize());
    }

    public static void driver(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, driver$OFFSET, driver$LAYOUT.byteSize());
    }

    private static final long[] driver$DIMS = { 16 };

    public static long[] driver$dimensions() {
        return driver$DIMS.clone();
    }

    private static final OfByte driver$ELEM = (OfByte) driver$LAYOUT.elementLayout();

    public static byte driver(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, driver$DIMS[0]);
        return struct.get(driver$ELEM, driver$OFFSET + index0 * driver$ELEM.byteSize());
    }

    public static void driver(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, driver$DIMS[0]);
        struct.set(driver$ELEM, driver$OFFSET + index0 * driver$ELEM.byteSize(), fieldValue);
    }

    private static final SequenceLayout card$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("card"));

    public static final SequenceLayout card$layout() {
        return card$LAYOUT;
    }

    private static final long card$OFFSET = $LAYOUT.byteOffset(groupElement("card"));

    public static final long card$offset() {
        return card$OFFSET;
    }

    public static MemorySegment card(MemorySegment struct) {
        return struct.asSlice(card$OFFSET, card$LAYOUT.byteSize());
    }

    public static void card(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, card$OFFSET, card$LAYOUT.byteSize());
    }

    private static final long[] card$DIMS = { 32 };

    public static long[] card$dimensions() {
        return card$DIMS.clone();
    }

    private static final OfByte card$ELEM = (OfByte) card$LAYOUT.elementLayout();

    public static byte card(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, card$DIMS[0]);
        return struct.get(card$ELEM, card$OFFSET + index0 * card$ELEM.byteSize());
    }

    public static void card(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, card$DIMS[0]);
        struct.set(card$ELEM, card$OFFSET + index0 * card$ELEM.byteSize(), fieldValue);
    }

    private static final SequenceLayout bus_info$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("bus_info"));

    public static final SequenceLayout bus_info$layout() {
        return bus_info$LAYOUT;
    }

    private static final long bus_info$OFFSET = $LAYOUT.byteOffset(groupElement("bus_info"));

    public static final long bus_info$offset() {
        return bus_info$OFFSET;
    }

    public static MemorySegment bus_info(MemorySegment struct) {
        return struct.asSlice(bus_info$OFFSET, bus_info$LAYOUT.byteSize());
    }

    public static void bus_info(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, bus_info$OFFSET, bus_info$LAYOUT.byteSize());
    }

    private static final long[] bus_info$DIMS = { 32 };

    public static long[] bus_info$dimensions() {
        return bus_info$DIMS.clone();
    }

    private static final OfByte bus_info$ELEM = (OfByte) bus_info$LAYOUT.elementLayout();

    public static byte bus_info(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, bus_info$DIMS[0]);
        return struct.get(bus_info$ELEM, bus_info$OFFSET + index0 * bus_info$ELEM.byteSize());
    }

    public static void bus_info(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, bus_info$DIMS[0]);
        struct.set(bus_info$ELEM, bus_info$OFFSET + index0 * bus_info$ELEM.byteSize(), fieldValue);
    }

    private static final OfInt version$LAYOUT = (OfInt) $LAYOUT.select(groupElement("version"));

    public static final OfInt version$layout() {
        return version$LAYOUT;
    }

    private static final long version$OFFSET = $LAYOUT.byteOffset(groupElement("version"));

    public static final long version$offset() {
        return version$OFFSET;
    }

    public static int version(MemorySegment struct) {
        return struct.get(version$LAYOUT, version$OFFSET);
    }

    public static void version(MemorySegment struct, int fieldValue) {
        struct.set(version$LAYOUT, version$OFFSET, fieldValue);
    }

    private static final OfInt capabilities$LAYOUT = (OfInt) $LAYOUT.select(groupElement("capabilities"));

    public static final OfInt capabilities$layout() {
        return capabilities$LAYOUT;
    }

    private static final long capabilities$OFFSET = $LAYOUT.byteOffset(groupElement("capabilities"));

    public static final long capabilities$offset() {
        return capabilities$OFFSET;
    }

    public static int capabilities(MemorySegment struct) {
        return struct.get(capabilities$LAYOUT, capabilities$OFFSET);
    }

    public static void capabilities(MemorySegment struct, int fieldValue) {
        struct.set(capabilities$LAYOUT, capabilities$OFFSET, fieldValue);
    }

    private static final OfInt device_caps$LAYOUT = (OfInt) $LAYOUT.select(groupElement("device_caps"));

    public static final OfInt device_caps$layout() {
        return device_caps$LAYOUT;
    }

    private static final long device_caps$OFFSET = $LAYOUT.byteOffset(groupElement("device_caps"));

    public static final long device_caps$offset() {
        return device_caps$OFFSET;
    }

    public static int device_caps(MemorySegment struct) {
        return struct.get(device_caps$LAYOUT, device_caps$OFFSET);
    }

    public static void device_caps(MemorySegment struct, int fieldValue) {
        struct.set(device_caps$LAYOUT, device_caps$OFFSET, fieldValue);
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

    private static final long[] reserved$DIMS = { 3 };

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
