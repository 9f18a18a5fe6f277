package io.mediacapture.windows.com;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.ValueLayout;

/**
 * Windows x64 (LLP64) C types, spelled out rather than taken from the host linker's canonical layouts:
 * on Linux {@code long} is 8 bytes, on Windows 4. Everything Windows-specific in this module is laid out
 * with these, so the same layouts are right whichever OS compiles or tests the module. Struct layouts are
 * in {@code io.mediacapture.windows.sdk}, one class per struct in jextract's shape.
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
}
