// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_time
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
 * struct pw_time {
 *     int64_t now;
 *     struct spa_fraction rate;
 *     uint64_t ticks;
 *     int64_t delay;
 *     uint64_t queued;
 *     uint64_t buffered;
 *     uint32_t queued_buffers;
 *     uint32_t avail_buffers;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_time {

    pw_time() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_time",
        pipewire_h.C_LONG_LONG.withName("now"),
        spa_fraction.layout().withName("rate"),
        pipewire_h.C_LONG_LONG.withName("ticks"),
        pipewire_h.C_LONG_LONG.withName("delay"),
        pipewire_h.C_LONG_LONG.withName("queued"),
        pipewire_h.C_LONG_LONG.withName("buffered"),
        pipewire_h.C_INT.withName("queued_buffers"),
        pipewire_h.C_INT.withName("avail_buffers")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong now$LAYOUT = (OfLong) $LAYOUT.select(groupElement("now"));

    /** Layout of field {@code now}. */
    public static final OfLong now$layout() {
        return now$LAYOUT;
    }

    private static final long now$OFFSET = $LAYOUT.byteOffset(groupElement("now"));

    /** Offset of field {@code now}. */
    public static final long now$offset() {
        return now$OFFSET;
    }

    /** Getter for field {@code now}. */
    public static long now(MemorySegment struct) {
        return struct.get(now$LAYOUT, now$OFFSET);
    }

    /** Setter for field {@code now}. */
    public static void now(MemorySegment struct, long fieldValue) {
        struct.set(now$LAYOUT, now$OFFSET, fieldValue);
    }

    private static final GroupLayout rate$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("rate"));

    /** Layout of field {@code rate}. */
    public static final GroupLayout rate$layout() {
        return rate$LAYOUT;
    }

    private static final long rate$OFFSET = $LAYOUT.byteOffset(groupElement("rate"));

    /** Offset of field {@code rate}. */
    public static final long rate$offset() {
        return rate$OFFSET;
    }

    /** Getter for field {@code rate}: a slice of {@code struct}. */
    public static MemorySegment rate(MemorySegment struct) {
        return struct.asSlice(rate$OFFSET, rate$LAYOUT.byteSize());
    }

    /** Setter for field {@code rate}: copies {@code fieldValue} in. */
    public static void rate(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, rate$OFFSET, rate$LAYOUT.byteSize());
    }

    private static final OfLong ticks$LAYOUT = (OfLong) $LAYOUT.select(groupElement("ticks"));

    /** Layout of field {@code ticks}. */
    public static final OfLong ticks$layout() {
        return ticks$LAYOUT;
    }

    private static final long ticks$OFFSET = $LAYOUT.byteOffset(groupElement("ticks"));

    /** Offset of field {@code ticks}. */
    public static final long ticks$offset() {
        return ticks$OFFSET;
    }

    /** Getter for field {@code ticks}. */
    public static long ticks(MemorySegment struct) {
        return struct.get(ticks$LAYOUT, ticks$OFFSET);
    }

    /** Setter for field {@code ticks}. */
    public static void ticks(MemorySegment struct, long fieldValue) {
        struct.set(ticks$LAYOUT, ticks$OFFSET, fieldValue);
    }

    private static final OfLong delay$LAYOUT = (OfLong) $LAYOUT.select(groupElement("delay"));

    /** Layout of field {@code delay}. */
    public static final OfLong delay$layout() {
        return delay$LAYOUT;
    }

    private static final long delay$OFFSET = $LAYOUT.byteOffset(groupElement("delay"));

    /** Offset of field {@code delay}. */
    public static final long delay$offset() {
        return delay$OFFSET;
    }

    /** Getter for field {@code delay}. */
    public static long delay(MemorySegment struct) {
        return struct.get(delay$LAYOUT, delay$OFFSET);
    }

    /** Setter for field {@code delay}. */
    public static void delay(MemorySegment struct, long fieldValue) {
        struct.set(delay$LAYOUT, delay$OFFSET, fieldValue);
    }

    private static final OfLong queued$LAYOUT = (OfLong) $LAYOUT.select(groupElement("queued"));

    /** Layout of field {@code queued}. */
    public static final OfLong queued$layout() {
        return queued$LAYOUT;
    }

    private static final long queued$OFFSET = $LAYOUT.byteOffset(groupElement("queued"));

    /** Offset of field {@code queued}. */
    public static final long queued$offset() {
        return queued$OFFSET;
    }

    /** Getter for field {@code queued}. */
    public static long queued(MemorySegment struct) {
        return struct.get(queued$LAYOUT, queued$OFFSET);
    }

    /** Setter for field {@code queued}. */
    public static void queued(MemorySegment struct, long fieldValue) {
        struct.set(queued$LAYOUT, queued$OFFSET, fieldValue);
    }

    private static final OfLong buffered$LAYOUT = (OfLong) $LAYOUT.select(groupElement("buffered"));

    /** Layout of field {@code buffered}. */
    public static final OfLong buffered$layout() {
        return buffered$LAYOUT;
    }

    private static final long buffered$OFFSET = $LAYOUT.byteOffset(groupElement("buffered"));

    /** Offset of field {@code buffered}. */
    public static final long buffered$offset() {
        return buffered$OFFSET;
    }

    /** Getter for field {@code buffered}. */
    public static long buffered(MemorySegment struct) {
        return struct.get(buffered$LAYOUT, buffered$OFFSET);
    }

    /** Setter for field {@code buffered}. */
    public static void buffered(MemorySegment struct, long fieldValue) {
        struct.set(buffered$LAYOUT, buffered$OFFSET, fieldValue);
    }

    private static final OfInt queued_buffers$LAYOUT = (OfInt) $LAYOUT.select(groupElement("queued_buffers"));

    /** Layout of field {@code queued_buffers}. */
    public static final OfInt queued_buffers$layout() {
        return queued_buffers$LAYOUT;
    }

    private static final long queued_buffers$OFFSET = $LAYOUT.byteOffset(groupElement("queued_buffers"));

    /** Offset of field {@code queued_buffers}. */
    public static final long queued_buffers$offset() {
        return queued_buffers$OFFSET;
    }

    /** Getter for field {@code queued_buffers}. */
    public static int queued_buffers(MemorySegment struct) {
        return struct.get(queued_buffers$LAYOUT, queued_buffers$OFFSET);
    }

    /** Setter for field {@code queued_buffers}. */
    public static void queued_buffers(MemorySegment struct, int fieldValue) {
        struct.set(queued_buffers$LAYOUT, queued_buffers$OFFSET, fieldValue);
    }

    private static final OfInt avail_buffers$LAYOUT = (OfInt) $LAYOUT.select(groupElement("avail_buffers"));

    /** Layout of field {@code avail_buffers}. */
    public static final OfInt avail_buffers$layout() {
        return avail_buffers$LAYOUT;
    }

    private static final long avail_buffers$OFFSET = $LAYOUT.byteOffset(groupElement("avail_buffers"));

    /** Offset of field {@code avail_buffers}. */
    public static final long avail_buffers$offset() {
        return avail_buffers$OFFSET;
    }

    /** Getter for field {@code avail_buffers}. */
    public static int avail_buffers(MemorySegment struct) {
        return struct.get(avail_buffers$LAYOUT, avail_buffers$OFFSET);
    }

    /** Setter for field {@code avail_buffers}. */
    public static void avail_buffers(MemorySegment struct, int fieldValue) {
        struct.set(avail_buffers$LAYOUT, avail_buffers$OFFSET, fieldValue);
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
