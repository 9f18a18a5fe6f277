// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_loop
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
 * struct pw_loop {
 *     struct spa_system *system;
 *     struct spa_loop *loop;
 *     struct spa_loop_control *control;
 *     struct spa_loop_utils *utils;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_loop {

    pw_loop() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_loop",
        pipewire_h.C_POINTER.withName("system"),
        pipewire_h.C_POINTER.withName("loop"),
        pipewire_h.C_POINTER.withName("control"),
        pipewire_h.C_POINTER.withName("utils")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout system$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("system"));

    /** Layout of field {@code system}. */
    public static final AddressLayout system$layout() {
        return system$LAYOUT;
    }

    private static final long system$OFFSET = $LAYOUT.byteOffset(groupElement("system"));

    /** Offset of field {@code system}. */
    public static final long system$offset() {
        return system$OFFSET;
    }

    /** Getter for field {@code system}. */
    public static MemorySegment system(MemorySegment struct) {
        return struct.get(system$LAYOUT, system$OFFSET);
    }

    /** Setter for field {@code system}. */
    public static void system(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(system$LAYOUT, system$OFFSET, fieldValue);
    }

    private static final AddressLayout loop$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("loop"));

    /** Layout of field {@code loop}. */
    public static final AddressLayout loop$layout() {
        return loop$LAYOUT;
    }

    private static final long loop$OFFSET = $LAYOUT.byteOffset(groupElement("loop"));

    /** Offset of field {@code loop}. */
    public static final long loop$offset() {
        return loop$OFFSET;
    }

    /** Getter for field {@code loop}. */
    public static MemorySegment loop(MemorySegment struct) {
        return struct.get(loop$LAYOUT, loop$OFFSET);
    }

    /** Setter for field {@code loop}. */
    public static void loop(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(loop$LAYOUT, loop$OFFSET, fieldValue);
    }

    private static final AddressLayout control$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("control"));

    /** Layout of field {@code control}. */
    public static final AddressLayout control$layout() {
        return control$LAYOUT;
    }

    private static final long control$OFFSET = $LAYOUT.byteOffset(groupElement("control"));

    /** Offset of field {@code control}. */
    public static final long control$offset() {
        return control$OFFSET;
    }

    /** Getter for field {@code control}. */
    public static MemorySegment control(MemorySegment struct) {
        return struct.get(control$LAYOUT, control$OFFSET);
    }

    /** Setter for field {@code control}. */
    public static void control(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(control$LAYOUT, control$OFFSET, fieldValue);
    }

    private static final AddressLayout utils$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("utils"));

    /** Layout of field {@code utils}. */
    public static final AddressLayout utils$layout() {
        return utils$LAYOUT;
    }

    private static final long utils$OFFSET = $LAYOUT.byteOffset(groupElement("utils"));

    /** Offset of field {@code utils}. */
    public static final long utils$offset() {
        return utils$OFFSET;
    }

    /** Getter for field {@code utils}. */
    public static MemorySegment utils(MemorySegment struct) {
        return struct.get(utils$LAYOUT, utils$OFFSET);
    }

    /** Setter for field {@code utils}. */
    public static void utils(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(utils$LAYOUT, utils$OFFSET, fieldValue);
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
