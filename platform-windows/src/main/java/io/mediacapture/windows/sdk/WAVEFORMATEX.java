package io.mediacapture.windows.sdk;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;
import static java.lang.foreign.ValueLayout.OfShort;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * {@snippet lang=c :
 * typedef struct tWAVEFORMATEX {
 *     WORD wFormatTag;
 *     WORD nChannels;
 *     DWORD nSamplesPerSec;
 *     DWORD nAvgBytesPerSec;
 *     WORD nBlockAlign;
 *     WORD wBitsPerSample;
 *     WORD cbSize;
 * } WAVEFORMATEX;
 * }
 * <p>mmreg.h's WAVEFORMATEX: packed to 1 byte there (18 bytes), so the DWORDs are read unaligned.
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("WAVEFORMATEX")
public final class WAVEFORMATEX {
    WAVEFORMATEX() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Win64.C_SHORT_UNALIGNED.withName("wFormatTag"),
        Win64.C_SHORT_UNALIGNED.withName("nChannels"),
        Win64.C_INT_UNALIGNED.withName("nSamplesPerSec"),
        Win64.C_INT_UNALIGNED.withName("nAvgBytesPerSec"),
        Win64.C_SHORT_UNALIGNED.withName("nBlockAlign"),
        Win64.C_SHORT_UNALIGNED.withName("wBitsPerSample"),
        Win64.C_SHORT_UNALIGNED.withName("cbSize")
    ).withName("WAVEFORMATEX");

    /** The layout of this struct. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfShort wFormatTag$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wFormatTag"));

    /** Layout of field wFormatTag. */
    public static OfShort wFormatTag$layout() {
        return wFormatTag$LAYOUT;
    }

    private static final long wFormatTag$OFFSET = $LAYOUT.byteOffset(groupElement("wFormatTag"));

    /** Offset of field wFormatTag. */
    public static long wFormatTag$offset() {
        return wFormatTag$OFFSET;
    }

    /** Getter for field wFormatTag. */
    public static short wFormatTag(MemorySegment struct) {
        return struct.get(wFormatTag$LAYOUT, wFormatTag$OFFSET);
    }

    /** Setter for field wFormatTag. */
    public static void wFormatTag(MemorySegment struct, short fieldValue) {
        struct.set(wFormatTag$LAYOUT, wFormatTag$OFFSET, fieldValue);
    }

    private static final OfShort nChannels$LAYOUT = (OfShort) $LAYOUT.select(groupElement("nChannels"));

    /** Layout of field nChannels. */
    public static OfShort nChannels$layout() {
        return nChannels$LAYOUT;
    }

    private static final long nChannels$OFFSET = $LAYOUT.byteOffset(groupElement("nChannels"));

    /** Offset of field nChannels. */
    public static long nChannels$offset() {
        return nChannels$OFFSET;
    }

    /** Getter for field nChannels. */
    public static short nChannels(MemorySegment struct) {
        return struct.get(nChannels$LAYOUT, nChannels$OFFSET);
    }

    /** Setter for field nChannels. */
    public static void nChannels(MemorySegment struct, short fieldValue) {
        struct.set(nChannels$LAYOUT, nChannels$OFFSET, fieldValue);
    }

    private static final OfInt nSamplesPerSec$LAYOUT = (OfInt) $LAYOUT.select(groupElement("nSamplesPerSec"));

    /** Layout of field nSamplesPerSec. */
    public static OfInt nSamplesPerSec$layout() {
        return nSamplesPerSec$LAYOUT;
    }

    private static final long nSamplesPerSec$OFFSET = $LAYOUT.byteOffset(groupElement("nSamplesPerSec"));

    /** Offset of field nSamplesPerSec. */
    public static long nSamplesPerSec$offset() {
        return nSamplesPerSec$OFFSET;
    }

    /** Getter for field nSamplesPerSec. */
    public static int nSamplesPerSec(MemorySegment struct) {
        return struct.get(nSamplesPerSec$LAYOUT, nSamplesPerSec$OFFSET);
    }

    /** Setter for field nSamplesPerSec. */
    public static void nSamplesPerSec(MemorySegment struct, int fieldValue) {
        struct.set(nSamplesPerSec$LAYOUT, nSamplesPerSec$OFFSET, fieldValue);
    }

    private static final OfInt nAvgBytesPerSec$LAYOUT = (OfInt) $LAYOUT.select(groupElement("nAvgBytesPerSec"));

    /** Layout of field nAvgBytesPerSec. */
    public static OfInt nAvgBytesPerSec$layout() {
        return nAvgBytesPerSec$LAYOUT;
    }

    private static final long nAvgBytesPerSec$OFFSET = $LAYOUT.byteOffset(groupElement("nAvgBytesPerSec"));

    /** Offset of field nAvgBytesPerSec. */
    public static long nAvgBytesPerSec$offset() {
        return nAvgBytesPerSec$OFFSET;
    }

    /** Getter for field nAvgBytesPerSec. */
    public static int nAvgBytesPerSec(MemorySegment struct) {
        return struct.get(nAvgBytesPerSec$LAYOUT, nAvgBytesPerSec$OFFSET);
    }

    /** Setter for field nAvgBytesPerSec. */
    public static void nAvgBytesPerSec(MemorySegment struct, int fieldValue) {
        struct.set(nAvgBytesPerSec$LAYOUT, nAvgBytesPerSec$OFFSET, fieldValue);
    }

    private static final OfShort nBlockAlign$LAYOUT = (OfShort) $LAYOUT.select(groupElement("nBlockAlign"));

    /** Layout of field nBlockAlign. */
    public static OfShort nBlockAlign$layout() {
        return nBlockAlign$LAYOUT;
    }

    private static final long nBlockAlign$OFFSET = $LAYOUT.byteOffset(groupElement("nBlockAlign"));

    /** Offset of field nBlockAlign. */
    public static long nBlockAlign$offset() {
        return nBlockAlign$OFFSET;
    }

    /** Getter for field nBlockAlign. */
    public static short nBlockAlign(MemorySegment struct) {
        return struct.get(nBlockAlign$LAYOUT, nBlockAlign$OFFSET);
    }

    /** Setter for field nBlockAlign. */
    public static void nBlockAlign(MemorySegment struct, short fieldValue) {
        struct.set(nBlockAlign$LAYOUT, nBlockAlign$OFFSET, fieldValue);
    }

    private static final OfShort wBitsPerSample$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wBitsPerSample"));

    /** Layout of field wBitsPerSample. */
    public static OfShort wBitsPerSample$layout() {
        return wBitsPerSample$LAYOUT;
    }

    private static final long wBitsPerSample$OFFSET = $LAYOUT.byteOffset(groupElement("wBitsPerSample"));

    /** Offset of field wBitsPerSample. */
    public static long wBitsPerSample$offset() {
        return wBitsPerSample$OFFSET;
    }

    /** Getter for field wBitsPerSample. */
    public static short wBitsPerSample(MemorySegment struct) {
        return struct.get(wBitsPerSample$LAYOUT, wBitsPerSample$OFFSET);
    }

    /** Setter for field wBitsPerSample. */
    public static void wBitsPerSample(MemorySegment struct, short fieldValue) {
        struct.set(wBitsPerSample$LAYOUT, wBitsPerSample$OFFSET, fieldValue);
    }

    private static final OfShort cbSize$LAYOUT = (OfShort) $LAYOUT.select(groupElement("cbSize"));

    /** Layout of field cbSize. */
    public static OfShort cbSize$layout() {
        return cbSize$LAYOUT;
    }

    private static final long cbSize$OFFSET = $LAYOUT.byteOffset(groupElement("cbSize"));

    /** Offset of field cbSize. */
    public static long cbSize$offset() {
        return cbSize$OFFSET;
    }

    /** Getter for field cbSize. */
    public static short cbSize(MemorySegment struct) {
        return struct.get(cbSize$LAYOUT, cbSize$OFFSET);
    }

    /** Setter for field cbSize. */
    public static void cbSize(MemorySegment struct, short fieldValue) {
        struct.set(cbSize$LAYOUT, cbSize$OFFSET, fieldValue);
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
