package io.mediacapture.windows.sdk;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.ValueLayout;

/**
 * The C types of Windows x64 (LLP64), as jextract's shared header class gives them, spelled out rather than
 * taken from the host linker's canonical layouts: on Linux {@code long} is 8 bytes, on Windows 4. Everything
 * in this package is laid out with these, so the same layouts hold whichever OS compiles or tests it.
 */
public final class Win64 {
    private Win64() {
    }

    /** char, BYTE. */
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    /** short, WORD, WCHAR, VARTYPE. */
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    /** int, long (LLP64), DWORD, UINT, HRESULT, BOOL, enums. */
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    /** long long, UINT64, REFERENCE_TIME. */
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    /** Any pointer or HANDLE. */
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS;
    /** A WORD inside a struct packed to 1 byte (mmreg.h's). */
    public static final ValueLayout.OfShort C_SHORT_UNALIGNED = ValueLayout.JAVA_SHORT_UNALIGNED;
    /** A DWORD inside a struct packed to 1 byte. */
    public static final ValueLayout.OfInt C_INT_UNALIGNED = ValueLayout.JAVA_INT_UNALIGNED;
}
