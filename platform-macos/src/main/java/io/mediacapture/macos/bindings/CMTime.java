// Written in jextract's shape (one class per struct: layout(), field accessors, $offset()/$layout()), because
// jextract cannot read Apple's SDK headers here. Source: CoreMedia/CMTime.h.
// Checked against gcc by LayoutTest (src/test/native/layouts.c restates the struct).
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * typedef struct {
 *     CMTimeValue value;      // int64_t
 *     CMTimeScale timescale;  // int32_t
 *     CMTimeFlags flags;      // uint32_t
 *     CMTimeEpoch epoch;      // int64_t
 * } CMTime;
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class CMTime {

    CMTime() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        JAVA_LONG.withName("value"),
        JAVA_INT.withName("timescale"),
        JAVA_INT.withName("flags"),
        JAVA_LONG.withName("epoch")).withName("CMTime");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong value$LAYOUT = (OfLong) $LAYOUT.select(groupElement("value"));

    public static final OfLong value$layout() {
        return value$LAYOUT;
    }

    private static final long value$OFFSET = $LAYOUT.byteOffset(groupElement("value"));

    public static final long value$offset() {
        return value$OFFSET;
    }

    public static long value(MemorySegment struct) {
        return struct.get(value$LAYOUT, value$OFFSET);
    }

    public static void value(MemorySegment struct, long fieldValue) {
        struct.set(value$LAYOUT, value$OFFSET, fieldValue);
    }

    private static final OfInt timescale$LAYOUT = (OfInt) $LAYOUT.select(groupElement("timescale"));

    public static final OfInt timescale$layout() {
        return timescale$LAYOUT;
    }

    private static final long timescale$OFFSET = $LAYOUT.byteOffset(groupElement("timescale"));

    public static final long timescale$offset() {
        return timescale$OFFSET;
    }

    public static int timescale(MemorySegment struct) {
        return struct.get(timescale$LAYOUT, timescale$OFFSET);
    }

    public static void timescale(MemorySegment struct, int fieldValue) {
        struct.set(timescale$LAYOUT, timescale$OFFSET, fieldValue);
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

    private static final OfLong epoch$LAYOUT = (OfLong) $LAYOUT.select(groupElement("epoch"));

    public static final OfLong epoch$layout() {
        return epoch$LAYOUT;
    }

    private static final long epoch$OFFSET = $LAYOUT.byteOffset(groupElement("epoch"));

    public static final long epoch$offset() {
        return epoch$OFFSET;
    }

    public static long epoch(MemorySegment struct) {
        return struct.get(epoch$LAYOUT, epoch$OFFSET);
    }

    public static void epoch(MemorySegment struct, long fieldValue) {
        struct.set(epoch$LAYOUT, epoch$OFFSET, fieldValue);
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
