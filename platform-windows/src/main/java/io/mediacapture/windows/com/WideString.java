package io.mediacapture.windows.com;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/** UTF-16LE, NUL-terminated strings (LPCWSTR in, LPWSTR out) as Windows APIs use them. */
public final class WideString {
    /** Longest string read from native memory; device ids and names are far shorter. */
    public static final int MAX_CHARS = 32 * 1024;

    private WideString() {
    }

    /** A NUL-terminated copy of {@code s} for an LPCWSTR argument. */
    public static MemorySegment allocate(SegmentAllocator allocator, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
        MemorySegment m = allocator.allocate(b.length + 2L, 2);
        MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
        m.set(ValueLayout.JAVA_SHORT_UNALIGNED, b.length, (short) 0);
        return m;
    }

    /**
     * Reads the NUL-terminated string at {@code p}.
     *
     * @throws IllegalArgumentException when {@code p} is NULL or no terminator comes within {@link #MAX_CHARS}
     */
    public static String read(MemorySegment p) {
        if (p == null || p.equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException("NULL string pointer");
        }
        MemorySegment s = p.reinterpret(2L * MAX_CHARS);
        for (int i = 0; i < MAX_CHARS; i++) {
            if (s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 2L * i) == 0) {
                byte[] b = new byte[2 * i];
                MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, b, 0, b.length);
                return new String(b, StandardCharsets.UTF_16LE);
            }
        }
        throw new IllegalArgumentException("string at 0x" + Long.toHexString(p.address()) + " has no terminator within "
                + MAX_CHARS + " characters");
    }

    /** Reads {@code count} UTF-16 units at {@code p} (a WCHAR buffer with a known length). */
    public static String read(MemorySegment p, int count) {
        byte[] b = new byte[2 * count];
        MemorySegment.copy(p.reinterpret(2L * count), ValueLayout.JAVA_BYTE, 0, b, 0, b.length);
        return new String(b, StandardCharsets.UTF_16LE);
    }

    /**
     * Reads a callee-allocated LPWSTR out-parameter and frees it, also when reading fails.
     *
     * @return the string, or null when {@code p} is NULL
     */
    public static String readAndFree(MemorySegment p, ComAllocator allocator) {
        if (p == null || p.equals(MemorySegment.NULL)) {
            return null;
        }
        try {
            return read(p);
        } finally {
            allocator.free(p);
        }
    }
}
