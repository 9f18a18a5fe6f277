// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/alsa.args
// (options listed in that file and atop asoundlib_h.java; --include-struct _snd_pcm_channel_area).
package io.mediacapture.bindings.alsa;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

import io.mediacapture.bindings.libc.inline.CLayouts;

/**
 * {@snippet lang=c :
 * typedef struct _snd_pcm_channel_area {
 *     void *addr;
 *     unsigned int first;
 *     unsigned int step;
 * } snd_pcm_channel_area_t
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class _snd_pcm_channel_area {

    _snd_pcm_channel_area() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("_snd_pcm_channel_area",
        asoundlib_h.C_POINTER.withName("addr"),
        asoundlib_h.C_INT.withName("first"),
        asoundlib_h.C_INT.withName("step"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout addr$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("addr"));

    public static final AddressLayout addr$layout() {
        return addr$LAYOUT;
    }

    private static final long addr$OFFSET = $LAYOUT.byteOffset(groupElement("addr"));

    public static final long addr$offset() {
        return addr$OFFSET;
    }

    public static MemorySegment addr(MemorySegment struct) {
        return struct.get(addr$LAYOUT, addr$OFFSET);
    }

    public static void addr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(addr$LAYOUT, addr$OFFSET, fieldValue);
    }

    private static final OfInt first$LAYOUT = (OfInt) $LAYOUT.select(groupElement("first"));

    public static final OfInt first$layout() {
        return first$LAYOUT;
    }

    private static final long first$OFFSET = $LAYOUT.byteOffset(groupElement("first"));

    public static final long first$offset() {
        return first$OFFSET;
    }

    public static int first(MemorySegment struct) {
        return struct.get(first$LAYOUT, first$OFFSET);
    }

    public static void first(MemorySegment struct, int fieldValue) {
        struct.set(first$LAYOUT, first$OFFSET, fieldValue);
    }

    private static final OfInt step$LAYOUT = (OfInt) $LAYOUT.select(groupElement("step"));

    public static final OfInt step$layout() {
        return step$LAYOUT;
    }

    private static final long step$OFFSET = $LAYOUT.byteOffset(groupElement("step"));

    public static final long step$offset() {
        return step$OFFSET;
    }

    public static int step(MemorySegment struct) {
        return struct.get(step$LAYOUT, step$OFFSET);
    }

    public static void step(MemorySegment struct, int fieldValue) {
        struct.set(step$LAYOUT, step$OFFSET, fieldValue);
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
