package io.mediacapture.windows.sdk;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * {@snippet lang=c :
 * typedef struct _tagpropertykey {
 *     GUID fmtid;
 *     DWORD pid;
 * } PROPERTYKEY;
 * }
 * <p>wtypes.h's PROPERTYKEY (DEVPROPKEY has the same layout).
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("PROPERTYKEY")
public final class PROPERTYKEY {
    PROPERTYKEY() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        GUID.layout().withName("fmtid"),
        Win64.C_INT.withName("pid")
    ).withName("PROPERTYKEY");

    /** The layout of this struct. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout fmtid$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("fmtid"));

    /** Layout of field fmtid. */
    public static GroupLayout fmtid$layout() {
        return fmtid$LAYOUT;
    }

    private static final long fmtid$OFFSET = $LAYOUT.byteOffset(groupElement("fmtid"));

    /** Offset of field fmtid. */
    public static long fmtid$offset() {
        return fmtid$OFFSET;
    }

    /** Getter for field fmtid: a slice of {@code struct}. */
    public static MemorySegment fmtid(MemorySegment struct) {
        return struct.asSlice(fmtid$OFFSET, fmtid$LAYOUT.byteSize());
    }

    /** Setter for field fmtid: copies {@code fieldValue} in. */
    public static void fmtid(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, fmtid$OFFSET, fmtid$LAYOUT.byteSize());
    }

    private static final OfInt pid$LAYOUT = (OfInt) $LAYOUT.select(groupElement("pid"));

    /** Layout of field pid. */
    public static OfInt pid$layout() {
        return pid$LAYOUT;
    }

    private static final long pid$OFFSET = $LAYOUT.byteOffset(groupElement("pid"));

    /** Offset of field pid. */
    public static long pid$offset() {
        return pid$OFFSET;
    }

    /** Getter for field pid. */
    public static int pid(MemorySegment struct) {
        return struct.get(pid$LAYOUT, pid$OFFSET);
    }

    /** Setter for field pid. */
    public static void pid(MemorySegment struct, int fieldValue) {
        struct.set(pid$LAYOUT, pid$OFFSET, fieldValue);
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
