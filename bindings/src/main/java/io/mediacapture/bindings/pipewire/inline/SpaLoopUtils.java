package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.pipewire.pw_loop;
import io.mediacapture.bindings.spa.spa_loop_utils_methods;

import java.lang.foreign.MemorySegment;

/**
 * The event-source macros of {@code spa/support/loop.h} ({@code spa_loop_utils_add_event}, ...), which call
 * through the {@code spa_loop_utils_methods} table of a {@code struct spa_loop_utils}, and their
 * {@code pipewire/loop.h} forms ({@code pw_loop_add_event}, ...) that take the utils of a {@code struct pw_loop}.
 * Every macro there asks for method-table version 0, so any table is accepted; a method the implementation
 * leaves out gives NULL, {@code -ENOTSUP} or nothing, as in C. Call with the loop lock held, or on the loop
 * thread; {@code destroy_source} only while the loop is not running or from the loop thread (as the header says).
 */
public final class SpaLoopUtils {
    private SpaLoopUtils() {}

    /** The method version the C macros ask for (the {@code 0} of {@code spa_loop_utils_method_s(l,add_event,0,...)}). */
    private static final int MACRO_VERSION = 0;

    private static SpaInterfaces.Methods utils(MemorySegment utils) {
        return SpaInterfaces.methods(utils, spa_loop_utils_methods.sizeof(), MACRO_VERSION);
    }

    private static MemorySegment method(SpaInterfaces.Methods m, long offset) {
        return m == null ? MemorySegment.NULL : m.method(offset);
    }

    /**
     * {@code spa_loop_utils_add_event(utils, func, data)}: a new event source whose {@code func} (an upcall of
     * {@code spa_source_event_func_t}, alive until the source is destroyed) runs on the loop thread with
     * {@code data} after {@link #spa_loop_utils_signal_event}. Returns the {@code struct spa_source *}, NULL on
     * failure (errno set by the implementation) or when the implementation has no such method.
     */
    public static MemorySegment spa_loop_utils_add_event(MemorySegment utils, MemorySegment func, MemorySegment data) {
        var m = utils(utils);
        MemorySegment fn = method(m, spa_loop_utils_methods.add_event$offset());
        return fn.equals(MemorySegment.NULL) ? MemorySegment.NULL
                : spa_loop_utils_methods.add_event.invoke(fn, m.data(), func, data);
    }

    /**
     * {@code spa_loop_utils_signal_event(utils, source)}: wakes the loop to run the event's callback; signals
     * before it runs are coalesced into its {@code count}. Callable from any thread. Returns 0 or a negative errno.
     */
    public static int spa_loop_utils_signal_event(MemorySegment utils, MemorySegment source) {
        var m = utils(utils);
        MemorySegment fn = method(m, spa_loop_utils_methods.signal_event$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : spa_loop_utils_methods.signal_event.invoke(fn, m.data(), source);
    }

    /** {@code spa_loop_utils_destroy_source(utils, source)}: removes and frees a source made by these utils. */
    public static void spa_loop_utils_destroy_source(MemorySegment utils, MemorySegment source) {
        var m = utils(utils);
        MemorySegment fn = method(m, spa_loop_utils_methods.destroy_source$offset());
        if (!fn.equals(MemorySegment.NULL)) {
            spa_loop_utils_methods.destroy_source.invoke(fn, m.data(), source);
        }
    }

    /** The {@code utils} field of a {@code struct pw_loop} (e.g. from {@code pw_thread_loop_get_loop}). */
    @SuppressWarnings("restricted")
    public static MemorySegment pw_loop_utils(MemorySegment pwLoop) {
        if (pwLoop == null || pwLoop.equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException("NULL pw_loop");
        }
        return pw_loop.utils(pwLoop.reinterpret(pw_loop.sizeof()));
    }

    /** {@code pw_loop_add_event(loop, func, data)}: {@link #spa_loop_utils_add_event} on the loop's utils. */
    public static MemorySegment pw_loop_add_event(MemorySegment pwLoop, MemorySegment func, MemorySegment data) {
        return spa_loop_utils_add_event(pw_loop_utils(pwLoop), func, data);
    }

    /** {@code pw_loop_signal_event(loop, source)}: {@link #spa_loop_utils_signal_event} on the loop's utils. */
    public static int pw_loop_signal_event(MemorySegment pwLoop, MemorySegment source) {
        return spa_loop_utils_signal_event(pw_loop_utils(pwLoop), source);
    }

    /** {@code pw_loop_destroy_source(loop, source)}: {@link #spa_loop_utils_destroy_source} on the loop's utils. */
    public static void pw_loop_destroy_source(MemorySegment pwLoop, MemorySegment source) {
        spa_loop_utils_destroy_source(pw_loop_utils(pwLoop), source);
    }
}
