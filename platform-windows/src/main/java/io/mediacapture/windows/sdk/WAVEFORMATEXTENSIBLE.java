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
 * typedef struct {
 *     WAVEFORMATEX Format;
 *     union { WORD wValidBitsPerSample; WORD wSamplesPerBlock; WORD wReserved; } Samples;
 *     DWORD dwChannelMask;
 *     GUID SubFormat;
 * } WAVEFORMATEXTENSIBLE;
 * }
 * <p>mmreg.h's WAVEFORMATEXTENSIBLE (packed, 40 bytes).
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("WAVEFORMATEXTENSIBLE")
public final class WAVEFORMATEXTENSIBLE {
    WAVEFORMATEXTENSIBLE() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        WAVEFORMATEX.layout().withName("Format"),
        MemoryLayout.unionLayout(
            Win64.C_SHORT_UNALIGNED.withName("wValidBitsPerSample"),
            Win64.C_SHORT_UNALIGNED.withName("wSamplesPerBlock"),
            Win64.C_SHORT_UNALIGNED.withName("wReserved")
        ).withName("Samples"),
        Win64.C_INT_UNALIGNED.withName("dwChannelMask"),
        MemoryLayout.structLayout(
            Win64.C_INT_UNALIGNED.withName("Data1"),
            Win64.C_SHORT_UNALIGNED.withName("Data2"),
            Win64.C_SHORT_UNALIGNED.withName("Data3"),
            MemoryLayout.sequenceLayout(8, Win64.C_CHAR).withName("Data4")
        ).withName("SubFormat")
    ).withName("WAVEFORMATEXTENSIBLE");

    /** The layout of this struct. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout Format$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("Format"));

    /** Layout of field Format. */
    public static GroupLayout Format$layout() {
        return Format$LAYOUT;
    }

    private static final long Format$OFFSET = $LAYOUT.byteOffset(groupElement("Format"));

    /** Offset of field Format. */
    public static long Format$offset() {
        return Format$OFFSET;
    }

    /** Getter for field Format: a slice of {@code struct}. */
    public static MemorySegment Format(MemorySegment struct) {
        return struct.asSlice(Format$OFFSET, Format$LAYOUT.byteSize());
    }

    /** Setter for field Format: copies {@code fieldValue} in. */
    public static void Format(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, Format$OFFSET, Format$LAYOUT.byteSize());
    }

    private static final GroupLayout Samples$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("Samples"));

    /** Layout of field Samples. */
    public static GroupLayout Samples$layout() {
        return Samples$LAYOUT;
    }

    private static final long Samples$OFFSET = $LAYOUT.byteOffset(groupElement("Samples"));

    /** Offset of field Samples. */
    public static long Samples$offset() {
        return Samples$OFFSET;
    }

    /** Getter for field Samples: a slice of {@code struct}. */
    public static MemorySegment Samples(MemorySegment struct) {
        return struct.asSlice(Samples$OFFSET, Samples$LAYOUT.byteSize());
    }

    /** Setter for field Samples: copies {@code fieldValue} in. */
    public static void Samples(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, Samples$OFFSET, Samples$LAYOUT.byteSize());
    }

    /** The union Samples: accessors take the union's own segment (a slice from {@code Samples(struct)}). */
    public static final class Samples {
        Samples() {
            // Should not be called directly
        }

        private static final GroupLayout $LAYOUT = Samples$LAYOUT;

        /** The layout of this union. */
        public static GroupLayout layout() {
            return $LAYOUT;
        }

        private static final OfShort wValidBitsPerSample$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wValidBitsPerSample"));

        /** Layout of field wValidBitsPerSample. */
        public static OfShort wValidBitsPerSample$layout() {
            return wValidBitsPerSample$LAYOUT;
        }

        private static final long wValidBitsPerSample$OFFSET = $LAYOUT.byteOffset(groupElement("wValidBitsPerSample"));

        /** Offset of field wValidBitsPerSample. */
        public static long wValidBitsPerSample$offset() {
            return wValidBitsPerSample$OFFSET;
        }

        /** Getter for field wValidBitsPerSample. */
        public static short wValidBitsPerSample(MemorySegment struct) {
            return struct.get(wValidBitsPerSample$LAYOUT, wValidBitsPerSample$OFFSET);
        }

        /** Setter for field wValidBitsPerSample. */
        public static void wValidBitsPerSample(MemorySegment struct, short fieldValue) {
            struct.set(wValidBitsPerSample$LAYOUT, wValidBitsPerSample$OFFSET, fieldValue);
        }

        private static final OfShort wSamplesPerBlock$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wSamplesPerBlock"));

        /** Layout of field wSamplesPerBlock. */
        public static OfShort wSamplesPerBlock$layout() {
            return wSamplesPerBlock$LAYOUT;
        }

        private static final long wSamplesPerBlock$OFFSET = $LAYOUT.byteOffset(groupElement("wSamplesPerBlock"));

        /** Offset of field wSamplesPerBlock. */
        public static long wSamplesPerBlock$offset() {
            return wSamplesPerBlock$OFFSET;
        }

        /** Getter for field wSamplesPerBlock. */
        public static short wSamplesPerBlock(MemorySegment struct) {
            return struct.get(wSamplesPerBlock$LAYOUT, wSamplesPerBlock$OFFSET);
        }

        /** Setter for field wSamplesPerBlock. */
        public static void wSamplesPerBlock(MemorySegment struct, short fieldValue) {
            struct.set(wSamplesPerBlock$LAYOUT, wSamplesPerBlock$OFFSET, fieldValue);
        }

        private static final OfShort wReserved$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wReserved"));

        /** Layout of field wReserved. */
        public static OfShort wReserved$layout() {
            return wReserved$LAYOUT;
        }

        private static final long wReserved$OFFSET = $LAYOUT.byteOffset(groupElement("wReserved"));

        /** Offset of field wReserved. */
        public static long wReserved$offset() {
            return wReserved$OFFSET;
        }

        /** Getter for field wReserved. */
        public static short wReserved(MemorySegment struct) {
            return struct.get(wReserved$LAYOUT, wReserved$OFFSET);
        }

        /** Setter for field wReserved. */
        public static void wReserved(MemorySegment struct, short fieldValue) {
            struct.set(wReserved$LAYOUT, wReserved$OFFSET, fieldValue);
        }

    }

    private static final OfInt dwChannelMask$LAYOUT = (OfInt) $LAYOUT.select(groupElement("dwChannelMask"));

    /** Layout of field dwChannelMask. */
    public static OfInt dwChannelMask$layout() {
        return dwChannelMask$LAYOUT;
    }

    private static final long dwChannelMask$OFFSET = $LAYOUT.byteOffset(groupElement("dwChannelMask"));

    /** Offset of field dwChannelMask. */
    public static long dwChannelMask$offset() {
        return dwChannelMask$OFFSET;
    }

    /** Getter for field dwChannelMask. */
    public static int dwChannelMask(MemorySegment struct) {
        return struct.get(dwChannelMask$LAYOUT, dwChannelMask$OFFSET);
    }

    /** Setter for field dwChannelMask. */
    public static void dwChannelMask(MemorySegment struct, int fieldValue) {
        struct.set(dwChannelMask$LAYOUT, dwChannelMask$OFFSET, fieldValue);
    }

    private static final GroupLayout SubFormat$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("SubFormat"));

    /** Layout of field SubFormat. */
    public static GroupLayout SubFormat$layout() {
        return SubFormat$LAYOUT;
    }

    private static final long SubFormat$OFFSET = $LAYOUT.byteOffset(groupElement("SubFormat"));

    /** Offset of field SubFormat. */
    public static long SubFormat$offset() {
        return SubFormat$OFFSET;
    }

    /** Getter for field SubFormat: a slice of {@code struct}. */
    public static MemorySegment SubFormat(MemorySegment struct) {
        return struct.asSlice(SubFormat$OFFSET, SubFormat$LAYOUT.byteSize());
    }

    /** Setter for field SubFormat: copies {@code fieldValue} in. */
    public static void SubFormat(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, SubFormat$OFFSET, SubFormat$LAYOUT.byteSize());
    }

    /** The struct SubFormat: accessors take the struct's own segment (a slice from {@code SubFormat(struct)}). */
    public static final class SubFormat {
        SubFormat() {
            // Should not be called directly
        }

        private static final GroupLayout $LAYOUT = SubFormat$LAYOUT;

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
