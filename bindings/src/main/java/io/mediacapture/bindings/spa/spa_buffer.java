// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h --include-struct spa_buffer
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
 * struct spa_buffer {
 *     uint32_t n_metas;
 *     uint32_t n_datas;
 *     struct spa_meta *metas;
 *     struct spa_data *datas;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_buffer {

    spa_buffer() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_buffer",
        spa_h.C_INT.withName("n_metas"),
        spa_h.C_INT.withName("n_datas"),
        spa_h.C_POINTER.withName("metas"),
        spa_h.C_POINTER.withName("datas")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt n_metas$LAYOUT = (OfInt) $LAYOUT.select(groupElement("n_metas"));

    /** Layout of field {@code n_metas}. */
    public static final OfInt n_metas$layout() {
        return n_metas$LAYOUT;
    }

    private static final long n_metas$OFFSET = $LAYOUT.byteOffset(groupElement("n_metas"));

    /** Offset of field {@code n_metas}. */
    public static final long n_metas$offset() {
        return n_metas$OFFSET;
    }

    /** Getter for field {@code n_metas}. */
    public static int n_metas(MemorySegment struct) {
        return struct.get(n_metas$LAYOUT, n_metas$OFFSET);
    }

    /** Setter for field {@code n_metas}. */
    public static void n_metas(MemorySegment struct, int fieldValue) {
        struct.set(n_metas$LAYOUT, n_metas$OFFSET, fieldValue);
    }

    private static final OfInt n_datas$LAYOUT = (OfInt) $LAYOUT.select(groupElement("n_datas"));

    /** Layout of field {@code n_datas}. */
    public static final OfInt n_datas$layout() {
        return n_datas$LAYOUT;
    }

    private static final long n_datas$OFFSET = $LAYOUT.byteOffset(groupElement("n_datas"));

    /** Offset of field {@code n_datas}. */
    public static final long n_datas$offset() {
        return n_datas$OFFSET;
    }

    /** Getter for field {@code n_datas}. */
    public static int n_datas(MemorySegment struct) {
        return struct.get(n_datas$LAYOUT, n_datas$OFFSET);
    }

    /** Setter for field {@code n_datas}. */
    public static void n_datas(MemorySegment struct, int fieldValue) {
        struct.set(n_datas$LAYOUT, n_datas$OFFSET, fieldValue);
    }

    private static final AddressLayout metas$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("metas"));

    /** Layout of field {@code metas}. */
    public static final AddressLayout metas$layout() {
        return metas$LAYOUT;
    }

    private static final long metas$OFFSET = $LAYOUT.byteOffset(groupElement("metas"));

    /** Offset of field {@code metas}. */
    public static final long metas$offset() {
        return metas$OFFSET;
    }

    /** Getter for field {@code metas}. */
    public static MemorySegment metas(MemorySegment struct) {
        return struct.get(metas$LAYOUT, metas$OFFSET);
    }

    /** Setter for field {@code metas}. */
    public static void metas(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(metas$LAYOUT, metas$OFFSET, fieldValue);
    }

    private static final AddressLayout datas$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("datas"));

    /** Layout of field {@code datas}. */
    public static final AddressLayout datas$layout() {
        return datas$LAYOUT;
    }

    private static final long datas$OFFSET = $LAYOUT.byteOffset(groupElement("datas"));

    /** Offset of field {@code datas}. */
    public static final long datas$offset() {
        return datas$OFFSET;
    }

    /** Getter for field {@code datas}. */
    public static MemorySegment datas(MemorySegment struct) {
        return struct.get(datas$LAYOUT, datas$OFFSET);
    }

    /** Setter for field {@code datas}. */
    public static void datas(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(datas$LAYOUT, datas$OFFSET, fieldValue);
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
