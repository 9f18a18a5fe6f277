// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-inotify.args
// (options listed in that file and atop inotify_h.java; --include-struct inotify_event).
package io.mediacapture.bindings.libc;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

import io.mediacapture.bindings.libc.inline.CLayouts;

/**
 * {@snippet lang=c :
 * struct inotify_event {
 *     int wd;
 *     uint32_t mask;
 *     uint32_t cookie;
 *     uint32_t len;
 *     char name[];
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class inotify_event {

    inotify_event() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("inotify_event",
        inotify_h.C_INT.withName("wd"),
        inotify_h.C_INT.withName("mask"),
        inotify_h.C_INT.withName("cookie"),
        inotify_h.C_INT.withName("len"),
        MemoryLayout.sequenceLayout(0, inotify_h.C_CHAR).withName("name"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt wd$LAYOUT = (OfInt) $LAYOUT.select(groupElement("wd"));

    public static final OfInt wd$layout() {
        return wd$LAYOUT;
    }

    private static final long wd$OFFSET = $LAYOUT.byteOffset(groupElement("wd"));

    public static final long wd$offset() {
        return wd$OFFSET;
    }

    public static int wd(MemorySegment struct) {
        return struct.get(wd$LAYOUT, wd$OFFSET);
    }

    public static void wd(MemorySegment struct, int fieldValue) {
        struct.set(wd$LAYOUT, wd$OFFSET, fieldValue);
    }

    private static final OfInt mask$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mask"));

    public static final OfInt mask$layout() {
        return mask$LAYOUT;
    }

    private static final long mask$OFFSET = $LAYOUT.byteOffset(groupElement("mask"));

    public static final long mask$offset() {
        return mask$OFFSET;
    }

    public static int mask(MemorySegment struct) {
        return struct.get(mask$LAYOUT, mask$OFFSET);
    }

    public static void mask(MemorySegment struct, int fieldValue) {
        struct.set(mask$LAYOUT, mask$OFFSET, fieldValue);
    }

    private static final OfInt cookie$LAYOUT = (OfInt) $LAYOUT.select(groupElement("cookie"));

    public static final OfInt cookie$layout() {
        return cookie$LAYOUT;
    }

    private static final long cookie$OFFSET = $LAYOUT.byteOffset(groupElement("cookie"));

    public static final long cookie$offset() {
        return cookie$OFFSET;
    }

    public static int cookie(MemorySegment struct) {
        return struct.get(cookie$LAYOUT, cookie$OFFSET);
    }

    public static void cookie(MemorySegment struct, int fieldValue) {
        struct.set(cookie$LAYOUT, cookie$OFFSET, fieldValue);
    }

    private static final OfInt len$LAYOUT = (OfInt) $LAYOUT.select(groupElement("len"));

    public static final OfInt len$layout() {
        return len$LAYOUT;
    }

    private static final long len$OFFSET = $LAYOUT.byteOffset(groupElement("len"));

    public static final long len$offset() {
        return len$OFFSET;
    }

    public static int len(MemorySegment struct) {
        return struct.get(len$LAYOUT, len$OFFSET);
    }

    public static void len(MemorySegment struct, int fieldValue) {
        struct.set(len$LAYOUT, len$OFFSET, fieldValue);
    }

    private static final SequenceLayout name$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("name"));

    public static final SequenceLayout name$layout() {
        return name$LAYOUT;
    }

    private static final long name$OFFSET = $LAYOUT.byteOffset(groupElement("name"));

    public static final long name$offset() {
        return name$OFFSET;
    }

    public static MemorySegment name(MemorySegment struct) {
        return struct.asSlice(name$OFFSET, name$LAYOUT.byteSize());
    }

    public static void name(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, name$OFFSET, name$LAYOUT.byteSize());
    }

    private static final long[] name$DIMS = { 0 };

    public static long[] name$dimensions() {
        return name$DIMS.clone();
    }

    private static final OfByte name$ELEM = (OfByte) name$LAYOUT.elementLayout();

    public static byte name(MemorySegment struct, long index0) {
        Objects.checkIndex(index0, name$DIMS[0]);
        return struct.get(name$ELEM, name$OFFSET + index0 * name$ELEM.byteSize());
    }

    public static void name(MemorySegment struct, long index0, byte fieldValue) {
        Objects.checkIndex(index0, name$DIMS[0]);
        struct.set(name$ELEM, name$OFFSET + index0 * name$ELEM.byteSize(), fieldValue);
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
