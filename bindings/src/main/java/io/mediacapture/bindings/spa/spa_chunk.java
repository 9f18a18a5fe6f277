// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h --include-struct spa_chunk
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
 * struct spa_chunk {
 *     uint32_t offset;
 *     uint32_t size;
 *     int32_t stride;
 *     int32_t flags;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_chunk {

    spa_chunk() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_chunk",
        spa_h.C_INT.withName("offset"),
        spa_h.C_INT.withName("size"),
        spa_h.C_INT.withName("stride"),
        spa_h.C_INT.withName("flags")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
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

    private static final OfInt size$LAYOUT = (OfInt) $LAYOUT.select(groupElement("size"));

    /** Layout of field {@code size}. */
    public static final OfInt size$layout() {
        return size$LAYOUT;
    }

    private static final long size$OFFSET = $LAYOUT.byteOffset(groupElement("size"));

    /** Offset of field {@code size}. */
    public static final long size$offset() {
        return size$OFFSET;
    }

    /** Getter for field {@code size}. */
    public static int size(MemorySegment struct) {
        return struct.get(size$LAYOUT, size$OFFSET);
    }

    /** Setter for field {@code size}. */
    public static void size(MemorySegment struct, int fieldValue) {
        struct.set(size$LAYOUT, size$OFFSET, fieldValue);
    }

    private static final OfInt stride$LAYOUT = (OfInt) $LAYOUT.select(groupElement("stride"));

    /** Layout of field {@code stride}. */
    public static final OfInt stride$layout() {
        return stride$LAYOUT;
    }

    private static final long stride$OFFSET = $LAYOUT.byteOffset(groupElement("stride"));

    /** Offset of field {@code stride}. */
    public static final long stride$offset() {
        return stride$OFFSET;
    }

    /** Getter for field {@code stride}. */
    public static int stride(MemorySegment struct) {
        return struct.get(stride$LAYOUT, stride$OFFSET);
    }

    /** Setter for field {@code stride}. */
    public static void stride(MemorySegment struct, int fieldValue) {
        struct.set(stride$LAYOUT, stride$OFFSET, fieldValue);
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
