// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct spa_fraction
// The full option list of this package is bindings/jextract/pipewire.args; regenerate with
// bindings/jextract/regenerate.sh (see there for the deliberate differences from raw jextract output).

package io.mediacapture.bindings.pipewire;

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
 * struct spa_fraction {
 *     uint32_t num;
 *     uint32_t denom;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_fraction {

    spa_fraction() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("spa_fraction",
        pipewire_h.C_INT.withName("num"),
        pipewire_h.C_INT.withName("denom")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt num$LAYOUT = (OfInt) $LAYOUT.select(groupElement("num"));

    /** Layout of field {@code num}. */
    public static final OfInt num$layout() {
        return num$LAYOUT;
    }

    private static final long num$OFFSET = $LAYOUT.byteOffset(groupElement("num"));

    /** Offset of field {@code num}. */
    public static final long num$offset() {
        return num$OFFSET;
    }

    /** Getter for field {@code num}. */
    public static int num(MemorySegment struct) {
        return struct.get(num$LAYOUT, num$OFFSET);
    }

    /** Setter for field {@code num}. */
    public static void num(MemorySegment struct, int fieldValue) {
        struct.set(num$LAYOUT, num$OFFSET, fieldValue);
    }

    private static final OfInt denom$LAYOUT = (OfInt) $LAYOUT.select(groupElement("denom"));

    /** Layout of field {@code denom}. */
    public static final OfInt denom$layout() {
        return denom$LAYOUT;
    }

    private static final long denom$OFFSET = $LAYOUT.byteOffset(groupElement("denom"));

    /** Offset of field {@code denom}. */
    public static final long denom$offset() {
        return denom$OFFSET;
    }

    /** Getter for field {@code denom}. */
    public static int denom(MemorySegment struct) {
        return struct.get(denom$LAYOUT, denom$OFFSET);
    }

    /** Setter for field {@code denom}. */
    public static void denom(MemorySegment struct, int fieldValue) {
        struct.set(denom$LAYOUT, denom$OFFSET, fieldValue);
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
