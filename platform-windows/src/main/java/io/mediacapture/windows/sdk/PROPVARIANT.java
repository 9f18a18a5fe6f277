package io.mediacapture.windows.sdk;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;
import static java.lang.foreign.ValueLayout.OfShort;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * {@snippet lang=c :
 * struct tagPROPVARIANT {
 *     VARTYPE vt;
 *     PROPVAR_PAD1 wReserved1;
 *     PROPVAR_PAD2 wReserved2;
 *     PROPVAR_PAD3 wReserved3;
 *     union { LPWSTR pwszVal; CLSID *puuid; BLOB blob; ... };
 * };
 * }
 * <p>propidl.h's PROPVARIANT, only the members read here (its C unions are anonymous, so their members are named directly).
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("PROPVARIANT")
public final class PROPVARIANT {
    PROPVARIANT() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Win64.C_SHORT.withName("vt"),
        Win64.C_SHORT.withName("wReserved1"),
        Win64.C_SHORT.withName("wReserved2"),
        Win64.C_SHORT.withName("wReserved3"),
        MemoryLayout.unionLayout(
            Win64.C_POINTER.withName("pwszVal"),
            Win64.C_POINTER.withName("puuid"),
            MemoryLayout.structLayout(
                Win64.C_INT.withName("cbSize"),
                MemoryLayout.paddingLayout(4),
                Win64.C_POINTER.withName("pBlobData")
            ).withName("blob"),
            MemoryLayout.paddingLayout(16)
        ).withName("$anon$0")
    ).withName("PROPVARIANT");

    /** The layout of this struct. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfShort vt$LAYOUT = (OfShort) $LAYOUT.select(groupElement("vt"));

    /** Layout of field vt. */
    public static OfShort vt$layout() {
        return vt$LAYOUT;
    }

    private static final long vt$OFFSET = $LAYOUT.byteOffset(groupElement("vt"));

    /** Offset of field vt. */
    public static long vt$offset() {
        return vt$OFFSET;
    }

    /** Getter for field vt. */
    public static short vt(MemorySegment struct) {
        return struct.get(vt$LAYOUT, vt$OFFSET);
    }

    /** Setter for field vt. */
    public static void vt(MemorySegment struct, short fieldValue) {
        struct.set(vt$LAYOUT, vt$OFFSET, fieldValue);
    }

    private static final OfShort wReserved1$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wReserved1"));

    /** Layout of field wReserved1. */
    public static OfShort wReserved1$layout() {
        return wReserved1$LAYOUT;
    }

    private static final long wReserved1$OFFSET = $LAYOUT.byteOffset(groupElement("wReserved1"));

    /** Offset of field wReserved1. */
    public static long wReserved1$offset() {
        return wReserved1$OFFSET;
    }

    /** Getter for field wReserved1. */
    public static short wReserved1(MemorySegment struct) {
        return struct.get(wReserved1$LAYOUT, wReserved1$OFFSET);
    }

    /** Setter for field wReserved1. */
    public static void wReserved1(MemorySegment struct, short fieldValue) {
        struct.set(wReserved1$LAYOUT, wReserved1$OFFSET, fieldValue);
    }

    private static final OfShort wReserved2$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wReserved2"));

    /** Layout of field wReserved2. */
    public static OfShort wReserved2$layout() {
        return wReserved2$LAYOUT;
    }

    private static final long wReserved2$OFFSET = $LAYOUT.byteOffset(groupElement("wReserved2"));

    /** Offset of field wReserved2. */
    public static long wReserved2$offset() {
        return wReserved2$OFFSET;
    }

    /** Getter for field wReserved2. */
    public static short wReserved2(MemorySegment struct) {
        return struct.get(wReserved2$LAYOUT, wReserved2$OFFSET);
    }

    /** Setter for field wReserved2. */
    public static void wReserved2(MemorySegment struct, short fieldValue) {
        struct.set(wReserved2$LAYOUT, wReserved2$OFFSET, fieldValue);
    }

    private static final OfShort wReserved3$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wReserved3"));

    /** Layout of field wReserved3. */
    public static OfShort wReserved3$layout() {
        return wReserved3$LAYOUT;
    }

    private static final long wReserved3$OFFSET = $LAYOUT.byteOffset(groupElement("wReserved3"));

    /** Offset of field wReserved3. */
    public static long wReserved3$offset() {
        return wReserved3$OFFSET;
    }

    /** Getter for field wReserved3. */
    public static short wReserved3(MemorySegment struct) {
        return struct.get(wReserved3$LAYOUT, wReserved3$OFFSET);
    }

    /** Setter for field wReserved3. */
    public static void wReserved3(MemorySegment struct, short fieldValue) {
        struct.set(wReserved3$LAYOUT, wReserved3$OFFSET, fieldValue);
    }

    private static final AddressLayout pwszVal$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("$anon$0"), groupElement("pwszVal"));

    /** Layout of field pwszVal. */
    public static AddressLayout pwszVal$layout() {
        return pwszVal$LAYOUT;
    }

    private static final long pwszVal$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("pwszVal"));

    /** Offset of field pwszVal. */
    public static long pwszVal$offset() {
        return pwszVal$OFFSET;
    }

    /** Getter for field pwszVal. */
    public static MemorySegment pwszVal(MemorySegment struct) {
        return struct.get(pwszVal$LAYOUT, pwszVal$OFFSET);
    }

    /** Setter for field pwszVal. */
    public static void pwszVal(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(pwszVal$LAYOUT, pwszVal$OFFSET, fieldValue);
    }

    private static final AddressLayout puuid$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("$anon$0"), groupElement("puuid"));

    /** Layout of field puuid. */
    public static AddressLayout puuid$layout() {
        return puuid$LAYOUT;
    }

    private static final long puuid$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("puuid"));

    /** Offset of field puuid. */
    public static long puuid$offset() {
        return puuid$OFFSET;
    }

    /** Getter for field puuid. */
    public static MemorySegment puuid(MemorySegment struct) {
        return struct.get(puuid$LAYOUT, puuid$OFFSET);
    }

    /** Setter for field puuid. */
    public static void puuid(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(puuid$LAYOUT, puuid$OFFSET, fieldValue);
    }

    private static final GroupLayout blob$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("$anon$0"), groupElement("blob"));

    /** Layout of field blob. */
    public static GroupLayout blob$layout() {
        return blob$LAYOUT;
    }

    private static final long blob$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("blob"));

    /** Offset of field blob. */
    public static long blob$offset() {
        return blob$OFFSET;
    }

    /** Getter for field blob: a slice of {@code struct}. */
    public static MemorySegment blob(MemorySegment struct) {
        return struct.asSlice(blob$OFFSET, blob$LAYOUT.byteSize());
    }

    /** Setter for field blob: copies {@code fieldValue} in. */
    public static void blob(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, blob$OFFSET, blob$LAYOUT.byteSize());
    }

    /** The struct blob: accessors take the struct's own segment (a slice from {@code blob(struct)}). */
    public static final class blob {
        blob() {
            // Should not be called directly
        }

        private static final GroupLayout $LAYOUT = blob$LAYOUT;

        /** The layout of this struct. */
        public static GroupLayout layout() {
            return $LAYOUT;
        }

        private static final OfInt cbSize$LAYOUT = (OfInt) $LAYOUT.select(groupElement("cbSize"));

        /** Layout of field cbSize. */
        public static OfInt cbSize$layout() {
            return cbSize$LAYOUT;
        }

        private static final long cbSize$OFFSET = $LAYOUT.byteOffset(groupElement("cbSize"));

        /** Offset of field cbSize. */
        public static long cbSize$offset() {
            return cbSize$OFFSET;
        }

        /** Getter for field cbSize. */
        public static int cbSize(MemorySegment struct) {
            return struct.get(cbSize$LAYOUT, cbSize$OFFSET);
        }

        /** Setter for field cbSize. */
        public static void cbSize(MemorySegment struct, int fieldValue) {
            struct.set(cbSize$LAYOUT, cbSize$OFFSET, fieldValue);
        }

        private static final AddressLayout pBlobData$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("pBlobData"));

        /** Layout of field pBlobData. */
        public static AddressLayout pBlobData$layout() {
            return pBlobData$LAYOUT;
        }

        private static final long pBlobData$OFFSET = $LAYOUT.byteOffset(groupElement("pBlobData"));

        /** Offset of field pBlobData. */
        public static long pBlobData$offset() {
            return pBlobData$OFFSET;
        }

        /** Getter for field pBlobData. */
        public static MemorySegment pBlobData(MemorySegment struct) {
            return struct.get(pBlobData$LAYOUT, pBlobData$OFFSET);
        }

        /** Setter for field pBlobData. */
        public static void pBlobData(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(pBlobData$LAYOUT, pBlobData$OFFSET, fieldValue);
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
