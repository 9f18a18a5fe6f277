// Written in jextract's shape (one class per struct: layout(), field accessors, $offset()/$layout()), because
// jextract cannot read Apple's SDK headers here. Source: the Block ABI (clang's Block-ABI-Apple).
// Checked against gcc by LayoutTest (src/test/native/layouts.c restates the struct).
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct Block_literal {
 *     void *isa;                            // &_NSConcreteStackBlock
 *     int flags;
 *     int reserved;
 *     void (*invoke)(struct Block_literal *, ...);
 *     struct Block_descriptor *descriptor;
 *     int64_t context;                      // the one captured variable of this library's blocks
 * };
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class Block_literal {

    Block_literal() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("isa"),
        JAVA_INT.withName("flags"),
        JAVA_INT.withName("reserved"),
        ADDRESS.withName("invoke"),
        ADDRESS.withName("descriptor"),
        JAVA_LONG.withName("context")).withName("Block_literal");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout isa$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("isa"));

    public static final AddressLayout isa$layout() {
        return isa$LAYOUT;
    }

    private static final long isa$OFFSET = $LAYOUT.byteOffset(groupElement("isa"));

    public static final long isa$offset() {
        return isa$OFFSET;
    }

    public static MemorySegment isa(MemorySegment struct) {
        return struct.get(isa$LAYOUT, isa$OFFSET);
    }

    public static void isa(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(isa$LAYOUT, isa$OFFSET, fieldValue);
    }

    private static final OfInt flags$LAYOUT = (OfInt) $LAYOUT.select(groupElement("flags"));

    public static final OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = $LAYOUT.byteOffset(groupElement("flags"));

    public static final long flags$offset() {
        return flags$OFFSET;
    }

    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final OfInt reserved$LAYOUT = (OfInt) $LAYOUT.select(groupElement("reserved"));

    public static final OfInt reserved$layout() {
        return reserved$LAYOUT;
    }

    private static final long reserved$OFFSET = $LAYOUT.byteOffset(groupElement("reserved"));

    public static final long reserved$offset() {
        return reserved$OFFSET;
    }

    public static int reserved(MemorySegment struct) {
        return struct.get(reserved$LAYOUT, reserved$OFFSET);
    }

    public static void reserved(MemorySegment struct, int fieldValue) {
        struct.set(reserved$LAYOUT, reserved$OFFSET, fieldValue);
    }

    private static final AddressLayout invoke$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("invoke"));

    public static final AddressLayout invoke$layout() {
        return invoke$LAYOUT;
    }

    private static final long invoke$OFFSET = $LAYOUT.byteOffset(groupElement("invoke"));

    public static final long invoke$offset() {
        return invoke$OFFSET;
    }

    public static MemorySegment invoke(MemorySegment struct) {
        return struct.get(invoke$LAYOUT, invoke$OFFSET);
    }

    public static void invoke(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(invoke$LAYOUT, invoke$OFFSET, fieldValue);
    }

    private static final AddressLayout descriptor$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("descriptor"));

    public static final AddressLayout descriptor$layout() {
        return descriptor$LAYOUT;
    }

    private static final long descriptor$OFFSET = $LAYOUT.byteOffset(groupElement("descriptor"));

    public static final long descriptor$offset() {
        return descriptor$OFFSET;
    }

    public static MemorySegment descriptor(MemorySegment struct) {
        return struct.get(descriptor$LAYOUT, descriptor$OFFSET);
    }

    public static void descriptor(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(descriptor$LAYOUT, descriptor$OFFSET, fieldValue);
    }

    private static final OfLong context$LAYOUT = (OfLong) $LAYOUT.select(groupElement("context"));

    public static final OfLong context$layout() {
        return context$LAYOUT;
    }

    private static final long context$OFFSET = $LAYOUT.byteOffset(groupElement("context"));

    public static final long context$offset() {
        return context$OFFSET;
    }

    public static long context(MemorySegment struct) {
        return struct.get(context$LAYOUT, context$OFFSET);
    }

    public static void context(MemorySegment struct, long fieldValue) {
        struct.set(context$LAYOUT, context$OFFSET, fieldValue);
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
