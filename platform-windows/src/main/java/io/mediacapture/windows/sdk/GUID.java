package io.mediacapture.windows.sdk;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;
import static java.lang.foreign.ValueLayout.OfShort;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.SequenceLayout;

/**
 * {@snippet lang=c :
 * typedef struct _GUID {
 *     unsigned long Data1;
 *     unsigned short Data2;
 *     unsigned short Data3;
 *     unsigned char Data4[8];
 * } GUID;
 * }
 * <p>guiddef.h's GUID.
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("GUID")
public final class GUID {
    GUID() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Win64.C_INT.withName("Data1"),
        Win64.C_SHORT.withName("Data2"),
        Win64.C_SHORT.withName("Data3"),
        MemoryLayout.sequenceLayout(8, Win64.C_CHAR).withName("Data4")
    ).withName("GUID");

    /** The layout of this struct. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt Data1$LAYOUT = (OfInt) $LAYOUT.select(groupElement("Data1"));

    /** Layout of field Data1. */
    public static OfInt Data1$layout() {
        return Data1$LAYOUT;
    }

    private static final long Data1$OFFSET = $LAYOUT.byteOffset(groupElement("Data1"));

    /** Offset of field Data1. */
    public static long Data1$offset() {
        return Data1$OFFSET;
    }

    /** Getter for field Data1. */
    public static int Data1(MemorySegment struct) {
        return struct.get(Data1$LAYOUT, Data1$OFFSET);
    }

    /** Setter for field Data1. */
    public static void Data1(MemorySegment struct, int fieldValue) {
        struct.set(Data1$LAYOUT, Data1$OFFSET, fieldValue);
    }

    private static final OfShort Data2$LAYOUT = (OfShort) $LAYOUT.select(groupElement("Data2"));

    /** Layout of field Data2. */
    public static OfShort Data2$layout() {
        return Data2$LAYOUT;
    }

    private static final long Data2$OFFSET = $LAYOUT.byteOffset(groupElement("Data2"));

    /** Offset of field Data2. */
    public static long Data2$offset() {
        return Data2$OFFSET;
    }

    /** Getter for field Data2. */
    public static short Data2(MemorySegment struct) {
        return struct.get(Data2$LAYOUT, Data2$OFFSET);
    }

    /** Setter for field Data2. */
    public static void Data2(MemorySegment struct, short fieldValue) {
        struct.set(Data2$LAYOUT, Data2$OFFSET, fieldValue);
    }

    private static final OfShort Data3$LAYOUT = (OfShort) $LAYOUT.select(groupElement("Data3"));

    /** Layout of field Data3. */
    public static OfShort Data3$layout() {
        return Data3$LAYOUT;
    }

    private static final long Data3$OFFSET = $LAYOUT.byteOffset(groupElement("Data3"));

    /** Offset of field Data3. */
    public static long Data3$offset() {
        return Data3$OFFSET;
    }

    /** Getter for field Data3. */
    public static short Data3(MemorySegment struct) {
        return struct.get(Data3$LAYOUT, Data3$OFFSET);
    }

    /** Setter for field Data3. */
    public static void Data3(MemorySegment struct, short fieldValue) {
        struct.set(Data3$LAYOUT, Data3$OFFSET, fieldValue);
    }

    private static final SequenceLayout Data4$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("Data4"));

    /** Layout of field Data4. */
    public static SequenceLayout Data4$layout() {
        return Data4$LAYOUT;
    }

    private static final long Data4$OFFSET = $LAYOUT.byteOffset(groupElement("Data4"));

    /** Offset of field Data4. */
    public static long Data4$offset() {
        return Data4$OFFSET;
    }

    /** Getter for field Data4: a slice of {@code struct}. */
    public static MemorySegment Data4(MemorySegment struct) {
        return struct.asSlice(Data4$OFFSET, Data4$LAYOUT.byteSize());
    }

    /** Setter for field Data4: copies {@code fieldValue} in. */
    public static void Data4(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, Data4$OFFSET, Data4$LAYOUT.byteSize());
    }

    /** The size (in bytes) of this struct. */
    public static long sizeof() {
        return layout().byteSize();
    }

    /** Allocates a segment of size {@code layout().byteSize()} using {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }
}
