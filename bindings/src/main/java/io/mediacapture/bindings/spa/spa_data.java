// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h --include-struct spa_data
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
 * struct spa_data {
 *     uint32_t type;
 *     uint32_t flags;
 *     int64_t fd;
 *     uint32_t mapoffset;
 *     uint32_t maxsize;
 *     void *data;
 *     struct spa_chunk *chunk;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_data {

    spa_data() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_data",
        spa_h.C_INT.withName("type"),
        spa_h.C_INT.withName("flags"),
        spa_h.C_LONG_LONG.withName("fd"),
        spa_h.C_INT.withName("mapoffset"),
        spa_h.C_INT.withName("maxsize"),
        spa_h.C_POINTER.withName("data"),
        spa_h.C_POINTER.withName("chunk")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt type$LAYOUT = (OfInt) $LAYOUT.select(groupElement("type"));

    /** Layout of field {@code type}. */
    public static final OfInt type$layout() {
        return type$LAYOUT;
    }

    private static final long type$OFFSET = $LAYOUT.byteOffset(groupElement("type"));

    /** Offset of field {@code type}. */
    public static final long type$offset() {
        return type$OFFSET;
    }

    /** Getter for field {@code type}. */
    public static int type(MemorySegment struct) {
        return struct.get(type$LAYOUT, type$OFFSET);
    }

    /** Setter for field {@code type}. */
    public static void type(MemorySegment struct, int fieldValue) {
        struct.set(type$LAYOUT, type$OFFSET, fieldValue);
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

    private static final OfLong fd$LAYOUT = (OfLong) $LAYOUT.select(groupElement("fd"));

    /** Layout of field {@code fd}. */
    public static final OfLong fd$layout() {
        return fd$LAYOUT;
    }

    private static final long fd$OFFSET = $LAYOUT.byteOffset(groupElement("fd"));

    /** Offset of field {@code fd}. */
    public static final long fd$offset() {
        return fd$OFFSET;
    }

    /** Getter for field {@code fd}. */
    public static long fd(MemorySegment struct) {
        return struct.get(fd$LAYOUT, fd$OFFSET);
    }

    /** Setter for field {@code fd}. */
    public static void fd(MemorySegment struct, long fieldValue) {
        struct.set(fd$LAYOUT, fd$OFFSET, fieldValue);
    }

    private static final OfInt mapoffset$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mapoffset"));

    /** Layout of field {@code mapoffset}. */
    public static final OfInt mapoffset$layout() {
        return mapoffset$LAYOUT;
    }

    private static final long mapoffset$OFFSET = $LAYOUT.byteOffset(groupElement("mapoffset"));

    /** Offset of field {@code mapoffset}. */
    public static final long mapoffset$offset() {
        return mapoffset$OFFSET;
    }

    /** Getter for field {@code mapoffset}. */
    public static int mapoffset(MemorySegment struct) {
        return struct.get(mapoffset$LAYOUT, mapoffset$OFFSET);
    }

    /** Setter for field {@code mapoffset}. */
    public static void mapoffset(MemorySegment struct, int fieldValue) {
        struct.set(mapoffset$LAYOUT, mapoffset$OFFSET, fieldValue);
    }

    private static final OfInt maxsize$LAYOUT = (OfInt) $LAYOUT.select(groupElement("maxsize"));

    /** Layout of field {@code maxsize}. */
    public static final OfInt maxsize$layout() {
        return maxsize$LAYOUT;
    }

    private static final long maxsize$OFFSET = $LAYOUT.byteOffset(groupElement("maxsize"));

    /** Offset of field {@code maxsize}. */
    public static final long maxsize$offset() {
        return maxsize$OFFSET;
    }

    /** Getter for field {@code maxsize}. */
    public static int maxsize(MemorySegment struct) {
        return struct.get(maxsize$LAYOUT, maxsize$OFFSET);
    }

    /** Setter for field {@code maxsize}. */
    public static void maxsize(MemorySegment struct, int fieldValue) {
        struct.set(maxsize$LAYOUT, maxsize$OFFSET, fieldValue);
    }

    private static final AddressLayout data$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("data"));

    /** Layout of field {@code data}. */
    public static final AddressLayout data$layout() {
        return data$LAYOUT;
    }

    private static final long data$OFFSET = $LAYOUT.byteOffset(groupElement("data"));

    /** Offset of field {@code data}. */
    public static final long data$offset() {
        return data$OFFSET;
    }

    /** Getter for field {@code data}. */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(data$LAYOUT, data$OFFSET);
    }

    /** Setter for field {@code data}. */
    public static void data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(data$LAYOUT, data$OFFSET, fieldValue);
    }

    private static final AddressLayout chunk$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("chunk"));

    /** Layout of field {@code chunk}. */
    public static final AddressLayout chunk$layout() {
        return chunk$LAYOUT;
    }

    private static final long chunk$OFFSET = $LAYOUT.byteOffset(groupElement("chunk"));

    /** Offset of field {@code chunk}. */
    public static final long chunk$offset() {
        return chunk$OFFSET;
    }

    /** Getter for field {@code chunk}. */
    public static MemorySegment chunk(MemorySegment struct) {
        return struct.get(chunk$LAYOUT, chunk$OFFSET);
    }

    /** Setter for field {@code chunk}. */
    public static void chunk(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(chunk$LAYOUT, chunk$OFFSET, fieldValue);
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
