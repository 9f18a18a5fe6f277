// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h --include-struct spa_dict
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
 * struct spa_dict {
 *     uint32_t flags;
 *     uint32_t n_items;
 *     const struct spa_dict_item *items;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_dict {

    spa_dict() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_dict",
        spa_h.C_INT.withName("flags"),
        spa_h.C_INT.withName("n_items"),
        spa_h.C_POINTER.withName("items")
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

    private static final OfInt n_items$LAYOUT = (OfInt) $LAYOUT.select(groupElement("n_items"));

    /** Layout of field {@code n_items}. */
    public static final OfInt n_items$layout() {
        return n_items$LAYOUT;
    }

    private static final long n_items$OFFSET = $LAYOUT.byteOffset(groupElement("n_items"));

    /** Offset of field {@code n_items}. */
    public static final long n_items$offset() {
        return n_items$OFFSET;
    }

    /** Getter for field {@code n_items}. */
    public static int n_items(MemorySegment struct) {
        return struct.get(n_items$LAYOUT, n_items$OFFSET);
    }

    /** Setter for field {@code n_items}. */
    public static void n_items(MemorySegment struct, int fieldValue) {
        struct.set(n_items$LAYOUT, n_items$OFFSET, fieldValue);
    }

    private static final AddressLayout items$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("items"));

    /** Layout of field {@code items}. */
    public static final AddressLayout items$layout() {
        return items$LAYOUT;
    }

    private static final long items$OFFSET = $LAYOUT.byteOffset(groupElement("items"));

    /** Offset of field {@code items}. */
    public static final long items$offset() {
        return items$OFFSET;
    }

    /** Getter for field {@code items}. */
    public static MemorySegment items(MemorySegment struct) {
        return struct.get(items$LAYOUT, items$OFFSET);
    }

    /** Setter for field {@code items}. */
    public static void items(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(items$LAYOUT, items$OFFSET, fieldValue);
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
