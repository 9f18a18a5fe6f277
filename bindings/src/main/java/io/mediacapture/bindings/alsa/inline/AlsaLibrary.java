package io.mediacapture.bindings.alsa.inline;

import io.mediacapture.bindings.NativeLibrary;
import io.mediacapture.bindings.alsa.asoundlib_h;

/** libasound, loaded by the generated {@link asoundlib_h} on first use (see {@link NativeLibrary}). */
public final class AlsaLibrary {
    private AlsaLibrary() {}

    /** Call {@code LIBRARY.load()} before the first use of {@link asoundlib_h}. The soname is alsa.args' {@code --library}. */
    public static final NativeLibrary LIBRARY =
            new NativeLibrary("libasound.so.2", "Debian package libasound2", asoundlib_h.class);
}
