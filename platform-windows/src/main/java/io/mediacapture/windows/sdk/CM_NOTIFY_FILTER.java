package io.mediacapture.windows.sdk;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.SequenceLayout;

/**
 * {@snippet lang=c :
 * typedef struct _CM_NOTIFY_FILTER {
 *     DWORD cbSize;
 *     DWORD Flags;
 *     CM_NOTIFY_FILTER_TYPE FilterType;
 *     DWORD Reserved;
 *     union {
 *         struct { GUID ClassGuid; } DeviceInterface;
 *         struct { HANDLE hTarget; } DeviceHandle;
 *         struct { WCHAR InstanceId[MAX_DEVICE_ID_LEN]; } DeviceInstance;
 *     } u;
 * } CM_NOTIFY_FILTER;
 * }
 * <p>cfgmgr32.h's CM_NOTIFY_FILTER.
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("CM_NOTIFY_FILTER")
public final class CM_NOTIFY_FILTER {
    CM_NOTIFY_FILTER() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Win64.C_INT.withName("cbSize"),
        Win64.C_INT.withName("Flags"),
        Win64.C_INT.withName("FilterType"),
        Win64.C_INT.withName("Reserved"),
        MemoryLayout.unionLayout(
            MemoryLayout.structLayout(
                GUID.layout().withName("ClassGuid")
            ).withName("DeviceInterface"),
            MemoryLayout.structLayout(
                Win64.C_POINTER.withName("hTarget")
            ).withName("DeviceHandle"),
            MemoryLayout.structLayout(
                MemoryLayout.sequenceLayout(200, Win64.C_SHORT).withName("InstanceId")
            ).withName("DeviceInstance")
        ).withName("u")
    ).withName("CM_NOTIFY_FILTER");

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

    private static final OfInt Flags$LAYOUT = (OfInt) $LAYOUT.select(groupElement("Flags"));

    /** Layout of field Flags. */
    public static OfInt Flags$layout() {
        return Flags$LAYOUT;
    }

    private static final long Flags$OFFSET = $LAYOUT.byteOffset(groupElement("Flags"));

    /** Offset of field Flags. */
    public static long Flags$offset() {
        return Flags$OFFSET;
    }

    /** Getter for field Flags. */
    public static int Flags(MemorySegment struct) {
        return struct.get(Flags$LAYOUT, Flags$OFFSET);
    }

    /** Setter for field Flags. */
    public static void Flags(MemorySegment struct, int fieldValue) {
        struct.set(Flags$LAYOUT, Flags$OFFSET, fieldValue);
    }

    private static final OfInt FilterType$LAYOUT = (OfInt) $LAYOUT.select(groupElement("FilterType"));

    /** Layout of field FilterType. */
    public static OfInt FilterType$layout() {
        return FilterType$LAYOUT;
    }

    private static final long FilterType$OFFSET = $LAYOUT.byteOffset(groupElement("FilterType"));

    /** Offset of field FilterType. */
    public static long FilterType$offset() {
        return FilterType$OFFSET;
    }

    /** Getter for field FilterType. */
    public static int FilterType(MemorySegment struct) {
        return struct.get(FilterType$LAYOUT, FilterType$OFFSET);
    }

    /** Setter for field FilterType. */
    public static void FilterType(MemorySegment struct, int fieldValue) {
        struct.set(FilterType$LAYOUT, FilterType$OFFSET, fieldValue);
    }

    private static final OfInt Reserved$LAYOUT = (OfInt) $LAYOUT.select(groupElement("Reserved"));

    /** Layout of field Reserved. */
    public static OfInt Reserved$layout() {
        return Reserved$LAYOUT;
    }

    private static final long Reserved$OFFSET = $LAYOUT.byteOffset(groupElement("Reserved"));

    /** Offset of field Reserved. */
    public static long Reserved$offset() {
        return Reserved$OFFSET;
    }

    /** Getter for field Reserved. */
    public static int Reserved(MemorySegment struct) {
        return struct.get(Reserved$LAYOUT, Reserved$OFFSET);
    }

    /** Setter for field Reserved. */
    public static void Reserved(MemorySegment struct, int fieldValue) {
        struct.set(Reserved$LAYOUT, Reserved$OFFSET, fieldValue);
    }

    private static final GroupLayout u$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("u"));

    /** Layout of field u. */
    public static GroupLayout u$layout() {
        return u$LAYOUT;
    }

    private static final long u$OFFSET = $LAYOUT.byteOffset(groupElement("u"));

    /** Offset of field u. */
    public static long u$offset() {
        return u$OFFSET;
    }

    /** Getter for field u: a slice of {@code struct}. */
    public static MemorySegment u(MemorySegment struct) {
        return struct.asSlice(u$OFFSET, u$LAYOUT.byteSize());
    }

    /** Setter for field u: copies {@code fieldValue} in. */
    public static void u(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, u$OFFSET, u$LAYOUT.byteSize());
    }

    /** The union u: accessors take the union's own segment (a slice from {@code u(struct)}). */
    public static final class u {
        u() {
            // Should not be called directly
        }

        private static final GroupLayout $LAYOUT = u$LAYOUT;

        /** The layout of this union. */
        public static GroupLayout layout() {
            return $LAYOUT;
        }

        private static final GroupLayout DeviceInterface$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("DeviceInterface"));

        /** Layout of field DeviceInterface. */
        public static GroupLayout DeviceInterface$layout() {
            return DeviceInterface$LAYOUT;
        }

        private static final long DeviceInterface$OFFSET = $LAYOUT.byteOffset(groupElement("DeviceInterface"));

        /** Offset of field DeviceInterface. */
        public static long DeviceInterface$offset() {
            return DeviceInterface$OFFSET;
        }

        /** Getter for field DeviceInterface: a slice of {@code struct}. */
        public static MemorySegment DeviceInterface(MemorySegment struct) {
            return struct.asSlice(DeviceInterface$OFFSET, DeviceInterface$LAYOUT.byteSize());
        }

        /** Setter for field DeviceInterface: copies {@code fieldValue} in. */
        public static void DeviceInterface(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, DeviceInterface$OFFSET, DeviceInterface$LAYOUT.byteSize());
        }

        /** The struct DeviceInterface: accessors take the struct's own segment (a slice from {@code DeviceInterface(struct)}). */
        public static final class DeviceInterface {
            DeviceInterface() {
                // Should not be called directly
            }

            private static final GroupLayout $LAYOUT = DeviceInterface$LAYOUT;

            /** The layout of this struct. */
            public static GroupLayout layout() {
                return $LAYOUT;
            }

            private static final GroupLayout ClassGuid$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("ClassGuid"));

            /** Layout of field ClassGuid. */
            public static GroupLayout ClassGuid$layout() {
                return ClassGuid$LAYOUT;
            }

            private static final long ClassGuid$OFFSET = $LAYOUT.byteOffset(groupElement("ClassGuid"));

            /** Offset of field ClassGuid. */
            public static long ClassGuid$offset() {
                return ClassGuid$OFFSET;
            }

            /** Getter for field ClassGuid: a slice of {@code struct}. */
            public static MemorySegment ClassGuid(MemorySegment struct) {
                return struct.asSlice(ClassGuid$OFFSET, ClassGuid$LAYOUT.byteSize());
            }

            /** Setter for field ClassGuid: copies {@code fieldValue} in. */
            public static void ClassGuid(MemorySegment struct, MemorySegment fieldValue) {
                MemorySegment.copy(fieldValue, 0L, struct, ClassGuid$OFFSET, ClassGuid$LAYOUT.byteSize());
            }

        }

        private static final GroupLayout DeviceHandle$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("DeviceHandle"));

        /** Layout of field DeviceHandle. */
        public static GroupLayout DeviceHandle$layout() {
            return DeviceHandle$LAYOUT;
        }

        private static final long DeviceHandle$OFFSET = $LAYOUT.byteOffset(groupElement("DeviceHandle"));

        /** Offset of field DeviceHandle. */
        public static long DeviceHandle$offset() {
            return DeviceHandle$OFFSET;
        }

        /** Getter for field DeviceHandle: a slice of {@code struct}. */
        public static MemorySegment DeviceHandle(MemorySegment struct) {
            return struct.asSlice(DeviceHandle$OFFSET, DeviceHandle$LAYOUT.byteSize());
        }

        /** Setter for field DeviceHandle: copies {@code fieldValue} in. */
        public static void DeviceHandle(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, DeviceHandle$OFFSET, DeviceHandle$LAYOUT.byteSize());
        }

        /** The struct DeviceHandle: accessors take the struct's own segment (a slice from {@code DeviceHandle(struct)}). */
        public static final class DeviceHandle {
            DeviceHandle() {
                // Should not be called directly
            }

            private static final GroupLayout $LAYOUT = DeviceHandle$LAYOUT;

            /** The layout of this struct. */
            public static GroupLayout layout() {
                return $LAYOUT;
            }

            private static final AddressLayout hTarget$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("hTarget"));

            /** Layout of field hTarget. */
            public static AddressLayout hTarget$layout() {
                return hTarget$LAYOUT;
            }

            private static final long hTarget$OFFSET = $LAYOUT.byteOffset(groupElement("hTarget"));

            /** Offset of field hTarget. */
            public static long hTarget$offset() {
                return hTarget$OFFSET;
            }

            /** Getter for field hTarget. */
            public static MemorySegment hTarget(MemorySegment struct) {
                return struct.get(hTarget$LAYOUT, hTarget$OFFSET);
            }

            /** Setter for field hTarget. */
            public static void hTarget(MemorySegment struct, MemorySegment fieldValue) {
                struct.set(hTarget$LAYOUT, hTarget$OFFSET, fieldValue);
            }

        }

        private static final GroupLayout DeviceInstance$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("DeviceInstance"));

        /** Layout of field DeviceInstance. */
        public static GroupLayout DeviceInstance$layout() {
            return DeviceInstance$LAYOUT;
        }

        private static final long DeviceInstance$OFFSET = $LAYOUT.byteOffset(groupElement("DeviceInstance"));

        /** Offset of field DeviceInstance. */
        public static long DeviceInstance$offset() {
            return DeviceInstance$OFFSET;
        }

        /** Getter for field DeviceInstance: a slice of {@code struct}. */
        public static MemorySegment DeviceInstance(MemorySegment struct) {
            return struct.asSlice(DeviceInstance$OFFSET, DeviceInstance$LAYOUT.byteSize());
        }

        /** Setter for field DeviceInstance: copies {@code fieldValue} in. */
        public static void DeviceInstance(MemorySegment struct, MemorySegment fieldValue) {
            MemorySegment.copy(fieldValue, 0L, struct, DeviceInstance$OFFSET, DeviceInstance$LAYOUT.byteSize());
        }

        /** The struct DeviceInstance: accessors take the struct's own segment (a slice from {@code DeviceInstance(struct)}). */
        public static final class DeviceInstance {
            DeviceInstance() {
                // Should not be called directly
            }

            private static final GroupLayout $LAYOUT = DeviceInstance$LAYOUT;

            /** The layout of this struct. */
            public static GroupLayout layout() {
                return $LAYOUT;
            }

            private static final SequenceLayout InstanceId$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("InstanceId"));

            /** Layout of field InstanceId. */
            public static SequenceLayout InstanceId$layout() {
                return InstanceId$LAYOUT;
            }

            private static final long InstanceId$OFFSET = $LAYOUT.byteOffset(groupElement("InstanceId"));

            /** Offset of field InstanceId. */
            public static long InstanceId$offset() {
                return InstanceId$OFFSET;
            }

            /** Getter for field InstanceId: a slice of {@code struct}. */
            public static MemorySegment InstanceId(MemorySegment struct) {
                return struct.asSlice(InstanceId$OFFSET, InstanceId$LAYOUT.byteSize());
            }

            /** Setter for field InstanceId: copies {@code fieldValue} in. */
            public static void InstanceId(MemorySegment struct, MemorySegment fieldValue) {
                MemorySegment.copy(fieldValue, 0L, struct, InstanceId$OFFSET, InstanceId$LAYOUT.byteSize());
            }

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
