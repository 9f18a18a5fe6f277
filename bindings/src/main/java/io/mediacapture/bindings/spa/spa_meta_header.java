// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h --include-struct spa_meta_header
// The full option list of this package is bindings/jextract/spa.args; regenerate with
// bindings/jextract/regenerate.sh (see there for the deliberate differences from raw jextract output).

package io.mediacapture.bindings.spa;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout.OfBoolean;
import java.lang.foreign.ValueLayout.OfInt;
import java.lang.foreign.ValueLayout.OfLong;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * {@snippet lang=c :
 * struct spa_meta_header {
 *     uint32_t flags;
 *     uint32_t offset;
 *     int64_t pts;
 *     int64_t dts_offset;
 *     uint64_t seq;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_meta_header {

    spa_meta_header() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_meta_header",
        spa_h.C_INT.withName("flags"),
        spa_h.C_INT.withName("offset"),
        spa_h.C_LONG_LONG.withName("pts"),
        spa_h.C_LONG_LONG.withName("dts_offset"),
        spa_h.C_LONG_LONG.withName("seq")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt flags$LAYOUT = (OfInt) $LAYOUT.select(groupElement("flags"));

    /** Layout of field {@code flags}. */
    public static final OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = $LAYOUT.byteOffset(groupElement("flags"));

    /** Offset of field {@code flags}. */
    public static final long flags$offset() {
        return flags$OFFSET;
    }

    /** Getter for field {@code flags}. */
    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    /** Setter for field {@code flags}. */
    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final OfInt offset$LAYOUT = (OfInt) $LAYOUT.select(groupElement("offset"));

    /** Layout of field {@code offset}. */
    public static final OfInt offset$layout() {
        return offset$LAYOUT;
    }

    private static final long offset$OFFSET = $LAYOUT.byteOffset(groupElement("offset"));

    /** Offset of field {@code offset}. */
    public static final long offset$offset() {
        return offset$OFFSET;
    }

    /** Getter for field {@code offset}. */
    public static int offset(MemorySegment struct) {
        return struct.get(offset$LAYOUT, offset$OFFSET);
    }

    /** Setter for field {@code offset}. */
    public static void offset(MemorySegment struct, int fieldValue) {
        struct.set(offset$LAYOUT, offset$OFFSET, fieldValue);
    }

    private static final OfLong pts$LAYOUT = (OfLong) $LAYOUT.select(groupElement("pts"));

    /** Layout of field {@code pts}. */
    public static final OfLong pts$layout() {
        return pts$LAYOUT;
    }

    private static final long pts$OFFSET = $LAYOUT.byteOffset(groupElement("pts"));

    /** Offset of field {@code pts}. */
    public static final long pts$offset() {
        return pts$OFFSET;
    }

    /** Getter for field {@code pts}. */
    public static long pts(MemorySegment struct) {
        return struct.get(pts$LAYOUT, pts$OFFSET);
    }

    /** Setter for field {@code pts}. */
    public static void pts(MemorySegment struct, long fieldValue) {
        struct.set(pts$LAYOUT, pts$OFFSET, fieldValue);
    }

    private static final OfLong dts_offset$LAYOUT = (OfLong) $LAYOUT.select(groupElement("dts_offset"));

    /** Layout of field {@code dts_offset}. */
    public static final OfLong dts_offset$layout() {
        return dts_offset$LAYOUT;
    }

    private static final long dts_offset$OFFSET = $LAYOUT.byteOffset(groupElement("dts_offset"));

    /** Offset of field {@code dts_offset}. */
    public static final long dts_offset$offset() {
        return dts_offset$OFFSET;
    }

    /** Getter for field {@code dts_offset}. */
    public static long dts_offset(MemorySegment struct) {
        return struct.get(dts_offset$LAYOUT, dts_offset$OFFSET);
    }

    /** Setter for field {@code dts_offset}. */
    public static void dts_offset(MemorySegment struct, long fieldValue) {
        struct.set(dts_offset$LAYOUT, dts_offset$OFFSET, fieldValue);
    }

    private static final OfLong seq$LAYOUT = (OfLong) $LAYOUT.select(groupElement("seq"));

    /** Layout of field {@code seq}. */
    public static final OfLong seq$layout() {
        return seq$LAYOUT;
    }

    private static final long seq$OFFSET = $LAYOUT.byteOffset(groupElement("seq"));

    /** Offset of field {@code seq}. */
    public static final long seq$offset() {
        return seq$OFFSET;
    }

    /** Getter for field {@code seq}. */
    public static long seq(MemorySegment struct) {
        return struct.get(seq$LAYOUT, seq$OFFSET);
    }

    /** Setter for field {@code seq}. */
    public static void seq(MemorySegment struct, long fieldValue) {
        struct.set(seq$LAYOUT, seq$OFFSET, fieldValue);
    }

    /** The element at {@code index} of an array of this struct. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /** The size of this struct in bytes. */
    public static long sizeof() {
        return layout().byteSize();
    }

    /** Allocates one struct with {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /** Allocates an array of {@code elementCount} structs with {@code allocator}. */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /** Reinterprets {@code addr} as one struct owned by {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /** Reinterprets {@code addr} as {@code elementCount} structs owned by {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
