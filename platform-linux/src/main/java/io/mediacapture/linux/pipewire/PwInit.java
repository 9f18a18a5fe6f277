package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.pipewire.pipewire_h;
import java.lang.foreign.MemorySegment;

/**
 * Reference-counted {@code pw_init}/{@code pw_deinit}: libpipewire's global state is shared by every backend
 * (and the availability probe) in the JVM, so the first user initialises it and the last one tears it down.
 */
final class PwInit {
    private static final Object LOCK = new Object();
    private static int users; // guarded by LOCK

    private PwInit() {}

    /** Initialises libpipewire if this is the first user. Pair with exactly one {@link #release()}. */
    static void acquire() {
        synchronized (LOCK) {
            if (users == 0) {
                pipewire_h.pw_init(MemorySegment.NULL, MemorySegment.NULL);
            }
            users++;
        }
    }

    static void release() {
        synchronized (LOCK) {
            if (users <= 0) {
                throw new IllegalStateException("pw_deinit without a matching pw_init");
            }
            if (--users == 0) {
                pipewire_h.pw_deinit();
            }
        }
    }
}
