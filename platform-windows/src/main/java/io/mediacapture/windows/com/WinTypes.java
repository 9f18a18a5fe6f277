package io.mediacapture.windows.com;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * Windows x64 (LLP64) C types, spelled out rather than taken from the host linker's canonical layouts:
 * on Linux {@code long} is 8 bytes, on Windows 4. Everything Windows-specific in this module is laid out
 * with these, so the same layouts are right whichever OS compiles or tests the module.
 */
public final class WinTypes {
    private WinTypes() {
    }

    /** Windows' LONG is 4 bytes (LLP64); checked like every other type here. */
    @CName("LONG")
    public static final ValueLayout.OfInt LONG = ValueLayout.JAVA_INT;
    /** HRESULT, LONG, ULONG, DWORD, UINT, UINT32, BOOL, enums: 4 bytes. */
    @CName("DWORD")
    public static final ValueLayout.OfInt DWORD = ValueLayout.JAVA_INT;
    @CName("HRESULT")
    public static final ValueLayout.OfInt HRESULT = ValueLayout.JAVA_INT;
    /** WORD, USHORT, VARTYPE, WCHAR: 2 bytes. */
    @CName("WORD")
    public static final ValueLayout.OfShort WORD = ValueLayout.JAVA_SHORT;
    /** UINT64, LONGLONG, REFERENCE_TIME: 8 bytes. */
    @CName("UINT64")
    public static final ValueLayout.OfLong UINT64 = ValueLayout.JAVA_LONG;
    /** Any pointer or HANDLE: 8 bytes on x64. */
    @CName("HANDLE")
    public static final AddressLayout POINTER = ValueLayout.ADDRESS;

    /** GUID: {@code {DWORD Data1; WORD Data2; WORD Data3; BYTE Data4[8];}}, 16 bytes, 4-byte aligned. */
    @CName("GUID")
    public static final StructLayout GUID = MemoryLayout.structLayout(
            DWORD.withName("Data1"),
            WORD.withName("Data2"),
            WORD.withName("Data3"),
            MemoryLayout.sequenceLayout(8, ValueLayout.JAVA_BYTE).withName("Data4")).withName("GUID");

    /** PROPERTYKEY / DEVPROPKEY: a GUID and a property id, 20 bytes. */
    @CName("PROPERTYKEY")
    public static final StructLayout PROPERTYKEY = MemoryLayout.structLayout(
            GUID.withName("fmtid"),
            DWORD.withName("pid")).withName("PROPERTYKEY");
}
