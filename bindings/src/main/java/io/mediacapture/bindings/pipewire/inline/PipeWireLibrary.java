package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.NativeLibrary;
import io.mediacapture.bindings.pipewire.pipewire_h;

/** libpipewire-0.3, loaded by the generated {@link pipewire_h} on first use (see {@link NativeLibrary}). */
public final class PipeWireLibrary {
    private PipeWireLibrary() {}

    /** Call {@code LIBRARY.load()} before the first use of {@link pipewire_h}. The soname is pipewire.args' {@code -l}. */
    public static final NativeLibrary LIBRARY =
            new NativeLibrary("libpipewire-0.3.so.0", "Debian package libpipewire-0.3-0", pipewire_h.class);
}
