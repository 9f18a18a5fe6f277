// Written in jextract's shape (one class per struct: layout(), field accessors, $offset()/$layout()), because
// jextract cannot read Apple's SDK headers here. Source: Foundation/NSProcessInfo.h (macOS 10.10+).
// Checked against gcc by LayoutTest (src/test/native/layouts.c restates the struct).
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * typedef struct {
 *     NSInteger majorVersion;
 *     NSInteger minorVersion;
 *     NSInteger patchVersion;
 * } NSOperatingSystemVersion;
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class NSOperatingSystemVersion {

    NSOperatingSystemVersion() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        JAVA_LONG.withName("majorVersion"),
        JAVA_LONG.withName("minorVersion"),
        JAVA_LONG.withName("patchVersion")).withName("NSOperatingSystemVersion");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong majorVersion$LAYOUT = (OfLong) $LAYOUT.select(groupElement("majorVersion"));

    public static final OfLong majorVersion$layout() {
        return majorVersion$LAYOUT;
    }

    private static final long majorVersion$OFFSET = $LAYOUT.byteOffset(groupElement("majorVersion"));

    public static final long majorVersion$offset() {
        return majorVersion$OFFSET;
    }

    public static long majorVersion(MemorySegment struct) {
        return struct.get(majorVersion$LAYOUT, majorVersion$OFFSET);
    }

    public static void majorVersion(MemorySegment struct, long fieldValue) {
        struct.set(majorVersion$LAYOUT, majorVersion$OFFSET, fieldValue);
    }

    private static final OfLong minorVersion$LAYOUT = (OfLong) $LAYOUT.select(groupElement("minorVersion"));

    public static final OfLong minorVersion$layout() {
        return minorVersion$LAYOUT;
    }

    private static final long minorVersion$OFFSET = $LAYOUT.byteOffset(groupElement("minorVersion"));

    public static final long minorVersion$offset() {
        return minorVersion$OFFSET;
    }

    public static long minorVersion(MemorySegment struct) {
        return struct.get(minorVersion$LAYOUT, minorVersion$OFFSET);
    }

    public static void minorVersion(MemorySegment struct, long fieldValue) {
        struct.set(minorVersion$LAYOUT, minorVersion$OFFSET, fieldValue);
    }

    private static final OfLong patchVersion$LAYOUT = (OfLong) $LAYOUT.select(groupElement("patchVersion"));

    public static final OfLong patchVersion$layout() {
        return patchVersion$LAYOUT;
    }

    private static final long patchVersion$OFFSET = $LAYOUT.byteOffset(groupElement("patchVersion"));

    public static final long patchVersion$offset() {
        return patchVersion$OFFSET;
    }

    public static long patchVersion(MemorySegment struct) {
        return struct.get(patchVersion$LAYOUT, patchVersion$OFFSET);
    }

    public static void patchVersion(MemorySegment struct, long fieldValue) {
        struct.set(patchVersion$LAYOUT, patchVersion$OFFSET, fieldValue);
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
