// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/libc-poll.args
// (options listed in that file and atop poll_h.java; --include-struct pollfd).
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
 * struct pollfd {
 *     int fd;
 *     short events;
 *     short revents;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class pollfd {

    pollfd() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("pollfd",
        poll_h.C_INT.withName("fd"),
        poll_h.C_SHORT.withName("events"),
        poll_h.C_SHORT.withName("revents"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
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

    private static final OfShort events$LAYOUT = (OfShort) $LAYOUT.select(groupElement("events"));

    public static final OfShort events$layout() {
        return events$LAYOUT;
    }

    private static final long events$OFFSET = $LAYOUT.byteOffset(groupElement("events"));

    public static final long events$offset() {
        return events$OFFSET;
    }

    public static short events(MemorySegment struct) {
        return struct.get(events$LAYOUT, events$OFFSET);
    }

    public static void events(MemorySegment struct, short fieldValue) {
        struct.set(events$LAYOUT, events$OFFSET, fieldValue);
    }

    private static final OfShort revents$LAYOUT = (OfShort) $LAYOUT.select(groupElement("revents"));

    public static final OfShort revents$layout() {
        return revents$LAYOUT;
    }

    private static final long revents$OFFSET = $LAYOUT.byteOffset(groupElement("revents"));

    public static final long revents$offset() {
        return revents$OFFSET;
    }

    public static short revents(MemorySegment struct) {
        return struct.get(revents$LAYOUT, revents$OFFSET);
    }

    public static void revents(MemorySegment struct, short fieldValue) {
        struct.set(revents$LAYOUT, revents$OFFSET, fieldValue);
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
