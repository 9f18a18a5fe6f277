package io.mediacapture.windows.sdk;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.SequenceLayout;

/**
 * {@snippet lang=c :
 * typedef struct _CM_NOTIFY_EVENT_DATA {
 *     CM_NOTIFY_FILTER_TYPE FilterType;
 *     DWORD Reserved;
 *     union {
 *         struct { GUID ClassGuid; WCHAR SymbolicLink[ANYSIZE_ARRAY]; } DeviceInterface;
 *         struct { GUID EventGuid; LONG NameOffset; DWORD DataSize; BYTE Data[ANYSIZE_ARRAY]; } DeviceHandle;
 *         struct { WCHAR InstanceId[ANYSIZE_ARRAY]; } DeviceInstance;
 *     } u;
 * } CM_NOTIFY_EVENT_DATA;
 * }
 * <p>cfgmgr32.h's CM_NOTIFY_EVENT_DATA, with its one-element trailing arrays (the data runs on past {@link #sizeof()}).
 * <p>In jextract's shape, written by hand (jextract cannot read the Windows SDK headers here), and checked
 * against MinGW-w64's headers by {@code WindowsAbiTest}: the size, and the offset and size of every member.
 */
@CName("CM_NOTIFY_EVENT_DATA")
public final class CM_NOTIFY_EVENT_DATA {
    CM_NOTIFY_EVENT_DATA() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Win64.C_INT.withName("FilterType"),
        Win64.C_INT.withName("Reserved"),
        MemoryLayout.unionLayout(
            MemoryLayout.structLayout(
                GUID.layout().withName("ClassGuid"),
                MemoryLayout.sequenceLayout(1, Win64.C_SHORT).withName("SymbolicLink"),
                MemoryLayout.paddingLayout(2)
            ).withName("DeviceInterface"),
            MemoryLayout.structLayout(
                GUID.layout().withName("EventGuid"),
                Win64.C_INT.withName("NameOffset"),
                Win64.C_INT.withName("DataSize"),
                MemoryLayout.sequenceLayout(1, Win64.C_CHAR).withName("Data"),
                MemoryLayout.paddingLayout(3)
            ).withName("DeviceHandle"),
            MemoryLayout.structLayout(
                MemoryLayout.sequenceLayout(1, Win64.C_SHORT).withName("InstanceId")
            ).withName("DeviceInstance")
        ).withName("u")
    ).withName("CM_NOTIFY_EVENT_DATA");

    /** The layout of this struct. */
    public static GroupLayout layout() {
        return $LAYOUT;
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

            private static final SequenceLayout SymbolicLink$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("SymbolicLink"));

            /** Layout of field SymbolicLink. */
            public static SequenceLayout SymbolicLink$layout() {
                return SymbolicLink$LAYOUT;
            }

            private static final long SymbolicLink$OFFSET = $LAYOUT.byteOffset(groupElement("SymbolicLink"));

            /** Offset of field SymbolicLink. */
            public static long SymbolicLink$offset() {
                return SymbolicLink$OFFSET;
            }

            /** Getter for field SymbolicLink: a slice of {@code struct}. */
            public static MemorySegment SymbolicLink(MemorySegment struct) {
                return struct.asSlice(SymbolicLink$OFFSET, SymbolicLink$LAYOUT.byteSize());
            }

            /** Setter for field SymbolicLink: copies {@code fieldValue} in. */
            public static void SymbolicLink(MemorySegment struct, MemorySegment fieldValue) {
                MemorySegment.copy(fieldValue, 0L, struct, SymbolicLink$OFFSET, SymbolicLink$LAYOUT.byteSize());
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

            private static final GroupLayout EventGuid$LAYOUT = (GroupLayout) $LAYOUT.select(groupElement("EventGuid"));

            /** Layout of field EventGuid. */
            public static GroupLayout EventGuid$layout() {
                return EventGuid$LAYOUT;
            }

            private static final long EventGuid$OFFSET = $LAYOUT.byteOffset(groupElement("EventGuid"));

            /** Offset of field EventGuid. */
            public static long EventGuid$offset() {
                return EventGuid$OFFSET;
            }

            /** Getter for field EventGuid: a slice of {@code struct}. */
            public static MemorySegment EventGuid(MemorySegment struct) {
                return struct.asSlice(EventGuid$OFFSET, EventGuid$LAYOUT.byteSize());
            }

            /** Setter for field EventGuid: copies {@code fieldValue} in. */
            public static void EventGuid(MemorySegment struct, MemorySegment fieldValue) {
                MemorySegment.copy(fieldValue, 0L, struct, EventGuid$OFFSET, EventGuid$LAYOUT.byteSize());
            }

            private static final OfInt NameOffset$LAYOUT = (OfInt) $LAYOUT.select(groupElement("NameOffset"));

            /** Layout of field NameOffset. */
            public static OfInt NameOffset$layout() {
                return NameOffset$LAYOUT;
            }

            private static final long NameOffset$OFFSET = $LAYOUT.byteOffset(groupElement("NameOffset"));

            /** Offset of field NameOffset. */
            public static long NameOffset$offset() {
                return NameOffset$OFFSET;
            }

            /** Getter for field NameOffset. */
            public static int NameOffset(MemorySegment struct) {
                return struct.get(NameOffset$LAYOUT, NameOffset$OFFSET);
            }

            /** Setter for field NameOffset. */
            public static void NameOffset(MemorySegment struct, int fieldValue) {
                struct.set(NameOffset$LAYOUT, NameOffset$OFFSET, fieldValue);
            }

            private static final OfInt DataSize$LAYOUT = (OfInt) $LAYOUT.select(groupElement("DataSize"));

            /** Layout of field DataSize. */
            public static OfInt DataSize$layout() {
                return DataSize$LAYOUT;
            }

            private static final long DataSize$OFFSET = $LAYOUT.byteOffset(groupElement("DataSize"));

            /** Offset of field DataSize. */
            public static long DataSize$offset() {
                return DataSize$OFFSET;
            }

            /** Getter for field DataSize. */
            public static int DataSize(MemorySegment struct) {
                return struct.get(DataSize$LAYOUT, DataSize$OFFSET);
            }

            /** Setter for field DataSize. */
            public static void DataSize(MemorySegment struct, int fieldValue) {
                struct.set(DataSize$LAYOUT, DataSize$OFFSET, fieldValue);
            }

            private static final SequenceLayout Data$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("Data"));

            /** Layout of field Data. */
            public static SequenceLayout Data$layout() {
                return Data$LAYOUT;
            }

            private static final long Data$OFFSET = $LAYOUT.byteOffset(groupElement("Data"));

            /** Offset of field Data. */
            public static long Data$offset() {
                return Data$OFFSET;
            }

            /** Getter for field Data: a slice of {@code struct}. */
            public static MemorySegment Data(MemorySegment struct) {
                return struct.asSlice(Data$OFFSET, Data$LAYOUT.byteSize());
            }

            /** Setter for field Data: copies {@code fieldValue} in. */
            public static void Data(MemorySegment struct, MemorySegment fieldValue) {
                MemorySegment.copy(fieldValue, 0L, struct, Data$OFFSET, Data$LAYOUT.byteSize());
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
