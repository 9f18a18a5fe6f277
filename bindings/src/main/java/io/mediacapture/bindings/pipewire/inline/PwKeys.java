package io.mediacapture.bindings.pipewire.inline;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Property keys of {@code pipewire/keys.h} that jextract drops without a warning: those defined through
 * {@code PW_DEPRECATED(v)}, a GCC statement expression that jextract cannot evaluate. The others are
 * {@code pipewire_h.PW_KEY_*()}. PipeWireAbiTest checks these against the C compiler.
 */
public final class PwKeys {
    private PwKeys() {}

    private static final MemorySegment NODE_TARGET = Arena.global().allocateFrom("node.target");

    /**
     * {@code #define PW_KEY_NODE_TARGET PW_DEPRECATED("node.target")}: deprecated since PipeWire 0.3.64 in
     * favour of {@code PW_KEY_TARGET_OBJECT}, still honoured by older daemons. A NUL-terminated string that
     * lives as long as the JVM.
     */
    public static MemorySegment PW_KEY_NODE_TARGET() {
        return NODE_TARGET;
    }
}
