// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h --include-struct spa_hook_list
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
 * struct spa_hook_list {
 *     struct spa_list list;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_hook_list {

    spa_hook_list() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_hook_list",
        spa_list.layout().withName("list")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout list$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("list"));

    /** Layout of field {@code list}. */
    public static final GroupLayout list$layout() {
        return list$LAYOUT;
    }

    private static final long list$OFFSET = $LAYOUT.byteOffset(groupElement("list"));

    /** Offset of field {@code list}. */
    public static final long list$offset() {
        return list$OFFSET;
    }

    /** Getter for field {@code list}: a slice of {@code struct}. */
    public static MemorySegment list(MemorySegment struct) {
        return struct.asSlice(list$OFFSET, list$LAYOUT.byteSize());
    }

    /** Setter for field {@code list}: copies {@code fieldValue} in. */
    public static void list(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, list$OFFSET, list$LAYOUT.byteSize());
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
