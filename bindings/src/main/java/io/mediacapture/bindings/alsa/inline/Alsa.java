package io.mediacapture.bindings.alsa.inline;

import io.mediacapture.bindings.alsa.asoundlib_h;
import io.mediacapture.bindings.libc.stdlib_h;

import java.lang.foreign.MemorySegment;

/**
 * Small hand-written helpers over {@link asoundlib_h}: error checks and C strings. Thread-safe.
 */
public final class Alsa {
    private Alsa() {}

    /** libasound's text for a (negative) error code, e.g. "No such file or directory". */
    public static String strerror(int errorCode) {
        MemorySegment s = asoundlib_h.snd_strerror(errorCode);
        return s.equals(MemorySegment.NULL) ? "ALSA error " + errorCode : s.getString(0);
    }

    /** Returns {@code result} when it is not negative, else throws an {@link AlsaException} naming {@code call}. */
    public static int check(String call, int result) {
        if (result < 0) {
            throw new AlsaException(call, result);
        }
        return result;
    }

    /** {@link #check(String, int)} for the {@code snd_pcm_sframes_t} results. */
    public static long check(String call, long result) {
        if (result < 0) {
            throw new AlsaException(call, (int) result);
        }
        return result;
    }

    /** A {@code const char *} that libasound owns, as a Java string; null for NULL. */
    public static String string(MemorySegment cString) {
        return cString.equals(MemorySegment.NULL) ? null : cString.getString(0);
    }

    /**
     * A {@code char *} that the caller must free (from {@code snd_device_name_get_hint},
     * {@code snd_card_get_name}, ...), as a Java string; the C string is freed. Null for NULL.
     */
    public static String takeString(MemorySegment mallocedString) {
        if (mallocedString.equals(MemorySegment.NULL)) {
            return null;
        }
        try {
            return mallocedString.getString(0);
        } finally {
            stdlib_h.free(mallocedString);
        }
    }
}
