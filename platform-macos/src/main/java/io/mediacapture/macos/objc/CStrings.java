package io.mediacapture.macos.objc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** C strings for runtime calls. */
final class CStrings {
    private CStrings() {}

    /** A NUL-terminated UTF-8 copy that lives as long as the process (class names, type encodings). */
    static MemorySegment permanent(String s) {
        return Arena.global().allocateFrom(s);
    }

    /** Reads a C string, or returns null for NULL. */
    static String read(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
    }

    static MemorySegment temporary(Arena arena, String s) {
        return arena.allocateFrom(s);
    }
}
